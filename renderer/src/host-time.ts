/**
 * The view's estimate of host time. The offset to the host is measured
 * NTP-style (half the round trip, best of several samples) and re-measured
 * every 30 s; local time is the page's monotonic clock, so a jump of this
 * machine's wall clock does not move the digits either.
 */
import type { Client } from '../../shared/contract/client';

const localNow = () => performance.timeOrigin + performance.now();

let offsetMs = 0;

export function hostNow(): number {
  return localNow() + offsetMs;
}

async function sample(client: Client): Promise<{ offset: number; roundTrip: number }> {
  const sent = localNow();
  const { hostAt } = await client.call('session.clock');
  const received = localNow();
  return { offset: hostAt - (sent + received) / 2, roundTrip: received - sent };
}

const offsetListeners = new Set<() => void>();

/** Calls `listener` whenever the offset to the host changes (views that show the time of day read it again). */
export function onOffsetChange(listener: () => void): () => void {
  offsetListeners.add(listener);
  return () => offsetListeners.delete(listener);
}

function setOffset(offset: number): void {
  if (offset === offsetMs) return;
  offsetMs = offset;
  offsetListeners.forEach((l) => l());
}

/**
 * Takes several samples and keeps the one with the shortest round trip (the
 * least room for error: half of it). The first sample is used at once, so
 * nothing shows this machine's own time while the rest are taken.
 */
export async function measureOffset(client: Client, samples = 10): Promise<void> {
  let best: { offset: number; roundTrip: number } | null = null;
  for (let i = 0; i < samples; i++) {
    const s = await sample(client);
    if (best === null) setOffset(s.offset);
    if (best === null || s.roundTrip < best.roundTrip) best = s;
  }
  if (best) setOffset(best.offset);
}

export function keepClockInSync(client: Client, onConnection: (l: (state: string) => void) => () => void): () => void {
  const measure = () => void measureOffset(client).catch(() => undefined);
  let settle: ReturnType<typeof setTimeout> | undefined;
  const unwatch = onConnection((state) => {
    if (state !== 'open') return;
    measure();
    // Again once the page has loaded: round trips measured while it starts are long, so less exact.
    clearTimeout(settle);
    settle = setTimeout(measure, 2000);
  });
  const interval = setInterval(measure, 30_000);
  return () => {
    unwatch();
    clearTimeout(settle);
    clearInterval(interval);
  };
}
