/**
 * Host time: epoch milliseconds that advance with the monotonic clock.
 * Anchored to the wall clock once, when the host starts; after that a jump
 * of the wall clock (NTP step, a user changing the time) does not move it,
 * so running timers keep exact time. Every instant the host records
 * (journal, actual starts, timers) is host time.
 */
import type { Clock, EpochMs } from './units';

export function hostTime(clock: Clock): () => EpochMs {
  const anchorEpoch = clock.now();
  const anchorMono = clock.monotonic();
  return () => (anchorEpoch + (clock.monotonic() - anchorMono)) as EpochMs;
}
