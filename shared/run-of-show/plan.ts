/**
 * Planned times: the agenda as printed, from the day start, the segments'
 * lengths and their fixed (hard) starts, on the event's date in its zone.
 * The same rule computes the current plan and the published one
 * (model.ts PublishedPlan), so the two differ only where the plan changed.
 *
 * - The first segment starts at the day start; every segment starts at
 *   max(its hard start, the previous planned end).
 * - A hard start that happens twice that day (the clocks go back) is the
 *   earlier one, and says so (`ambiguous`); one the clocks skip is refused
 *   by the commands (rules.ts), see kernel/timezones.ts.
 */
import type { DurationMs, EpochMs, TimeOfDay } from '../kernel/units';
import { resolveLocalTime, zonedInstant } from '../kernel/timezones';
import type { EventInfo } from './model';

export interface FixedStart {
  at: EpochMs;
  /** The time happens twice that day; `at` is the earlier. */
  ambiguous: boolean;
}

export interface PlannedSlot {
  start: EpochMs;
  end: EpochMs;
  hard: FixedStart | null;
}

export interface PlanInput {
  dayStart: TimeOfDay;
  segments: ReadonlyArray<{ plannedDurationMs: DurationMs; hardStart: TimeOfDay | null }>;
}

export interface PlannedDay {
  dayStart: FixedStart;
  slots: PlannedSlot[];
  /** The last planned end, or the day start for an empty day. */
  end: EpochMs;
}

export function fixedStart(event: Pick<EventInfo, 'date' | 'timeZone'>, time: TimeOfDay): FixedStart {
  return { at: zonedInstant(event.date, time, event.timeZone), ambiguous: resolveLocalTime(event.date, time, event.timeZone).kind === 'ambiguous' };
}

export function planTimes(event: Pick<EventInfo, 'date' | 'timeZone'>, plan: PlanInput): PlannedDay {
  const dayStart = fixedStart(event, plan.dayStart);
  let cursor = dayStart.at;
  const slots = plan.segments.map((segment): PlannedSlot => {
    const hard = segment.hardStart === null ? null : fixedStart(event, segment.hardStart);
    const start = hard === null ? cursor : (Math.max(hard.at, cursor) as EpochMs);
    const end = (start + segment.plannedDurationMs) as EpochMs;
    cursor = end;
    return { start, end, hard };
  });
  return { dayStart, slots, end: cursor };
}
