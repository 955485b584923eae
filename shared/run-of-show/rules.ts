/**
 * Rules a run-of-show must keep, checked on the result of an edit (the
 * reducer refuses the edit, naming the field, when one is broken):
 *
 * - Hard starts follow the run-of-show order, and none is before the day
 *   start.
 * - The day start and every hard start exist on the event's date in its
 *   zone: a time the clocks skip (02:30 in Brussels on 2027-03-28) is
 *   refused, naming the change. A repeated one is accepted (the earlier is
 *   taken, see kernel/timezones.ts).
 * - A segment's speaker-timer thresholds: 0 < final < warning < the time
 *   of every speaker who counts down (a speaker with no time counts up and
 *   has no phases). Otherwise a phase would never show, or a speaker would
 *   start in the warning.
 */
import type { RunOfShowDoc, Segment } from './model';
import { allSegments } from './model';
import type { TimeOfDay } from '../kernel/units';
import { minutesOfDay, resolveLocalTime, skippedTimeMessage } from '../kernel/timezones';
import { formatClock } from '../kernel/durations';

export type PlanViolation =
  | { kind: 'order'; segmentId: string; message: string }
  | { kind: 'dayStartSkipped'; message: string }
  | { kind: 'hardStartSkipped'; segmentId: string; message: string };

function skipped(doc: Pick<RunOfShowDoc, 'event'>, time: TimeOfDay, what: string): string | null {
  const { date, timeZone } = doc.event;
  const local = resolveLocalTime(date, time, timeZone);
  return local.kind === 'skipped' ? skippedTimeMessage(time, what, date, timeZone, local.change) : null;
}

/** The first rule of the plan that the document breaks, or null. */
export function planViolation(doc: Pick<RunOfShowDoc, 'parts' | 'event'>): PlanViolation | null {
  const dayStart = skipped(doc, doc.event.dayStart, '');
  if (dayStart) return { kind: 'dayStartSkipped', message: dayStart };
  let previous: { time: TimeOfDay; title: string } = { time: doc.event.dayStart, title: 'the start of the day' };
  for (const segment of allSegments(doc)) {
    if (segment.hardStart === null) continue;
    if (minutesOfDay(segment.hardStart) < minutesOfDay(previous.time)) {
      return {
        kind: 'order',
        segmentId: segment.id,
        message: `${segment.hardStart} ("${segment.title}") is before ${previous.time} (${previous.title}); hard starts must follow the run-of-show order`,
      };
    }
    const gap = skipped(doc, segment.hardStart, `"${segment.title}"`);
    if (gap) return { kind: 'hardStartSkipped', segmentId: segment.id, message: gap };
    previous = { time: segment.hardStart, title: `"${segment.title}"` };
  }
  return null;
}

export type ThresholdField = 'warningMs' | 'finalMs' | 'allottedMs';

export interface ThresholdProblem {
  field: ThresholdField;
  /** The speaker whose time is too short, for allottedMs. */
  speakerId: string | null;
  message: string;
}

/**
 * The first threshold rule a segment breaks, or null. `changed` says which
 * side the edit changed, so the message speaks of what the user just typed.
 */
export function thresholdProblem(segment: Pick<Segment, 'warningMs' | 'finalMs' | 'speakers'>, changed: ThresholdField): ThresholdProblem | null {
  const { warningMs, finalMs } = segment;
  if (finalMs >= warningMs) {
    return {
      field: changed === 'warningMs' ? 'warningMs' : 'finalMs',
      speakerId: null,
      message: `the final phase (${formatClock(finalMs)} left) must begin after the warning phase (${formatClock(warningMs)} left): make it shorter than the warning`,
    };
  }
  const short = segment.speakers.find((s) => s.allottedMs > 0 && s.allottedMs <= warningMs);
  if (!short) return null;
  if (changed === 'allottedMs') {
    return {
      field: 'allottedMs',
      speakerId: short.id,
      message: `"${short.name}" needs more time (${formatClock(short.allottedMs)}) than the segment's warning (${formatClock(warningMs)} left), or 0 to count up`,
    };
  }
  return {
    field: 'warningMs',
    speakerId: short.id,
    message: `the warning (${formatClock(warningMs)} left) must begin after "${short.name}" has started (${formatClock(short.allottedMs)} allotted): make it shorter`,
  };
}
