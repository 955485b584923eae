/**
 * Schedule math: planned, expected and actual times of every segment, how
 * late the day runs against the published plan, and which fixed starts are
 * in danger. docs/time.md states the rules with examples; the tests read as
 * those examples.
 *
 * - Planned times are the agenda (plan.ts). The baseline is the published
 *   plan (model.ts), or the current plan while nothing is published.
 * - A segment that ran (has an actual start) is expected from its actual
 *   start; a done one to its actual end; the live one to max(actual start +
 *   planned length, now + what it still needs). What it still needs comes
 *   from its speaker queue when the timer follows it (`liveNeedMs`, computed
 *   in timer/projection.ts), else nothing beyond now.
 * - A segment not yet begun, after the last one that ran, is pending:
 *   expected at max(its hard start, the latest expected end so far, now
 *   once the day has begun), for its planned length. So pending segments
 *   never overlap the live one or each other, and never start in the past.
 * - A planned segment before the last one that ran was passed over: it is
 *   "not yet run" and takes no time (like a skipped one) until the chair
 *   moves it after the live segment, runs it or skips it. A segment marked
 *   done without running, and a skipped one, take no time either; their
 *   planned times stay, so skipping shows up as time won back.
 * - Row drift is expected end minus planned end; the day's drift is the
 *   projected end minus the baseline's end, and the plan's change is the
 *   planned end minus the baseline's end (positive = late / longer).
 * - A pending segment with a hard start gets a warning when the plan itself
 *   starts it after that time (`planMisses`), when it is expected after it
 *   (`willMiss`), or when a minute or more of the slack before it is eaten
 *   (`slackEaten`, with the minutes left).
 */
import type { RunOfShowDoc, Segment } from './model';
import { allSegments } from './model';
import type { DurationMs, EpochMs } from '../kernel/units';
import { planTimes, type FixedStart, type PlannedDay } from './plan';

export type SegmentState = 'pending' | 'live' | 'done' | 'skipped' | 'notYetRun';

export interface SegmentTimes {
  segmentId: string;
  state: SegmentState;
  plannedStart: EpochMs;
  plannedEnd: EpochMs;
  /** Pending and live segments' slots; a segment that takes no time has a zero-length slot where the day stood. */
  expectedStart: EpochMs;
  expectedEnd: EpochMs;
  actualStart: EpochMs | null;
  actualEnd: EpochMs | null;
  /** Expected end minus planned end: positive means running late. */
  driftMs: DurationMs;
  hardStart: FixedStart | null;
  /** Its planned times in the baseline, or null for a segment added since it was published. */
  published: { start: EpochMs; end: EpochMs } | null;
}

export type WarningKind = 'planMisses' | 'willMiss' | 'slackEaten';

export interface ScheduleWarning {
  segmentId: string;
  kind: WarningKind;
  hardStart: EpochMs;
  /** How far after its hard start the segment is expected to start (0 when it is not). */
  missMs: DurationMs;
  /** Room left before the hard start: negative when it will be missed. */
  slackLeftMs: DurationMs;
  /** The room the plan leaves before it. */
  slackPlannedMs: DurationMs;
}

export interface DaySchedule {
  segments: SegmentTimes[];
  byId: Map<string, SegmentTimes>;
  dayStart: EpochMs;
  /** The day start happens twice that day; the earlier is taken. */
  dayStartAmbiguous: boolean;
  plannedEnd: EpochMs;
  projectedEnd: EpochMs;
  /** The published plan's end, or the planned end while nothing is published. */
  baselineEnd: EpochMs;
  publishedAt: EpochMs | null;
  /** Projected end minus baseline end: positive = late. */
  dayDriftMs: DurationMs;
  /** Planned end minus baseline end: what edits since publication did to the day. */
  planChangeMs: DurationMs;
  warnings: ScheduleWarning[];
  notYetRun: { count: number; durationMs: DurationMs };
  live: {
    segmentId: string;
    elapsedMs: DurationMs;
    /** Elapsed minus planned duration: negative = time left, positive = over. */
    overUnderMs: DurationMs;
  } | null;
}

export interface ScheduleOptions {
  /** What the live segment still needs from now (its speakers, its reserve), or null when unknown. */
  liveNeedMs?: DurationMs | null;
}

/** A minute of slack eaten is worth telling; less is the noise of pressing buttons by hand. */
const SLACK_NOTICE_MS = 60_000;

const max = (...values: number[]) => Math.max(...values) as EpochMs;

function baselineOf(doc: Pick<RunOfShowDoc, 'event' | 'published'>, plan: PlannedDay, segments: readonly Segment[]) {
  if (doc.published === null) {
    return { end: plan.end, byId: new Map(segments.map((s, i) => [s.id, plan.slots[i]!])) };
  }
  const published = planTimes(doc.event, doc.published);
  return { end: published.end, byId: new Map(doc.published.segments.map((s, i) => [s.id, published.slots[i]!])) };
}

function warningFor(segmentId: string, hard: FixedStart, plannedStart: EpochMs, previousPlannedEnd: EpochMs, ready: number, expectedStart: EpochMs): ScheduleWarning | null {
  const missMs = Math.max(0, expectedStart - hard.at) as DurationMs;
  const slackLeftMs = (hard.at - ready) as DurationMs;
  const slackPlannedMs = Math.max(0, hard.at - previousPlannedEnd) as DurationMs;
  const base = { segmentId, hardStart: hard.at, missMs, slackLeftMs, slackPlannedMs };
  if (plannedStart > hard.at) return { ...base, kind: 'planMisses' };
  if (missMs > 0) return { ...base, kind: 'willMiss' };
  if (slackPlannedMs - slackLeftMs >= SLACK_NOTICE_MS) return { ...base, kind: 'slackEaten' };
  return null;
}

export function computeSchedule(doc: Pick<RunOfShowDoc, 'event' | 'parts' | 'published'>, now: EpochMs, options: ScheduleOptions = {}): DaySchedule {
  const segments = allSegments(doc);
  const plan = planTimes(doc.event, { dayStart: doc.event.dayStart, segments });
  const baseline = baselineOf(doc, plan, segments);
  const lastRan = segments.findLastIndex((s) => s.actualStartAt !== null);
  const earliest = lastRan >= 0 ? now : -Infinity;
  let cursor = plan.dayStart.at;
  let live: DaySchedule['live'] = null;
  const warnings: ScheduleWarning[] = [];
  const notYetRun = { count: 0, durationMs: 0 as DurationMs };

  const times = segments.map((segment, i): SegmentTimes => {
    const slot = plan.slots[i]!;
    let state: SegmentState;
    let expectedStart = cursor;
    let expectedEnd = cursor;
    if (segment.status === 'skipped') {
      state = 'skipped';
    } else if (segment.actualStartAt !== null) {
      expectedStart = segment.actualStartAt;
      const plannedEnd = segment.actualStartAt + segment.plannedDurationMs;
      if (segment.status === 'live') {
        state = 'live';
        expectedEnd = max(plannedEnd, now + (options.liveNeedMs ?? 0));
        const elapsedMs = (now - segment.actualStartAt) as DurationMs;
        live = { segmentId: segment.id, elapsedMs, overUnderMs: (elapsedMs - segment.plannedDurationMs) as DurationMs };
      } else {
        state = 'done';
        expectedEnd = segment.actualEndAt ?? (plannedEnd as EpochMs);
      }
      cursor = max(cursor, expectedEnd);
    } else if (segment.status === 'done') {
      state = 'done';
    } else if (i < lastRan) {
      state = 'notYetRun';
      notYetRun.count++;
      notYetRun.durationMs = (notYetRun.durationMs + segment.plannedDurationMs) as DurationMs;
    } else {
      state = 'pending';
      const ready = max(cursor, earliest);
      expectedStart = slot.hard === null ? ready : max(slot.hard.at, ready);
      expectedEnd = (expectedStart + segment.plannedDurationMs) as EpochMs;
      if (slot.hard !== null) {
        const previousPlannedEnd = i === 0 ? plan.dayStart.at : plan.slots[i - 1]!.end;
        const warning = warningFor(segment.id, slot.hard, slot.start, previousPlannedEnd, ready, expectedStart);
        if (warning) warnings.push(warning);
      }
      cursor = expectedEnd;
    }
    const published = baseline.byId.get(segment.id);
    return {
      segmentId: segment.id,
      state,
      plannedStart: slot.start,
      plannedEnd: slot.end,
      expectedStart,
      expectedEnd,
      actualStart: segment.actualStartAt,
      actualEnd: segment.actualEndAt,
      driftMs: (expectedEnd - slot.end) as DurationMs,
      hardStart: slot.hard,
      published: published ? { start: published.start, end: published.end } : null,
    };
  });

  return {
    segments: times,
    byId: new Map(times.map((t) => [t.segmentId, t])),
    dayStart: plan.dayStart.at,
    dayStartAmbiguous: plan.dayStart.ambiguous,
    plannedEnd: plan.end,
    projectedEnd: cursor,
    baselineEnd: baseline.end,
    publishedAt: doc.published?.publishedAt ?? null,
    dayDriftMs: (cursor - baseline.end) as DurationMs,
    planChangeMs: (plan.end - baseline.end) as DurationMs,
    warnings,
    notYetRun,
    live,
  };
}
