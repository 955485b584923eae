/**
 * The schedule as the moderator sees it through the conference day of the
 * example (Almaty, 2023-10-16): planned times from the agenda, expected
 * times as the day actually runs, and how late it will end.
 */
import { describe, expect, it } from 'vitest';
import { computeSchedule, type DaySchedule } from '../../../shared/run-of-show/schedule';
import { createBlankSession } from '../../../shared/session/example-session';
import { minutes, type EpochMs, type IsoDate } from '../../../shared/kernel/units';
import { agendaTime, almaty, CONFERENCE_DAY, Story } from '../helpers';

const span = (start: number, end: number) => `${agendaTime(start)}-${agendaTime(end)}`;

/** Planned and expected times of one segment, as the run-of-show prints them. */
function shown(schedule: DaySchedule, segmentId: string) {
  const t = schedule.byId.get(segmentId)!;
  return { planned: span(t.plannedStart, t.plannedEnd), expected: span(t.expectedStart, t.expectedEnd) };
}

function scheduleAt(story: Story, time: string): DaySchedule {
  story.clock.set(almaty(time));
  return computeSchedule(story.doc, story.clock.now());
}

const goLive = (story: Story, time: string, title: string) =>
  story.at(time, { type: 'segment.setStatus', segmentId: story.id(title), status: 'live' });
const finish = (story: Story, time: string, title: string) =>
  story.at(time, { type: 'segment.setStatus', segmentId: story.id(title), status: 'done' });

describe('the planned day of the example conference', () => {
  it('follows the agenda: soft starts chain on, hard starts hold (lunch at 12:30 after 15 min of slack)', () => {
    const schedule = scheduleAt(new Story(), '09:00');

    expect(schedule.segments.map((t) => span(t.plannedStart, t.plannedEnd))).toEqual([
      '10:00-10:30', // Opening (hard 10:00)
      '10:30-10:45', // Family photo and coffee break
      '10:45-11:35', // Civil society panel
      '11:35-12:15', // Independent experts
      '12:30-13:30', // Lunch (hard 12:30)
      '13:30-14:30', // Legislative initiatives (hard 13:30)
      '14:30-15:20', // National action plans
      '15:20-15:30', // Coffee break
      '15:30-16:30', // Open Day for Peace (hard 15:30)
      '16:30-17:00', // Closing
    ]);
    expect(agendaTime(schedule.dayStart)).toBe('10:00');
    expect(schedule.dayStart).toBe(Date.parse('2023-10-16T04:00:00Z'));
    expect(agendaTime(schedule.plannedEnd)).toBe('17:00');
  });

  it('expects the plan before the day begins: nothing live, no drift', () => {
    const schedule = scheduleAt(new Story(), '09:30');

    for (const t of schedule.segments) {
      expect([t.expectedStart, t.expectedEnd]).toEqual([t.plannedStart, t.plannedEnd]);
      expect(t.driftMs).toBe(0);
    }
    expect(schedule.live).toBeNull();
    expect(agendaTime(schedule.projectedEnd)).toBe('17:00');
    expect(schedule.dayDriftMs).toBe(0);
  });
});

describe('running the day', () => {
  it('counts the live segment down, then up once it runs over', () => {
    const story = new Story();
    goLive(story, '10:00', 'Opening');

    const early = scheduleAt(story, '10:20');
    expect(early.live).toEqual({ segmentId: story.id('Opening'), elapsedMs: minutes(20), overUnderMs: -minutes(10) });
    expect(shown(early, story.id('Opening')).expected).toBe('10:00-10:30');

    const late = scheduleAt(story, '10:40');
    expect(late.live).toEqual({ segmentId: story.id('Opening'), elapsedMs: minutes(40), overUnderMs: minutes(10) });
    expect(shown(late, story.id('Opening')).expected).toBe('10:00-10:40');
  });

  it('pushes later soft starts when the opening runs 10 min over, and lunch at 12:30 absorbs it', () => {
    const story = new Story();
    goLive(story, '10:00', 'Opening');
    const schedule = scheduleAt(story, '10:40');

    expect(shown(schedule, story.id('Family photo'))).toEqual({ planned: '10:30-10:45', expected: '10:40-10:55' });
    expect(shown(schedule, story.id('How the WPS agenda'))).toEqual({ planned: '10:45-11:35', expected: '10:55-11:45' });
    expect(shown(schedule, story.id('Independent experts'))).toEqual({ planned: '11:35-12:15', expected: '11:45-12:25' });
    expect(shown(schedule, story.id('Lunch'))).toEqual({ planned: '12:30-13:30', expected: '12:30-13:30' });
    expect(schedule.byId.get(story.id('Independent experts'))!.driftMs).toBe(minutes(10));
    expect(schedule.byId.get(story.id('Lunch'))!.driftMs).toBe(0);
    expect(agendaTime(schedule.projectedEnd)).toBe('17:00');
    expect(schedule.dayDriftMs).toBe(0);
  });

  it('pushes past the hard starts when the delay is larger than the slack: 20 min over ends the day 5 min late', () => {
    const story = new Story();
    goLive(story, '10:00', 'Opening');
    const schedule = scheduleAt(story, '10:50');

    expect(shown(schedule, story.id('Independent experts')).expected).toBe('11:55-12:35');
    expect(shown(schedule, story.id('Lunch')).expected).toBe('12:35-13:35');
    expect(shown(schedule, story.id('Legislative')).expected).toBe('13:35-14:35');
    expect(shown(schedule, story.id('Open Day')).expected).toBe('15:35-16:35');
    expect(shown(schedule, story.id('Outcomes')).expected).toBe('16:35-17:05');
    expect(agendaTime(schedule.projectedEnd)).toBe('17:05');
    expect(schedule.dayDriftMs).toBe(minutes(5));
  });

  it('uses the actual end of a done segment: finishing 5 min early pulls soft starts earlier', () => {
    const story = new Story();
    goLive(story, '10:00', 'Opening');
    goLive(story, '10:25', 'Family photo');
    const schedule = scheduleAt(story, '10:30');

    expect(schedule.byId.get(story.id('Opening'))).toMatchObject({ actualStart: almaty('10:00'), actualEnd: almaty('10:25') });
    expect(shown(schedule, story.id('Opening')).expected).toBe('10:00-10:25');
    expect(shown(schedule, story.id('Family photo')).expected).toBe('10:25-10:40');
    expect(shown(schedule, story.id('How the WPS agenda')).expected).toBe('10:40-11:30');
    expect(schedule.byId.get(story.id('How the WPS agenda'))!.driftMs).toBe(-minutes(5));
    expect(shown(schedule, story.id('Lunch')).expected).toBe('12:30-13:30');
    expect(schedule.live).toMatchObject({ segmentId: story.id('Family photo'), overUnderMs: -minutes(10) });
  });

  it('does not expect a pending segment in the past once the day has begun and nothing is live', () => {
    const story = new Story();
    goLive(story, '10:00', 'Opening');
    finish(story, '10:30', 'Opening');
    const schedule = scheduleAt(story, '10:50');

    expect(schedule.live).toBeNull();
    expect(shown(schedule, story.id('Family photo'))).toEqual({ planned: '10:30-10:45', expected: '10:50-11:05' });
    expect(shown(schedule, story.id('How the WPS agenda')).expected).toBe('11:05-11:55');
    expect(shown(schedule, story.id('Lunch')).expected).toBe('12:35-13:35');
    expect(schedule.dayDriftMs).toBe(minutes(5));
  });

  it('gives a skipped segment no time, against the unchanged published agenda', () => {
    const story = new Story();
    goLive(story, '10:00', 'Opening');
    story.at('10:45', { type: 'segment.setStatus', segmentId: story.id('Family photo'), status: 'skipped' });
    const schedule = scheduleAt(story, '10:50');

    const skipped = schedule.byId.get(story.id('Family photo'))!;
    expect(skipped.expectedStart).toBe(skipped.expectedEnd);
    expect(agendaTime(skipped.expectedStart)).toBe('10:50');
    expect(shown(schedule, story.id('How the WPS agenda'))).toEqual({ planned: '10:45-11:35', expected: '10:50-11:40' });
    expect(schedule.byId.get(story.id('How the WPS agenda'))!.driftMs).toBe(minutes(5));
    expect(agendaTime(schedule.plannedEnd)).toBe('17:00');
  });

  it('ends the day early when the last segment is skipped', () => {
    const story = new Story();
    story.apply({ type: 'segment.setStatus', segmentId: story.id('Outcomes'), status: 'skipped' });
    const schedule = scheduleAt(story, '09:00');

    expect(agendaTime(schedule.plannedEnd)).toBe('17:00');
    expect(agendaTime(schedule.projectedEnd)).toBe('16:30');
    expect(schedule.dayDriftMs).toBe(-minutes(30));
  });
});

describe('hand-built days', () => {
  /** A blank session on the conference day, one part, segments added as the chair would. */
  function day(dayStart: string, ...segments: [title: string, durationMin: number, hardStart?: string][]): Story {
    const story = new Story(createBlankSession(CONFERENCE_DAY));
    story.apply({ type: 'event.update', patch: { dayStart } });
    story.apply({ type: 'part.add', title: 'Day' });
    const partId = story.doc.parts[0]!.id;
    for (const [title, durationMin, hardStart] of segments) {
      story.apply({ type: 'segment.add', partId, segment: { title, plannedDurationMs: minutes(durationMin), hardStart: hardStart ?? null } });
    }
    return story;
  }

  it('starts at max(hard start, previous end): a hard start already passed starts after the previous segment', () => {
    const story = day('09:00', ['Long welcome', 60], ['Keynote', 30, '09:30'], ['Panel', 45, '11:00']);
    const schedule = scheduleAt(story, '08:00');

    expect(shown(schedule, story.id('Long welcome')).planned).toBe('09:00-10:00');
    expect(shown(schedule, story.id('Keynote')).planned).toBe('10:00-10:30');
    expect(shown(schedule, story.id('Panel')).planned).toBe('11:00-11:45');
  });

  it('starts the first segment at its hard start when it is later than the day start', () => {
    const story = day('09:00', ['Registration opens', 30, '09:30'], ['Talk', 20]);
    const schedule = scheduleAt(story, '08:00');

    expect(shown(schedule, story.id('Registration opens')).planned).toBe('09:30-10:00');
    expect(shown(schedule, story.id('Talk')).planned).toBe('10:00-10:20');
  });

  it('keeps an empty day at its day start', () => {
    const schedule = scheduleAt(day('09:00'), '08:00');

    expect(schedule.segments).toEqual([]);
    expect(agendaTime(schedule.plannedEnd)).toBe('09:00');
    expect(schedule.projectedEnd).toBe(schedule.plannedEnd);
  });

  it('keeps the actual start of a segment started early', () => {
    const story = day('09:00', ['Talk', 20, '10:00'], ['Q&A', 10]);
    goLive(story, '09:55', 'Talk');
    const schedule = scheduleAt(story, '10:00');

    expect(shown(schedule, story.id('Talk'))).toEqual({ planned: '10:00-10:20', expected: '09:55-10:15' });
    expect(shown(schedule, story.id('Q&A')).expected).toBe('10:15-10:25');
    expect(schedule.dayDriftMs).toBe(-minutes(5));
  });
});

describe('segments run out of order (finding 3)', () => {
  it('marks the segments passed over as not yet run, with no slot beside the live one', () => {
    const story = new Story();
    goLive(story, '10:00', 'How the WPS agenda');
    const schedule = scheduleAt(story, '10:10');

    expect(schedule.byId.get(story.id('Opening'))!.state).toBe('notYetRun');
    expect(schedule.byId.get(story.id('Family photo'))!.state).toBe('notYetRun');
    expect(schedule.notYetRun).toEqual({ count: 2, durationMs: minutes(45) });
    expect(shown(schedule, story.id('How the WPS agenda')).expected).toBe('10:00-10:50');
    expect(shown(schedule, story.id('Independent experts')).expected).toBe('10:50-11:30');
  });

  it('going back to an earlier segment puts the ones after the last that ran behind it, not beside it', () => {
    const story = new Story();
    goLive(story, '10:00', 'How the WPS agenda');
    goLive(story, '10:50', 'Opening');
    const schedule = scheduleAt(story, '10:55');

    expect(shown(schedule, story.id('Opening')).expected).toBe('10:50-11:20');
    expect(schedule.byId.get(story.id('Family photo'))!.state).toBe('notYetRun');
    expect(shown(schedule, story.id('How the WPS agenda')).expected).toBe('10:00-10:50');
    expect(shown(schedule, story.id('Independent experts')).expected).toBe('11:20-12:00');
  });

  it('a segment reset while a later one is live is not yet run, never expected at a time already past', () => {
    const story = new Story();
    goLive(story, '10:00', 'Opening');
    goLive(story, '10:30', 'Family photo');
    story.at('10:35', { type: 'segment.setStatus', segmentId: story.id('Opening'), status: 'planned' });
    const schedule = scheduleAt(story, '10:36');

    expect(schedule.byId.get(story.id('Opening'))!.state).toBe('notYetRun');
    expect(schedule.byId.get(story.id('Family photo'))!.state).toBe('live');
    expect(shown(schedule, story.id('How the WPS agenda')).expected).toBe('10:45-11:35');
  });

  it('a done segment goes live again from its first start only if nothing ran since it ended', () => {
    const story = new Story();
    goLive(story, '10:00', 'Opening');
    goLive(story, '10:30', 'Family photo');
    goLive(story, '10:40', 'Opening');
    const schedule = scheduleAt(story, '10:41');

    expect(schedule.byId.get(story.id('Family photo'))).toMatchObject({ actualStart: almaty('10:30'), actualEnd: almaty('10:40') });
    expect(schedule.byId.get(story.id('Opening'))).toMatchObject({ actualStart: almaty('10:40'), actualEnd: null });
  });
});

describe('fixed starts are never missed in silence (finding 4)', () => {
  it('moving Lunch up one place warns that the plan misses the fixed 13:30 and 15:30', () => {
    const story = new Story();
    story.at('09:00', { type: 'plan.publish' });
    const partI = story.doc.parts[1]!.id;
    story.apply({ type: 'segment.move', segmentId: story.id('Lunch'), toPartId: partI, toIndex: 1 });
    const schedule = scheduleAt(story, '09:05');

    expect(shown(schedule, story.id('Legislative')).planned).toBe('14:10-15:10');
    expect(agendaTime(schedule.plannedEnd)).toBe('17:40');
    expect(schedule.planChangeMs).toBe(minutes(40));
    expect(schedule.dayDriftMs).toBe(minutes(40));
    expect(schedule.warnings).toEqual([
      { segmentId: story.id('Legislative'), kind: 'planMisses', hardStart: almaty('13:30'), missMs: minutes(40), slackLeftMs: -minutes(40), slackPlannedMs: 0 },
      { segmentId: story.id('Open Day'), kind: 'planMisses', hardStart: almaty('15:30'), missMs: minutes(40), slackLeftMs: -minutes(40), slackPlannedMs: 0 },
    ]);
  });

  it('going live 12 min late tells that the 15 min of slack before Lunch is down to 3', () => {
    const story = new Story();
    goLive(story, '10:12', 'Opening');
    const schedule = scheduleAt(story, '10:12');

    expect(schedule.dayDriftMs).toBe(0);
    expect(schedule.byId.get(story.id('Independent experts'))!.driftMs).toBe(minutes(12));
    expect(schedule.warnings).toEqual([
      { segmentId: story.id('Lunch'), kind: 'slackEaten', hardStart: almaty('12:30'), missMs: 0, slackLeftMs: minutes(3), slackPlannedMs: minutes(15) },
    ]);
  });

  it('says nothing while the slack is untouched', () => {
    expect(scheduleAt(new Story(), '09:00').warnings).toEqual([]);
  });
});

describe('times the clock change makes twice (finding 5)', () => {
  it('takes the earlier of two 02:30s in Brussels on 2027-10-31 and says so', () => {
    const story = new Story(createBlankSession('2027-10-31' as IsoDate));
    story.apply({ type: 'event.update', patch: { timeZone: 'Europe/Brussels', dayStart: '01:00' } });
    story.apply({ type: 'part.add', title: 'Night shift' });
    story.apply({ type: 'segment.add', partId: story.doc.parts[0]!.id, segment: { title: 'Handover', plannedDurationMs: minutes(30), hardStart: '02:30' } });
    const schedule = computeSchedule(story.doc, Date.parse('2027-10-30T12:00:00Z') as EpochMs);

    const handover = schedule.byId.get(story.id('Handover'))!;
    expect(handover.plannedStart).toBe(Date.parse('2027-10-31T00:30:00Z'));
    expect(handover.hardStart).toMatchObject({ at: Date.parse('2027-10-31T00:30:00Z'), ambiguous: true });
  });
});
