/**
 * Schedule math: planned, expected and actual times of every segment, and
 * how late the day runs. Rules (the tests read as examples of these):
 *
 * - Planned start = max(hard start, previous planned end); the first
 *   segment starts at the day start unless it has a hard start.
 * - Expected start of a segment not yet begun = max(hard start, previous
 *   expected end), and not before now once the day has begun (some segment
 *   has an actual start) and nothing is live: a pending segment can not
 *   start in the past.
 * - A started segment's expected start is its actual start. The live
 *   segment is expected to end at max(actual start + planned, now); a done
 *   one at its actual end. Skipped segments take no expected time; their
 *   planned times stay, so planned times remain the published agenda and
 *   skipping shows up as time won back.
 * - Over/under is expected minus planned (positive = late / over time).
 */
import type { RunOfShowDoc, Segment } from './model';
import { allSegments } from './model';
import type { DurationMs, EpochMs } from '../kernel/units';
import { zonedInstant } from '../kernel/timezones';

export interface SegmentTimes {
  segmentId: string;
  plannedStart: EpochMs;
  plannedEnd: EpochMs;
  expectedStart: EpochMs;
  expectedEnd: EpochMs;
  actualStart: EpochMs | null;
  actualEnd: EpochMs | null;
  /** Expected end minus planned end: positive means running late. */
  driftMs: DurationMs;
}

export interface DaySchedule {
  segments: SegmentTimes[];
  byId: Map<string, SegmentTimes>;
  dayStart: EpochMs;
  plannedEnd: EpochMs;
  projectedEnd: EpochMs;
  /** Projected end minus planned end of the day: positive = late. */
  dayDriftMs: DurationMs;
  live: {
    segmentId: string;
    elapsedMs: DurationMs;
    /** Elapsed minus planned duration: negative = time left, positive = over. */
    overUnderMs: DurationMs;
  } | null;
}

function hardStartOf(segment: Segment, doc: Pick<RunOfShowDoc, 'event'>): EpochMs | null {
  return segment.hardStart === null ? null : zonedInstant(doc.event.date, segment.hardStart, doc.event.timeZone);
}

const max = (...values: number[]) => Math.max(...values) as EpochMs;

export function computeSchedule(doc: Pick<RunOfShowDoc, 'event' | 'parts'>, now: EpochMs): DaySchedule {
  const segments = allSegments(doc);
  const dayStart = zonedInstant(doc.event.date, doc.event.dayStart, doc.event.timeZone);
  const dayBegun = segments.some((s) => s.actualStartAt !== null);
  const anyLive = segments.some((s) => s.status === 'live');
  let plannedCursor = dayStart;
  let expectedCursor = dayStart;
  let live: DaySchedule['live'] = null;
  const times: SegmentTimes[] = [];

  for (const segment of segments) {
    const hard = hardStartOf(segment, doc);
    const plannedStart = hard === null ? plannedCursor : max(hard, plannedCursor);
    const plannedEnd = (plannedStart + segment.plannedDurationMs) as EpochMs;

    let expectedStart: EpochMs;
    let expectedEnd: EpochMs;
    if (segment.status === 'skipped') {
      expectedStart = expectedEnd = expectedCursor;
    } else if (segment.actualStartAt !== null) {
      expectedStart = segment.actualStartAt;
      if (segment.status === 'live') {
        expectedEnd = max(segment.actualStartAt + segment.plannedDurationMs, now);
        const elapsedMs = (now - segment.actualStartAt) as DurationMs;
        live = { segmentId: segment.id, elapsedMs, overUnderMs: (elapsedMs - segment.plannedDurationMs) as DurationMs };
      } else {
        expectedEnd = segment.actualEndAt ?? ((segment.actualStartAt + segment.plannedDurationMs) as EpochMs);
      }
    } else if (segment.status === 'done') {
      expectedStart = expectedEnd = expectedCursor;
    } else {
      expectedStart = hard === null ? expectedCursor : max(hard, expectedCursor);
      if (dayBegun && !anyLive) expectedStart = max(expectedStart, now);
      expectedEnd = (expectedStart + segment.plannedDurationMs) as EpochMs;
    }

    times.push({
      segmentId: segment.id,
      plannedStart,
      plannedEnd,
      expectedStart,
      expectedEnd,
      actualStart: segment.actualStartAt,
      actualEnd: segment.actualEndAt,
      driftMs: (expectedEnd - plannedEnd) as DurationMs,
    });
    plannedCursor = plannedEnd;
    expectedCursor = expectedEnd;
  }

  return {
    segments: times,
    byId: new Map(times.map((t) => [t.segmentId, t])),
    dayStart,
    plannedEnd: plannedCursor,
    projectedEnd: expectedCursor,
    dayDriftMs: (expectedCursor - plannedCursor) as DurationMs,
    live,
  };
}
