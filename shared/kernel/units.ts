/**
 * Branded time units. An instant (epoch milliseconds) can not be passed where
 * a duration is expected, and the other way round: the compiler tells.
 */
export type EpochMs = number & { readonly __unit: 'EpochMs' };
export type DurationMs = number & { readonly __unit: 'DurationMs' };
/** A monotonic reading (performance.now style): only differences mean anything. */
export type MonotonicMs = number & { readonly __unit: 'MonotonicMs' };
/** Local time of day in the event's zone, "HH:mm". */
export type TimeOfDay = string & { readonly __unit: 'TimeOfDay' };
/** Calendar date in the event's zone, "YYYY-MM-DD". */
export type IsoDate = string & { readonly __unit: 'IsoDate' };

export const minutes = (n: number): DurationMs => (n * 60_000) as DurationMs;

/** The injected clock: wall time for records and display, monotonic time for running intervals. */
export interface Clock {
  now(): EpochMs;
  monotonic(): MonotonicMs;
}

export const MINUTE_MS = 60_000;
