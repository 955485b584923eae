/**
 * Durations for every view (console, projector, stage): the clock digits,
 * and whole hours and minutes, which each view words in its language.
 */

/** "4:05", "1:02:03"; whole seconds, rounded toward the larger magnitude for countdowns. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** A duration in whole minutes (rounded, sign dropped), as hours and minutes: 90 min is { hours: 1, minutes: 30 }. */
export function hoursAndMinutes(ms: number): { hours: number; minutes: number } {
  const total = Math.round(Math.abs(ms) / 60_000);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** Over / under in whole minutes, positive when late; 0 is on time. */
export function driftMinutes(ms: number): number {
  return Math.round(ms / 60_000);
}
