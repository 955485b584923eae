/** Text forms of durations for every view (console, projector, stage). */
import type { DurationMs } from './units';

/** "4:05", "1:02:03"; whole seconds, rounded toward the larger magnitude for countdowns. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** "45 min", "1 h 30 min". */
export function formatMinutes(ms: DurationMs | number): string {
  const total = Math.round(Math.abs(ms) / 60_000);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A signed minute figure for over/under: "+5 min", "-3 min", "on time". */
export function formatDrift(ms: number): string {
  const minutesRounded = Math.round(ms / 60_000);
  if (minutesRounded === 0) return 'on time';
  return `${minutesRounded > 0 ? '+' : '-'}${formatMinutes(ms)}`;
}
