/**
 * Properties of the chair's figures over random days (fast-check) in UTC,
 * Asia/Almaty, Europe/Brussels and America/Santiago, on random dates and on
 * the nights their clocks change: a random run-of-show is built, then run
 * by a random chair and technician (Go live in any order, done, skip,
 * reset, the speaker timer, moves, edits, publish, undo, time passing), and
 * after every step the projected day (timer/projection.ts) must hold:
 *
 * 1. expected times never run backwards: the live and pending segments
 *    follow one another in run-of-show order;
 * 2. none is before now once the day has begun;
 * 3. the day's drift is the projected end minus the baseline's end;
 * 4. no two segments that take time overlap (what ran, what runs, what is
 *    expected);
 * 5. every hard start still to come is met or warned.
 *
 * Each property prints how many days and readings it checked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectDay } from '../../../shared/timer/projection';
import type { DaySchedule } from '../../../shared/run-of-show/schedule';
import { allSegments } from '../../../shared/run-of-show/model';
import { createBlankSession } from '../../../shared/session/example-session';
import { CommandRejected } from '../../../shared/kernel/errors';
import { timeOfDayIn, zonedInstant } from '../../../shared/kernel/timezones';
import type { Command } from '../../../shared/session/commands';
import type { EpochMs, IsoDate, TimeOfDay } from '../../../shared/kernel/units';
import { minutes } from '../../../shared/kernel/units';
import { emptyHistory } from '../../../shared/session/history';
import { Story } from '../helpers';

const ZONES = ['UTC', 'Asia/Almaty', 'Europe/Brussels', 'America/Santiago'] as const;
/** Nights the clocks change in those zones, and the day Almaty left UTC+6. */
const CHANGE_DAYS = ['2024-02-29', '2024-03-01', '2025-09-06', '2025-09-07', '2026-04-04', '2026-04-05', '2027-03-28', '2027-10-31'];

const pad = (n: number) => String(n).padStart(2, '0');
const anyDate = fc.oneof(
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(...CHANGE_DAYS),
);
const timeOfDay = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${pad(h)}:${pad(m)}`);


/**
 * A segment: its length, and maybe a hard start near where the plan brings
 * it (from 30 min before, which the plan then misses, to an hour after,
 * which leaves slack), so fixed starts are met, missed and squeezed often.
 */
const segmentSeed = fc.record({ minutes: fc.integer({ min: 1, max: 120 }), hardStartSlack: fc.option(fc.integer({ min: -30, max: 60 }), { freq: 2 }) });

const action = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 0, max: 90 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('status' as const), at: fc.nat(11), status: fc.constantFrom('live', 'live', 'done', 'skipped', 'planned') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('follow' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('timer' as const), op: fc.constantFrom('timer.start', 'timer.pause', 'timer.next', 'timer.previous', 'timer.reset') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('adjust' as const), minutes: fc.integer({ min: -5, max: 10 }).filter((m) => m !== 0) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('set' as const), minutes: fc.integer({ min: 0, max: 120 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('countdownTo' as const), minutesAhead: fc.integer({ min: 1, max: 120 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), at: fc.nat(11), to: fc.nat(11) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('length' as const), at: fc.nat(11), minutes: fc.integer({ min: 1, max: 180 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('publish' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

const day = fc.record({
  zone: fc.constantFrom(...ZONES),
  date: anyDate,
  dayStart: timeOfDay,
  segments: fc.array(segmentSeed, { minLength: 1, maxLength: 12, size: 'max' }),
  /** How long before the day start the chair opens the console. */
  earlyMinutes: fc.integer({ min: 0, max: 180 }),
  actions: fc.array(action, { minLength: 1, maxLength: 40, size: 'max' }),
});
type Day = typeof day extends fc.Arbitrary<infer D> ? D : never;

/** Applies a command; one the rules refuse (a hard start out of order, a time the clocks skip, nothing to undo) changes nothing. */
function tryApply(story: Story, command: Command): boolean {
  try {
    story.apply(command);
    return true;
  } catch (error) {
    if (error instanceof CommandRejected) return false;
    throw error;
  }
}

function build(seed: Day): Story {
  const story = new Story(createBlankSession(seed.date as IsoDate), Date.parse(`${seed.date}T00:00:00Z`) as EpochMs);
  if (!tryApply(story, { type: 'event.update', patch: { timeZone: seed.zone, dayStart: seed.dayStart } })) story.apply({ type: 'event.update', patch: { timeZone: seed.zone, dayStart: '09:00' } });
  story.apply({ type: 'part.add', title: 'Day' });
  const partId = story.doc.parts[0]!.id;
  const { date, dayStart, timeZone } = story.doc.event;
  let chainMs = zonedInstant(date, dayStart, timeZone) as number;
  seed.segments.forEach((s, i) => {
    const hardStart = s.hardStartSlack === null ? null : timeOfDayIn((chainMs + minutes(s.hardStartSlack)) as EpochMs, timeZone);
    const segment = { title: `Segment ${i + 1}`, plannedDurationMs: minutes(s.minutes), hardStart };
    if (!tryApply(story, { type: 'segment.add', partId, segment })) story.apply({ type: 'segment.add', partId, segment: { ...segment, hardStart: null } });
    chainMs += minutes(s.minutes + Math.max(0, s.hardStartSlack ?? 0));
  });
  story.clock.set((zonedInstant(date, dayStart, timeZone) - minutes(seed.earlyMinutes)) as EpochMs);
  // The day as built is where the chair starts: Undo goes back to it, not through its making.
  story.state = { doc: story.doc, history: emptyHistory() };
  return story;
}

function commandFor(story: Story, step: Action): Command | null {
  const segments = allSegments(story.doc);
  const pick = (at: number) => segments[at % segments.length]!.id;
  const live = segments.find((s) => s.status === 'live');
  switch (step.kind) {
    case 'wait':
      story.clock.advance(minutes(step.minutes));
      return null;
    case 'status':
      return step.status === 'live'
        ? { type: 'segment.setStatus', segmentId: pick(step.at), status: 'live', offDay: 'keepEventDate' }
        : { type: 'segment.setStatus', segmentId: pick(step.at), status: step.status as 'done' | 'skipped' | 'planned' };
    case 'follow':
      return live ? { type: 'timer.select', segmentId: live.id } : null;
    case 'timer':
      return { type: step.op as 'timer.start' };
    case 'adjust':
      return { type: 'timer.adjust', deltaMs: minutes(step.minutes) };
    case 'set':
      return { type: 'timer.set', durationMs: minutes(step.minutes) };
    case 'countdownTo':
      return { type: 'timer.countdownTo', time: timeOfDayIn((story.clock.now() + minutes(step.minutesAhead)) as EpochMs, story.doc.event.timeZone) as TimeOfDay };
    case 'move':
      return { type: 'segment.move', segmentId: pick(step.at), toPartId: story.doc.parts[0]!.id, toIndex: step.to % segments.length };
    case 'length':
      return { type: 'segment.update', segmentId: pick(step.at), patch: { plannedDurationMs: minutes(step.minutes) } };
    case 'publish':
      return { type: 'plan.publish' };
    case 'undo':
      return { type: 'history.undo', scope: 'runOfShow' };
  }
}

type Check = (schedule: DaySchedule, now: EpochMs, story: Story) => void;

/** Runs a random day, checking one property after every step; returns how many readings it checked. */
function play(seed: Day, check: Check): number {
  const story = build(seed);
  let readings = 0;
  const read = () => {
    check(projectDay(story.doc, story.clock.now()), story.clock.now(), story);
    readings++;
  };
  read();
  for (const step of seed.actions) {
    const command = commandFor(story, step);
    if (command) tryApply(story, command);
    read();
  }
  return readings;
}

const RUNS = 400;

/** Checks a property over RUNS random days and prints how many days and readings it took. */
function holdsOverRandomDays(name: string, check: Check): void {
  let days = 0;
  let readings = 0;
  fc.assert(
    fc.property(day, (seed) => {
      days++;
      readings += play(seed, check);
    }),
    { numRuns: RUNS },
  );
  console.info(`property "${name}": ${days} random days, ${readings} readings`);
  expect(days).toBeGreaterThanOrEqual(RUNS);
}

/** Segments that take time in the projection, with their slots. */
const timed = (schedule: DaySchedule) => schedule.segments.filter((t) => t.state === 'pending' || t.state === 'live' || (t.state === 'done' && t.actualStart !== null));
const upcoming = (schedule: DaySchedule) => schedule.segments.filter((t) => t.state === 'pending' || t.state === 'live');

// Each property runs 400 random days of up to 40 steps: an explicit budget, well over what it takes on a slow machine.
const BUDGET_MS = 120_000;

describe('the projected day over random days in UTC, Almaty, Brussels and Santiago', () => {
  it('never runs expected times backwards', { timeout: BUDGET_MS }, () => {
    holdsOverRandomDays('expected times never run backwards', (schedule) => {
      let previousEnd = -Infinity;
      for (const t of upcoming(schedule)) {
        expect(t.expectedEnd).toBeGreaterThanOrEqual(t.expectedStart);
        if (t.state === 'pending') expect(t.expectedStart).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = Math.max(previousEnd, t.expectedEnd);
      }
    });
  });

  it('expects nothing before now once the day has begun', { timeout: BUDGET_MS }, () => {
    holdsOverRandomDays('never before now once the day began', (schedule, now) => {
      if (!schedule.segments.some((t) => t.actualStart !== null)) return;
      for (const t of upcoming(schedule)) {
        expect(t.expectedEnd).toBeGreaterThanOrEqual(now);
        if (t.state === 'pending') expect(t.expectedStart).toBeGreaterThanOrEqual(now);
      }
    });
  });

  it("measures the day's drift as the projected end minus the baseline's end", { timeout: BUDGET_MS }, () => {
    holdsOverRandomDays('drift = projected end - baseline end', (schedule, _now, story) => {
      expect(schedule.dayDriftMs).toBe(schedule.projectedEnd - schedule.baselineEnd);
      expect(schedule.planChangeMs).toBe(schedule.plannedEnd - schedule.baselineEnd);
      expect(schedule.publishedAt).toBe(story.doc.published?.publishedAt ?? null);
    });
  });

  it('never overlaps two segments that take time', { timeout: BUDGET_MS }, () => {
    holdsOverRandomDays('no two non-skipped segments overlap', (schedule) => {
      const slots = timed(schedule)
        .filter((t) => t.expectedEnd > t.expectedStart)
        .sort((a, b) => a.expectedStart - b.expectedStart);
      for (let i = 1; i < slots.length; i++) expect(slots[i]!.expectedStart).toBeGreaterThanOrEqual(slots[i - 1]!.expectedEnd);
    });
  });

  it('meets every hard start still to come, or warns', { timeout: BUDGET_MS }, () => {
    let atRisk = 0;
    holdsOverRandomDays('every hard start met or warned', (schedule) => {
      const warned = new Map(schedule.warnings.map((w) => [w.segmentId, w]));
      for (const t of schedule.segments) {
        if (t.state !== 'pending' || t.hardStart === null) continue;
        if (t.expectedStart > t.hardStart.at && t.plannedStart <= t.hardStart.at) atRisk++;
        if (t.expectedStart > t.hardStart.at) expect(warned.get(t.segmentId)?.kind).toMatch(/^(willMiss|planMisses)$/);
        if (t.plannedStart > t.hardStart.at) expect(warned.get(t.segmentId)?.kind).toBe('planMisses');
      }
    });
    console.info(`  of which ${atRisk} readings had a hard start the plan meets and the day will miss`);
  });
});
