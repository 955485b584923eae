/**
 * Applies speaker-timer commands to a draft of the session document.
 *
 * Rules
 * - The queue is the speakers of the timer's segment, in run-of-show order.
 * - Pausing, switching speaker or resetting ends the current run and adds it
 *   to the speaker's spoken time (pauses are never counted).
 * - Next / previous keep the running state: if the timer ran, the new
 *   speaker's time starts at once; if it was stopped, it is loaded stopped.
 * - A speaker with no allotted time is timed counting up; an unplanned
 *   intervention counts up under its label and starts at once.
 * - +/- time changes the allotted time; it may not go below zero. The
 *   4-hour cap applies to what +time or Set produce: an increase that would
 *   take the allotted time over it is refused, a decrease never is.
 * - "Set" sets the time left now (allotted = elapsed + the new time left),
 *   refused when that allotted time would be over 4 hours.
 * - "Reset" ends the run (it counts as spoken) and goes back to the start
 *   of what is being timed, stopped: a speaker's own allotment (so +10 min
 *   given on the way is undone), an intervention's zero.
 * - A countdown to a time of day ("back at 10:45", for breaks) counts to
 *   that time today in the event zone (the first occurrence still ahead
 *   when the clocks go back); a time already passed, one the clocks skip,
 *   or one more than 4 hours away is refused. It runs until another time,
 *   a speaker or an intervention replaces it: it can not be paused, nudged
 *   or reset.
 */
import type { Draft } from 'immer';
import type { TimerCommand } from './commands';
import { reject } from '../kernel/errors';
import type { Segment, Speaker } from '../run-of-show/model';
import type { TimerDoc } from './model';
import { findSegment } from '../run-of-show/model';
import type { CommandContext } from '../kernel/command-context';
import type { DurationMs, EpochMs } from '../kernel/units';
import { elapsedMs, type TimerState } from './model';
import { LIMITS } from '../kernel/limits';
import { formatClock } from '../kernel/durations';
import { localDateOf, resolveLocalTime, skippedTimeMessage, timeOfDayIn } from '../kernel/timezones';
import type { TimeOfDay } from '../kernel/units';

type Doc = Draft<TimerDoc>;
type Timer = Draft<TimerState>;

function timerSegment(doc: Doc): Draft<Segment> {
  const { segmentId } = doc.timer;
  if (segmentId === null) reject('conflict', 'segmentId', 'no segment is selected for the timer; choose a segment first');
  const found = findSegment(doc, segmentId);
  if (!found) reject('not-found', 'segmentId', `the timer's segment no longer exists (${segmentId}); choose a segment`);
  return doc.parts[found.partIndex]!.segments[found.segmentIndex]!;
}

function currentIndex(doc: Doc): { segment: Draft<Segment>; index: number } {
  const segment = timerSegment(doc);
  const { speakerId } = doc.timer;
  if (speakerId === null) return { segment, index: -1 };
  const index = segment.speakers.findIndex((s) => s.id === speakerId);
  if (index < 0) reject('not-found', 'speakerId', `the current speaker no longer exists (${speakerId}); choose another speaker`);
  return { segment, index };
}

/** Ends the current run, adding it to the speaker's spoken time. */
function endRun(doc: Doc, now: EpochMs): void {
  const timer = doc.timer;
  const { clock } = timer;
  if (clock.runningSince === null) return;
  const run = Math.max(0, now - clock.runningSince);
  clock.accumulatedMs = (clock.accumulatedMs + run) as DurationMs;
  clock.runningSince = null;
  if (timer.speakerId === null || timer.segmentId === null) return;
  const found = findSegment(doc, timer.segmentId);
  const speaker = found?.segment.speakers.find((s) => s.id === timer.speakerId);
  const record = timer.spoken[timer.speakerId];
  if (record) {
    record.spokenMs = (record.spokenMs + run) as DurationMs;
  } else if (speaker) {
    timer.spoken[speaker.id] = {
      speakerId: speaker.id,
      segmentId: timer.segmentId,
      name: speaker.name,
      country: speaker.country,
      allottedMs: speaker.allottedMs,
      spokenMs: run as DurationMs,
    };
  }
}

function load(timer: Timer, speaker: Speaker | null, running: boolean, now: EpochMs): void {
  timer.speakerId = speaker?.id ?? null;
  timer.interventionLabel = '';
  timer.untilTime = null;
  timer.mode = speaker && speaker.allottedMs > 0 ? 'countdown' : 'countup';
  timer.clock = { durationMs: (speaker?.allottedMs ?? 0) as DurationMs, accumulatedMs: 0 as DurationMs, runningSince: running ? now : null };
}

function step(doc: Doc, delta: 1 | -1, now: EpochMs): void {
  const { segment, index } = currentIndex(doc);
  const target = index + delta;
  if (index < 0 && delta < 0) reject('conflict', 'speakerId', 'there is no previous speaker');
  if (target < 0) reject('conflict', 'speakerId', 'this is the first speaker');
  if (target >= segment.speakers.length) reject('conflict', 'speakerId', 'this is the last speaker of the segment');
  const wasRunning = doc.timer.clock.runningSince !== null;
  endRun(doc, now);
  load(doc.timer, segment.speakers[target]!, wasRunning, now);
}

const HOURS_CAP = LIMITS.speakerMaxMs / 3_600_000;

/** A countdown to a time of day has no time of its own to pause, nudge or reset. */
function refuseInCountdownTo(timer: Timer, field: string, what: string): void {
  if (timer.mode === 'until') reject('conflict', field, `a countdown to ${timer.untilTime} ${what}`);
}

/** Back to the start of what is being timed (see the header), stopped. */
function reset(doc: Doc, now: EpochMs): void {
  const timer = doc.timer;
  refuseInCountdownTo(timer, 'mode', 'has no start to go back to; choose another time, or a speaker');
  endRun(doc, now);
  const segment = timer.segmentId === null ? null : findSegment(doc, timer.segmentId)?.segment;
  const speaker = timer.speakerId === null ? null : segment?.speakers.find((s) => s.id === timer.speakerId);
  if (speaker) {
    timer.mode = speaker.allottedMs > 0 ? 'countdown' : 'countup';
    timer.clock.durationMs = speaker.allottedMs;
  } else if (timer.interventionLabel !== '') {
    timer.mode = 'countup';
    timer.clock.durationMs = 0 as DurationMs;
  }
  timer.clock.accumulatedMs = 0 as DurationMs;
}

/** The instant of a time of day, today in the event zone, that a countdown can count to. */
function countdownTarget(doc: Doc, time: TimeOfDay, now: EpochMs): EpochMs {
  const zone = doc.event.timeZone;
  const today = localDateOf(now, zone);
  const local = resolveLocalTime(today, time, zone);
  if (local.kind === 'skipped') reject('invalid', 'time', skippedTimeMessage(time, '', today, zone, local.change));
  const target = local.kind === 'ambiguous' && local.instant <= now ? local.later : local.instant;
  if (target <= now) reject('invalid', 'time', `${time} has already passed today in ${zone} (it is ${timeOfDayIn(now, zone)})`);
  if (target - now > LIMITS.speakerMaxMs) reject('invalid', 'time', `${time} is more than ${HOURS_CAP} hours away (it is ${timeOfDayIn(now, zone)} in ${zone}); a countdown is at most ${HOURS_CAP} hours`);
  return target;
}

export function applyTimer(doc: Doc, cmd: TimerCommand, ctx: CommandContext): void {
  const timer = doc.timer;
  const now = ctx.now;
  switch (cmd.type) {
    case 'timer.select': {
      const found = findSegment(doc, cmd.segmentId);
      if (!found) reject('not-found', 'segmentId', `no segment with id "${cmd.segmentId}"`);
      const speakers = found.segment.speakers;
      let speaker: Speaker | null = speakers[0] ?? null;
      if (cmd.speakerId) {
        speaker = speakers.find((s) => s.id === cmd.speakerId) ?? null;
        if (!speaker) reject('not-found', 'speakerId', `no speaker "${cmd.speakerId}" in segment "${found.segment.title}"`);
      }
      endRun(doc, now);
      timer.segmentId = cmd.segmentId;
      load(timer, speaker, false, now);
      return;
    }
    case 'timer.start': {
      if (timer.clock.runningSince !== null) return;
      if (timer.interventionLabel === '') currentIndex(doc);
      timer.clock.runningSince = now;
      return;
    }
    case 'timer.pause':
      refuseInCountdownTo(timer, 'mode', 'can not be paused; choose another time, or a speaker');
      endRun(doc, now);
      return;
    case 'timer.reset':
      reset(doc, now);
      return;
    case 'timer.next':
      step(doc, 1, now);
      return;
    case 'timer.previous':
      step(doc, -1, now);
      return;
    case 'timer.adjust': {
      refuseInCountdownTo(timer, 'deltaMs', 'moves only by choosing another time');
      if (timer.mode === 'countup') reject('conflict', 'deltaMs', 'a count-up timer has no allotted time; use Set to give it one');
      const next = timer.clock.durationMs + cmd.deltaMs;
      if (next < 0) reject('invalid', 'deltaMs', `would make the allotted time negative (it is ${Math.round(timer.clock.durationMs / 1000)} s)`);
      if (cmd.deltaMs > 0 && next > LIMITS.speakerMaxMs) reject('invalid', 'deltaMs', `would make the allotted time over ${HOURS_CAP} hours`);
      timer.clock.durationMs = next as DurationMs;
      return;
    }
    case 'timer.set': {
      if (timer.mode === 'until') {
        timer.clock = { durationMs: cmd.durationMs as DurationMs, accumulatedMs: 0 as DurationMs, runningSince: now };
      } else {
        const elapsed = elapsedMs(timer.clock, now);
        const allotted = elapsed + cmd.durationMs;
        if (allotted > LIMITS.speakerMaxMs) {
          reject('invalid', 'durationMs', `would make the allotted time over ${HOURS_CAP} hours (${formatClock(elapsed)} already spoken): at most ${formatClock(LIMITS.speakerMaxMs - elapsed)} can be left`);
        }
        timer.clock.durationMs = allotted as DurationMs;
      }
      timer.mode = 'countdown';
      timer.untilTime = null;
      return;
    }
    case 'timer.countdownTo': {
      const target = countdownTarget(doc, cmd.time as TimeOfDay, now);
      endRun(doc, now);
      timer.speakerId = null;
      timer.interventionLabel = '';
      timer.mode = 'until';
      timer.untilTime = cmd.time as TimeOfDay;
      timer.clock = { durationMs: (target - now) as DurationMs, accumulatedMs: 0 as DurationMs, runningSince: now };
      return;
    }
    case 'timer.intervention':
      endRun(doc, now);
      timer.speakerId = null;
      timer.interventionLabel = cmd.label;
      timer.mode = 'countup';
      timer.untilTime = null;
      timer.clock = { durationMs: 0 as DurationMs, accumulatedMs: 0 as DurationMs, runningSince: now };
      return;
    case 'timer.message':
      timer.message = { text: cmd.text, flash: cmd.flash, sentAt: now, ...(cmd.preset ? { preset: cmd.preset } : {}) };
      return;
    case 'timer.clearMessage':
      timer.message = null;
      return;
    case 'timer.blackout':
      timer.blackout = cmd.on;
      return;
    case 'timer.showTimeOfDay':
      timer.showTimeOfDay = cmd.on;
      return;
    case 'timer.settings':
      if (cmd.autoAdvance !== undefined) timer.autoAdvance = cmd.autoAdvance;
      if (cmd.chime !== undefined) timer.chime = cmd.chime;
      return;
  }
}
