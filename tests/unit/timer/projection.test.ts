/**
 * The figure the chair looks at all day: are we late, and when will we
 * finish? Read as stories of the example conference (Almaty, 2023-10-16),
 * with the speaker timer driving the live segment's expected end and the
 * day measured against the plan as it was published.
 */
import { describe, expect, it } from 'vitest';
import { projectDay } from '../../../shared/timer/projection';
import type { DaySchedule } from '../../../shared/run-of-show/schedule';
import { findSegment } from '../../../shared/run-of-show/model';
import { localDateOf } from '../../../shared/kernel/timezones';
import type { EpochMs } from '../../../shared/kernel/units';
import { minutes } from '../../../shared/kernel/units';
import { agendaTime, almaty, Story } from '../helpers';

const OPENING = 'Opening of the conference';

function dayAt(story: Story, time: string): DaySchedule {
  story.clock.set(almaty(time));
  return projectDay(story.doc, story.clock.now());
}

const expected = (day: DaySchedule, story: Story, title: string) => {
  const t = day.byId.get(story.id(title))!;
  return `${agendaTime(t.expectedStart)}-${agendaTime(t.expectedEnd)}`;
};

/** The opening live at 10:00 with its speaker queue in the timer, the first speaker running. */
function openingUnderWay(): Story {
  const story = new Story();
  story.at('10:00', { type: 'segment.setStatus', segmentId: story.id(OPENING), status: 'live' });
  story.apply({ type: 'timer.select', segmentId: story.id(OPENING) });
  story.apply({ type: 'timer.start' });
  return story;
}

describe('lateness from the speakers still to come (finding 1)', () => {
  it('a speaker paused with 25 min left at the planned end makes the day 31 min late, and +10 min moves it to 41', () => {
    const story = openingUnderWay();
    story.at('10:05', { type: 'timer.set', durationMs: minutes(30) });
    story.at('10:10', { type: 'timer.pause' });

    // 10:30, the opening's planned end: 25 min of the first speaker and three
    // speakers of 7 min are still to come; its 2 min of reserve went in the pause.
    const day = dayAt(story, '10:30');
    expect(expected(day, story, OPENING)).toBe('10:00-11:16');
    expect(expected(day, story, 'Lunch')).toBe('13:01-14:01');
    expect(agendaTime(day.projectedEnd)).toBe('17:31');
    expect(day.dayDriftMs).toBe(minutes(31));
    expect(day.warnings.map((w) => [findSegment(story.doc, w.segmentId)!.segment.title, w.kind, w.missMs])).toEqual([
      ['Lunch', 'willMiss', minutes(31)],
      ['Legislative initiatives for Women, Peace and Security', 'willMiss', minutes(31)],
      ['Open Day for Peace: current peace and security issues', 'willMiss', minutes(31)],
    ]);

    story.apply({ type: 'timer.adjust', deltaMs: minutes(10) });
    const later = projectDay(story.doc, story.clock.now());
    expect(agendaTime(later.projectedEnd)).toBe('17:41');
    expect(later.dayDriftMs).toBe(minutes(41));
  });

  it('stays on time while the speakers keep to their time', () => {
    const story = openingUnderWay();
    const day = dayAt(story, '10:03');
    expect(expected(day, story, OPENING)).toBe('10:00-10:30');
    expect(day.dayDriftMs).toBe(0);

    story.at('10:07', { type: 'timer.next' });
    expect(expected(dayAt(story, '10:08'), story, OPENING)).toBe('10:00-10:30');
  });

  it('counts the reserve beyond the speakers only once, eaten by time the queue did not use', () => {
    const story = openingUnderWay();
    // The four speakers take 28 of the 30 min; a 3 min pause eats the 2 min reserve and 1 min more.
    story.at('10:02', { type: 'timer.pause' });
    story.at('10:05', { type: 'timer.start' });
    expect(expected(dayAt(story, '10:05'), story, OPENING)).toBe('10:00-10:31');
  });

  it('falls back to the planned length when the timer follows another segment', () => {
    const story = new Story();
    story.at('10:00', { type: 'segment.setStatus', segmentId: story.id(OPENING), status: 'live' });
    story.apply({ type: 'timer.select', segmentId: story.id('Lunch') });
    expect(expected(dayAt(story, '10:20'), story, OPENING)).toBe('10:00-10:30');
    expect(expected(dayAt(story, '10:40'), story, OPENING)).toBe('10:00-10:40');
  });

  it('ends a live break when its countdown to a time of day says so', () => {
    const story = new Story();
    story.at('10:30', { type: 'segment.setStatus', segmentId: story.id('Family photo'), status: 'live' });
    story.apply({ type: 'timer.select', segmentId: story.id('Family photo') });
    story.apply({ type: 'timer.countdownTo', time: '10:55' });
    expect(expected(dayAt(story, '10:31'), story, 'Family photo')).toBe('10:30-10:55');
  });
});

describe('going live on an event not dated today (finding 2)', () => {
  /** 29 November 2026, 09:16 in Almaty (UTC+5 since 2024): three years after the example's date. */
  const LATER = Date.parse('2026-11-29T09:16:00+05:00') as EpochMs;

  it('asks first, naming both dates, and changes nothing', () => {
    const story = new Story(undefined, LATER);
    const before = story.state;
    expect(story.refusal({ type: 'segment.setStatus', segmentId: story.id(OPENING), status: 'live' })).toEqual({
      code: 'conflict',
      field: 'offDay',
      message: 'the event is dated 2023-10-16 and today is 2026-11-29 in Asia/Almaty: move the event to today, or run against the event date',
    });
    expect(story.state).toBe(before);
  });

  it('moved to today, keeps the times of day and runs on time', () => {
    const story = new Story(undefined, LATER);
    story.apply({ type: 'segment.setStatus', segmentId: story.id(OPENING), status: 'live', offDay: 'moveToToday' });

    expect(story.doc.event.date).toBe('2026-11-29');
    const day = projectDay(story.doc, story.clock.now());
    const opening = day.byId.get(story.id(OPENING))!;
    expect(opening.plannedStart).toBe(Date.parse('2026-11-29T10:00:00+05:00'));
    expect(opening.expectedStart).toBe(LATER);
    expect(localDateOf(day.projectedEnd, 'Asia/Almaty')).toBe('2026-11-29');
    expect(day.dayDriftMs).toBe(0);
  });

  it('run against the event date, asks once, and every figure beyond the day carries its date', () => {
    const story = new Story(undefined, LATER);
    story.apply({ type: 'segment.setStatus', segmentId: story.id(OPENING), status: 'live', offDay: 'keepEventDate' });
    expect(story.doc.eventDateKeptOn).toBe('2026-11-29');

    story.clock.advance(minutes(30));
    story.apply({ type: 'segment.setStatus', segmentId: story.id('Family photo'), status: 'live' });

    const day = projectDay(story.doc, story.clock.now());
    expect(story.doc.event.date).toBe('2023-10-16');
    expect(localDateOf(day.byId.get(story.id(OPENING))!.plannedStart, 'Asia/Almaty')).toBe('2023-10-16');
    expect(localDateOf(day.projectedEnd, 'Asia/Almaty')).toBe('2026-11-29');
    expect(day.dayDriftMs).toBeGreaterThan(24 * 3_600_000);
  });
});

describe('the published plan (baseline)', () => {
  it('is taken at the first Go live, and edits after it show as changes against it', () => {
    const story = new Story();
    expect(story.doc.published).toBeNull();
    story.at('10:00', { type: 'segment.setStatus', segmentId: story.id(OPENING), status: 'live' });
    expect(story.doc.published).toMatchObject({ publishedAt: almaty('10:00'), dayStart: '10:00' });

    story.at('10:05', { type: 'segment.update', segmentId: story.id('Lunch'), patch: { plannedDurationMs: minutes(90) } });
    const day = dayAt(story, '10:05');
    const legislative = day.byId.get(story.id('Legislative'))!;
    expect([agendaTime(legislative.plannedStart), agendaTime(legislative.published!.start)]).toEqual(['14:00', '13:30']);
    expect(agendaTime(day.plannedEnd)).toBe('17:30');
    expect(agendaTime(day.baselineEnd)).toBe('17:00');
    expect(day.planChangeMs).toBe(minutes(30));
    expect(day.dayDriftMs).toBe(day.projectedEnd - day.baselineEnd);
    expect(day.dayDriftMs).toBe(minutes(30));
  });

  it('is published again on request, and a later Go live keeps it', () => {
    const story = new Story();
    story.at('09:00', { type: 'segment.update', segmentId: story.id('Lunch'), patch: { plannedDurationMs: minutes(45) } });
    story.at('09:10', { type: 'plan.publish' });
    expect(story.doc.published!.publishedAt).toBe(almaty('09:10'));
    story.at('10:00', { type: 'segment.setStatus', segmentId: story.id(OPENING), status: 'live' });
    expect(story.doc.published!.publishedAt).toBe(almaty('09:10'));

    const day = dayAt(story, '10:00');
    expect(day.planChangeMs).toBe(0);
    expect(day.byId.get(story.id('Lunch'))!.published).toEqual({ start: almaty('12:30'), end: almaty('13:15') });
  });

  it('marks a segment added after publication as new', () => {
    const story = new Story();
    story.at('09:10', { type: 'plan.publish' });
    story.apply({ type: 'segment.add', partId: story.doc.parts[4]!.id, segment: { title: 'Adoption of the outcome document', plannedDurationMs: minutes(10) } });
    const day = dayAt(story, '09:15');
    expect(day.byId.get(story.id('Adoption'))!.published).toBeNull();
    expect(day.planChangeMs).toBe(minutes(10));
  });
});
