/**
 * Host time: epoch milliseconds that advance with the monotonic clock.
 * Anchored to the wall clock once, when the host starts; after that a jump
 * of the wall clock (NTP step, a user changing the time) does not move it,
 * so running timers keep exact time. Every instant the host records
 * (journal, actual starts, timers, recommendation versions) is host time.
 *
 * Whole milliseconds: the monotonic clock has fractions of a millisecond,
 * an exported instant (ISO 8601) has none, and a recommendation's version
 * stamp must survive an export and an import exactly (recommendations/
 * merge.ts compares them), so host time is rounded down to the millisecond
 * where it is made. Rounding down keeps it monotonic.
 */
import type { Clock, EpochMs } from './units';

export function hostTime(clock: Clock): () => EpochMs {
  const anchorEpoch = clock.now();
  const anchorMono = clock.monotonic();
  return () => Math.floor(anchorEpoch + (clock.monotonic() - anchorMono)) as EpochMs;
}

/**
 * A copy of saved data with every number that is not whole rounded down:
 * documents and histories saved while host time still had fractions of a
 * millisecond. The document holds no fractional quantity (instants and
 * durations are milliseconds), so nothing else changes; whole data comes
 * back as the same objects.
 */
export function wholeMilliseconds<T>(value: T): T {
  if (typeof value === 'number') return (Number.isFinite(value) && !Number.isInteger(value) ? Math.floor(value) : value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map(wholeMilliseconds);
    return (items.every((item, i) => item === value[i]) ? value : items) as T;
  }
  let copy: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const whole = wholeMilliseconds(item);
    if (whole === item) continue;
    copy ??= { ...(value as Record<string, unknown>) };
    copy[key] = whole;
  }
  return (copy ?? value) as T;
}
