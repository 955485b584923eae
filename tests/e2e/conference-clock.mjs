/**
 * Preloaded into a serve process (NODE_OPTIONS=--import) by
 * conference-host.ts: the host's wall clock starts at MODERATOR_CLOCK_START
 * (an ISO instant on the conference day) and runs on at its normal pace, so
 * the pictures and the chair's flow show the day as it would be, not a
 * rehearsal years later. The host reads wall time only through Date.now
 * (electron/host/session/clock.ts).
 */
const start = Date.parse(process.env.MODERATOR_CLOCK_START ?? '');
if (Number.isNaN(start)) throw new Error('MODERATOR_CLOCK_START must be an ISO instant');
const realNow = Date.now;
const offsetMs = start - realNow();
Date.now = () => realNow() + offsetMs;
