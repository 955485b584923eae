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

/** Takes a few samples and keeps the one with the shortest round trip. */
export async function measureOffset(client: Client, samples = 5): Promise<void> {
  let best: { offset: number; roundTrip: number } | null = null;
  for (let i = 0; i < samples; i++) {
    const s = await sample(client);
    if (best === null || s.roundTrip < best.roundTrip) best = s;
  }
  if (best) offsetMs = best.offset;
}

export function keepClockInSync(client: Client, onConnection: (l: (state: string) => void) => () => void): () => void {
  const measure = () => void measureOffset(client).catch(() => undefined);
  const unwatch = onConnection((state) => {
    if (state === 'open') measure();
  });
  const interval = setInterval(measure, 30_000);
  return () => {
    unwatch();
    clearInterval(interval);
  };
}
