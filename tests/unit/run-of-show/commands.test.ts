/**
 * The command boundary and the run-of-show it edits. parseCommand refuses
 * bad input naming the field and the reason; applyCommand then runs the
 * moderator's edits, timings and undo against the example conference.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../shared/session/commands';
import { LIMITS } from '../../../shared/kernel/limits';
import { allSegments, findSegment, findSpeaker, liveSegment } from '../../../shared/run-of-show/model';
import { createBlankSession, createExampleSession, exampleId } from '../../../shared/session/example-session';
import { eventTimeNotice } from '../../../shared/run-of-show/notice';
import { HISTORY_LIMIT } from '../../../shared/session/history';
import { minutes, type IsoDate } from '../../../shared/kernel/units';
import { almaty, counterIds, Story } from '../helpers';

/** Ids as the host makes them: the first one the Story's counter hands out, and fixed ones for parsing. */
const NEW_1 = '00000002-0000-4000-8000-000000000001';
const [P1, S1, S2, SP1] = ['p1', 's1', 's2', 'sp1'].map((label) => `00000000-0000-4000-8000-${[...label].map((c) => c.charCodeAt(0).toString(16)).join('').padStart(12, '0')}`);

const partTitles = (story: Story) => story.doc.parts.map((p) => p.title);
const segmentTitles = (story: Story, partIndex: number) => story.doc.parts[partIndex]!.segments.map((s) => s.title);
const statusOf = (story: Story, segmentId: string) => findSegment(story.doc, segmentId)!.segment;

describe('parseCommand', () => {
  it('accepts well-formed commands and trims titles and names', () => {
    const valid: unknown[] = [
      { type: 'event.update', patch: { date: '2024-02-29', timeZone: 'Asia/Bishkek', dayStart: '09:30' } },
      { type: 'part.add', title: 'Side event', index: 2 },
      { type: 'segment.add', partId: P1, segment: { title: 'Q&A', plannedDurationMs: minutes(20), hardStart: '23:59' } },
      { type: 'segment.update', segmentId: S1, patch: { hardStart: null, notes: 'x'.repeat(LIMITS.textChars) } },
      { type: 'segment.setStatus', segmentId: S1, status: 'live' },
      { type: 'speaker.add', segmentId: S1, speaker: { name: 'Rapporteur', allottedMs: 0 } },
      { type: 'speaker.move', speakerId: SP1, toSegmentId: S2, toIndex: 0 },
      { type: 'session.new' },
      { type: 'history.undo', scope: 'runOfShow' },
    ];
    for (const input of valid) expect(parseCommand(input), JSON.stringify(input)).toEqual({ ok: true, command: input });

    expect(parseCommand({ type: 'part.add', title: '  Closing  ' })).toEqual({ ok: true, command: { type: 'part.add', title: 'Closing' } });
  });

  it.each([
    ['an unknown type', { type: 'segment.explode' }, 'type', 'has an unknown command type "segment.explode"'],
    ['a missing type', { title: 'Opening' }, 'type', 'is not a command (no "type")'],
    ['a number instead of an object', 42, 'command', 'must be a command object with a "type"'],
    ['null', null, 'command', 'must be a command object with a "type"'],
    ['an array', [{ type: 'session.new' }], 'command', 'must be a command object with a "type"'],
    ['a negative duration', { type: 'segment.update', segmentId: S1, patch: { plannedDurationMs: -60_000 } }, 'patch.plannedDurationMs', 'must be at least 1 minute'],
    ['an absurd duration', { type: 'segment.update', segmentId: S1, patch: { plannedDurationMs: 1e12 } }, 'patch.plannedDurationMs', 'must be at most 12 hours'],
    ['a fractional duration', { type: 'segment.update', segmentId: S1, patch: { plannedDurationMs: 1.5 } }, 'patch.plannedDurationMs', 'must be whole milliseconds'],
    ['a duration as text', { type: 'segment.update', segmentId: S1, patch: { plannedDurationMs: '20' } }, 'patch.plannedDurationMs', 'must be a number of milliseconds'],
    ['a negative speaker time', { type: 'speaker.update', speakerId: SP1, patch: { allottedMs: -1 } }, 'patch.allottedMs', 'must not be negative'],
    ['a speaker time over 4 hours', { type: 'speaker.update', speakerId: SP1, patch: { allottedMs: LIMITS.speakerMaxMs + 1 } }, 'patch.allottedMs', 'must be at most 4 hours'],
    ['an empty title', { type: 'part.add', title: '' }, 'title', 'must not be empty'],
    ['a whitespace title', { type: 'part.update', partId: P1, title: ' \t ' }, 'title', 'must not be empty'],
    ['a whitespace speaker name', { type: 'speaker.add', segmentId: S1, speaker: { name: '   ' } }, 'speaker.name', 'must not be empty'],
    ['an oversize title', { type: 'part.add', title: 'x'.repeat(LIMITS.titleChars + 1) }, 'title', `must be at most ${LIMITS.titleChars} characters`],
    ['oversize notes', { type: 'segment.update', segmentId: S1, patch: { notes: 'x'.repeat(LIMITS.textChars + 1) } }, 'patch.notes', `must be at most ${LIMITS.textChars} characters`],
    ['too many organizers', { type: 'event.update', patch: { organizers: Array(LIMITS.listItems + 1).fill('UN Women') } }, 'patch.organizers', `must list at most ${LIMITS.listItems}`],
    ['an unknown field', { type: 'part.add', title: 'Opening', color: 'red' }, 'command', 'has unknown field(s): color'],
    ['an unknown patch field', { type: 'segment.update', segmentId: S1, patch: { room: 'B' } }, 'patch', 'has unknown field(s): room'],
    ['an unknown time zone', { type: 'event.update', patch: { timeZone: 'Mars/Olympus' } }, 'patch.timeZone', 'is not a known IANA time zone (for example Asia/Almaty)'],
    ['an unknown participant zone', { type: 'event.update', patch: { participantZones: [{ label: 'Base', timeZone: 'Mars/Olympus' }] } }, 'patch.participantZones.0.timeZone', 'is not a known IANA time zone (for example Asia/Almaty)'],
    ['30 February', { type: 'event.update', patch: { date: '2023-02-30' } }, 'patch.date', 'is not a calendar date'],
    ['a date in another format', { type: 'event.update', patch: { date: '16.10.2023' } }, 'patch.date', 'must be a date as YYYY-MM-DD'],
    ['24:00', { type: 'segment.update', segmentId: S1, patch: { hardStart: '24:00' } }, 'patch.hardStart', 'must be a time of day as HH:mm (00:00 to 23:59)'],
    ['a time without leading zero', { type: 'event.update', patch: { dayStart: '9:00' } }, 'patch.dayStart', 'must be a time of day as HH:mm (00:00 to 23:59)'],
    ['an empty id', { type: 'segment.delete', segmentId: '' }, 'segmentId', expect.stringContaining('must be an id')],
    ['a name for an id', { type: 'segment.delete', segmentId: 'constructor' }, 'segmentId', expect.stringContaining('must be an id')],
    ['a negative index', { type: 'part.move', partId: P1, toIndex: -1 }, 'toIndex', 'must not be negative'],
    ['year 0 (finding 8)', { type: 'event.update', patch: { date: '0000-01-01' } }, 'patch.date', 'must be between 1970-01-01 and 2100-12-31'],
    ['1900 (finding 8)', { type: 'event.update', patch: { date: '1900-06-01' } }, 'patch.date', 'must be between 1970-01-01 and 2100-12-31'],
    ['2101 (finding 8)', { type: 'event.update', patch: { date: '2101-01-01' } }, 'patch.date', 'must be between 1970-01-01 and 2100-12-31'],
    [
      'a place listed twice (finding 8)',
      { type: 'event.update', patch: { participantZones: [{ label: 'Brussels', timeZone: 'Europe/Brussels' }, { label: ' brussels', timeZone: 'Europe/Brussels' }] } },
      'patch.participantZones.1.label',
      'lists "brussels" a second time (line 1 has it); each place once',
    ],
    ['a final threshold of zero (finding 7)', { type: 'segment.update', segmentId: S1, patch: { finalMs: 0 } }, 'patch.finalMs', 'must be at least 1 second'],
  ])('refuses %s, naming the field and the reason', (_, input, field, message) => {
    expect(parseCommand(input)).toEqual({ ok: false, error: { code: 'invalid', field, message } });
  });

  it('accepts the first and last dates of the range', () => {
    for (const date of ['1970-01-01', '2100-12-31']) expect(parseCommand({ type: 'event.update', patch: { date } })).toMatchObject({ ok: true });
  });

  it('says which value is missing', () => {
    expect(parseCommand({ type: 'segment.add', partId: P1, segment: {} })).toMatchObject({
      ok: false,
      error: { field: 'segment.title', message: expect.stringContaining('expected string') },
    });
  });
});

describe('editing the run-of-show', () => {
  it('adds, renames, moves and deletes parts', () => {
    const story = new Story();
    story.apply({ type: 'part.add', title: 'Side event', index: 1 });
    const sideId = story.doc.parts[1]!.id;
    expect(sideId).toBe(NEW_1);
    expect(partTitles(story).slice(0, 3)).toEqual(['Opening', 'Side event', 'Part I: Civil society perspectives on the WPS agenda']);

    story.apply({ type: 'part.update', partId: sideId, title: 'Press briefing' });
    story.apply({ type: 'part.move', partId: sideId, toIndex: 99 });
    expect(partTitles(story).at(-1)).toBe('Press briefing');
    expect(story.doc.parts).toHaveLength(6);

    story.apply({ type: 'part.delete', partId: sideId });
    expect(partTitles(story)).toEqual(createExampleSession(counterIds()).parts.map((p) => p.title));
  });

  it('adds a segment with defaults, edits it and moves it to another part', () => {
    const story = new Story();
    const closingPart = story.doc.parts[4]!.id;
    story.apply({ type: 'segment.add', partId: closingPart, index: 0, segment: { title: 'Adoption of the outcome document' } });
    const added = findSegment(story.doc, NEW_1)!;
    expect(added.segment).toMatchObject({ title: 'Adoption of the outcome document', kind: 'session', plannedDurationMs: minutes(15), hardStart: null, status: 'planned', speakers: [] });
    expect(added.segmentIndex).toBe(0);

    story.apply({ type: 'segment.update', segmentId: NEW_1, patch: { plannedDurationMs: minutes(25), kind: 'closing', chair: 'Rapporteur' } });
    expect(findSegment(story.doc, NEW_1)!.segment).toMatchObject({ plannedDurationMs: minutes(25), kind: 'closing', chair: 'Rapporteur' });

    story.apply({ type: 'segment.move', segmentId: NEW_1, toPartId: story.doc.parts[3]!.id, toIndex: 1 });
    expect(segmentTitles(story, 3)).toEqual(['Open Day for Peace: current peace and security issues', 'Adoption of the outcome document']);
    expect(segmentTitles(story, 4)).toEqual(['Outcomes, recommendations and closing']);

    story.apply({ type: 'segment.delete', segmentId: NEW_1 });
    expect(findSegment(story.doc, NEW_1)).toBeNull();
    expect(allSegments(story.doc)).toHaveLength(10);
  });

  it('adds, edits, moves and deletes speakers', () => {
    const story = new Story();
    const opening = story.id('Opening');
    story.apply({ type: 'speaker.add', segmentId: opening, index: 0, speaker: { name: 'Representative of the OSCE', country: 'INT', attendance: 'remote' } });
    expect(findSpeaker(story.doc, NEW_1)).toMatchObject({ speakerIndex: 0, speaker: { name: 'Representative of the OSCE', organization: '', country: 'INT', attendance: 'remote', allottedMs: minutes(5) } });

    story.apply({ type: 'speaker.update', speakerId: NEW_1, patch: { allottedMs: minutes(3), organization: 'OSCE' } });
    expect(findSpeaker(story.doc, NEW_1)!.speaker).toMatchObject({ allottedMs: minutes(3), organization: 'OSCE' });

    const closing = story.id('Outcomes');
    story.apply({ type: 'speaker.move', speakerId: NEW_1, toSegmentId: closing, toIndex: 1 });
    expect(findSegment(story.doc, closing)!.segment.speakers.map((s) => s.name)).toEqual([
      'Conference rapporteur',
      'Representative of the OSCE',
      'Representative of the Parliament of the Republic of Kazakhstan',
    ]);
    expect(findSegment(story.doc, opening)!.segment.speakers).toHaveLength(4);

    story.apply({ type: 'speaker.delete', speakerId: NEW_1 });
    expect(findSpeaker(story.doc, NEW_1)).toBeNull();
  });

  it('names what it can not find', () => {
    const story = new Story();
    expect(story.refusal({ type: 'segment.update', segmentId: 'nope', patch: { title: 'X' } })).toEqual({ code: 'not-found', field: 'segmentId', message: 'no segment with id "nope"' });
    expect(story.refusal({ type: 'segment.move', segmentId: story.id('Lunch'), toPartId: 'gone', toIndex: 0 })).toEqual({ code: 'not-found', field: 'toPartId', message: 'no part with id "gone"' });
    expect(story.refusal({ type: 'speaker.move', speakerId: "00000001-0000-4000-8000-000000000003", toSegmentId: 'gone', toIndex: 0 })).toMatchObject({ code: 'not-found', field: 'toSegmentId' });
  });
});

describe('hard starts follow the run-of-show order', () => {
  it('refuses a hard start before the previous one, and leaves the state as it was', () => {
    const story = new Story();
    const before = story.state;
    const copy = structuredClone(before.doc);

    const error = story.refusal({ type: 'segment.update', segmentId: story.id('Open Day'), patch: { hardStart: '13:00' } });

    expect(error).toEqual({
      code: 'conflict',
      field: 'patch.hardStart',
      message:
        '13:00 ("Open Day for Peace: current peace and security issues") is before 13:30 ("Legislative initiatives for Women, Peace and Security"); hard starts must follow the run-of-show order',
    });
    expect(story.state).toBe(before);
    expect(story.doc).toEqual(copy);
  });

  it('refuses a new segment, a move and a later day start that would break the order', () => {
    const story = new Story();
    const partII = story.doc.parts[2]!.id;
    expect(story.refusal({ type: 'segment.add', partId: partII, segment: { title: 'Early side event', hardStart: '11:00' } })).toMatchObject({ code: 'conflict', field: 'segment.hardStart' });
    expect(story.refusal({ type: 'segment.move', segmentId: story.id('Lunch'), toPartId: story.doc.parts[0]!.id, toIndex: 0 })).toMatchObject({
      field: 'toIndex',
      message: expect.stringContaining('12:30 ("Lunch")'),
    });
    expect(story.refusal({ type: 'event.update', patch: { dayStart: '10:30' } })).toMatchObject({
      field: 'patch.dayStart',
      message: '10:00 ("Opening of the conference: welcome remarks") is before 10:30 (the start of the day); hard starts must follow the run-of-show order',
    });
  });

  it('accepts hard starts in order, equal ones included', () => {
    const story = new Story();
    story.apply({ type: 'segment.update', segmentId: story.id('Lunch'), patch: { hardStart: '13:30' } });
    expect(findSegment(story.doc, story.id('Lunch'))!.segment.hardStart).toBe('13:30');
  });
});

describe('local times that do not exist are refused, naming the clock change (finding 5)', () => {
  /** A blank session on a date, in a zone, with one part. */
  function blankDay(date: string, timeZone: string): Story {
    const story = new Story(createBlankSession(date as IsoDate));
    story.apply({ type: 'event.update', patch: { timeZone } });
    story.apply({ type: 'part.add', title: 'Day' });
    return story;
  }

  it('refuses a day start of 02:30 in Brussels on 2027-03-28', () => {
    const story = blankDay('2027-03-28', 'Europe/Brussels');
    expect(story.refusal({ type: 'event.update', patch: { dayStart: '02:30' } })).toEqual({
      code: 'conflict',
      field: 'patch.dayStart',
      message: '02:30 does not exist on 2027-03-28 in Europe/Brussels: the clocks go forward from 02:00 to 03:00',
    });
  });

  it('refuses a hard start of 02:30 that day, and a date change that would put one in the gap', () => {
    const story = blankDay('2027-03-28', 'Europe/Brussels');
    story.apply({ type: 'event.update', patch: { dayStart: '01:00' } });
    const partId = story.doc.parts[0]!.id;
    expect(story.refusal({ type: 'segment.add', partId, segment: { title: 'Night shift', hardStart: '02:30' } })).toMatchObject({
      field: 'segment.hardStart',
      message: '02:30 ("Night shift") does not exist on 2027-03-28 in Europe/Brussels: the clocks go forward from 02:00 to 03:00',
    });

    story.apply({ type: 'event.update', patch: { date: '2027-03-27' } });
    story.apply({ type: 'segment.add', partId, segment: { title: 'Night shift', hardStart: '02:30' } });
    expect(story.refusal({ type: 'event.update', patch: { date: '2027-03-28' } })).toMatchObject({ code: 'conflict', field: 'patch.date' });
    expect(story.refusal({ type: 'event.update', patch: { timeZone: 'Europe/Paris', date: '2027-03-28' } })).toMatchObject({ field: 'patch.date' });
  });

  it('refuses a day start of 00:30 in Santiago on 2025-09-07 (the clocks go from midnight to 01:00)', () => {
    const story = blankDay('2025-09-07', 'America/Santiago');
    expect(story.refusal({ type: 'event.update', patch: { dayStart: '00:30' } })).toMatchObject({
      field: 'patch.dayStart',
      message: '00:30 does not exist on 2025-09-07 in America/Santiago: the clocks go forward from 00:00 to 01:00',
    });
  });

  it('accepts a time that occurs twice (the earlier is taken)', () => {
    const story = blankDay('2024-02-29', 'Asia/Almaty');
    story.apply({ type: 'event.update', patch: { dayStart: '23:30' } });
    expect(story.doc.event.dayStart).toBe('23:30');
  });
});

describe('the time notice states the first planned start (finding 6)', () => {
  it('says 10:00 when the day starts at 09:00 and the opening is fixed at 10:00', () => {
    const story = new Story();
    story.apply({ type: 'event.update', patch: { dayStart: '09:00' } });
    expect(eventTimeNotice(story.doc)).toBe('10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent');
  });

  it('falls back to the day start for a day with no segment', () => {
    const story = new Story(createBlankSession('2023-10-16' as IsoDate));
    story.apply({ type: 'event.update', patch: { participantZones: [{ label: 'Bishkek', timeZone: 'Asia/Bishkek' }] } });
    expect(eventTimeNotice(story.doc)).toBe('09:00 - Bishkek');
  });
});

describe('speaker-timer thresholds: 0 < final < warning < every speaker\'s time (finding 7)', () => {
  it('refuses a final phase that begins before the warning phase', () => {
    const story = new Story();
    expect(story.refusal({ type: 'segment.update', segmentId: story.id('Opening'), patch: { finalMs: 90_000 } })).toEqual({
      code: 'invalid',
      field: 'patch.finalMs',
      message: 'the final phase (1:30 left) must begin after the warning phase (1:00 left): make it shorter than the warning',
    });
    const partId = story.doc.parts[0]!.id;
    expect(story.refusal({ type: 'segment.add', partId, segment: { title: 'Q&A', warningMs: 30_000, finalMs: 30_000 } })).toMatchObject({ field: 'segment.finalMs' });
  });

  it('refuses a warning as long as a speaker\'s whole time, and a speaker time within the warning', () => {
    const story = new Story();
    expect(story.refusal({ type: 'segment.update', segmentId: story.id('Opening'), patch: { warningMs: minutes(7) } })).toEqual({
      code: 'invalid',
      field: 'patch.warningMs',
      message: 'the warning (7:00 left) must begin after "Representative of the Parliament of the Republic of Kazakhstan" has started (7:00 allotted): make it shorter',
    });
    const speakerId = story.doc.parts[0]!.segments[0]!.speakers[0]!.id;
    expect(story.refusal({ type: 'speaker.update', speakerId, patch: { allottedMs: 60_000 } })).toMatchObject({ field: 'patch.allottedMs' });
    story.apply({ type: 'speaker.update', speakerId, patch: { allottedMs: 0 } });
    expect(findSpeaker(story.doc, speakerId)!.speaker.allottedMs).toBe(0);
  });
});

describe('segment status during the day', () => {
  it('records actual times from the clock, and marking the next one live ends the previous one', () => {
    const story = new Story();
    const opening = story.id('Opening');
    const photo = story.id('Family photo');

    story.at('10:02', { type: 'segment.setStatus', segmentId: opening, status: 'live' });
    expect(statusOf(story, opening)).toMatchObject({ status: 'live', actualStartAt: almaty('10:02'), actualEndAt: null });

    story.at('10:35', { type: 'segment.setStatus', segmentId: photo, status: 'live' });
    expect(statusOf(story, opening)).toMatchObject({ status: 'done', actualStartAt: almaty('10:02'), actualEndAt: almaty('10:35') });
    expect(statusOf(story, photo)).toMatchObject({ status: 'live', actualStartAt: almaty('10:35') });
    expect(liveSegment(story.doc)!.id).toBe(photo);

    story.at('10:48', { type: 'segment.setStatus', segmentId: photo, status: 'done' });
    expect(statusOf(story, photo)).toMatchObject({ status: 'done', actualEndAt: almaty('10:48') });
    expect(liveSegment(story.doc)).toBeNull();
  });

  it('resumes a done segment from its first start, and planned forgets the times', () => {
    const story = new Story();
    const opening = story.id('Opening');
    story.at('10:00', { type: 'segment.setStatus', segmentId: opening, status: 'live' });
    story.at('10:30', { type: 'segment.setStatus', segmentId: opening, status: 'done' });
    story.at('10:31', { type: 'segment.setStatus', segmentId: opening, status: 'live' });
    expect(statusOf(story, opening)).toMatchObject({ status: 'live', actualStartAt: almaty('10:00'), actualEndAt: null });

    story.at('10:32', { type: 'segment.setStatus', segmentId: opening, status: 'planned' });
    expect(statusOf(story, opening)).toMatchObject({ status: 'planned', actualStartAt: null, actualEndAt: null });
  });

  it('skips a planned segment, and a skipped one can not be marked done', () => {
    const story = new Story();
    const photo = story.id('Family photo');
    story.apply({ type: 'segment.setStatus', segmentId: photo, status: 'skipped' });
    expect(statusOf(story, photo)).toMatchObject({ status: 'skipped', actualStartAt: null, actualEndAt: null });
    expect(story.refusal({ type: 'segment.setStatus', segmentId: photo, status: 'done' })).toEqual({
      code: 'conflict',
      field: 'status',
      message: 'a skipped segment can not be marked done; mark it planned or live first',
    });
  });

  it('protects the live segment from deletion and skipping', () => {
    const story = new Story();
    const opening = story.id('Opening');
    story.at('10:00', { type: 'segment.setStatus', segmentId: opening, status: 'live' });
    const live = story.state;

    expect(story.refusal({ type: 'segment.delete', segmentId: opening })).toEqual({
      code: 'conflict',
      field: 'segmentId',
      message: 'the live segment can not be deleted; mark it done first',
    });
    expect(story.refusal({ type: 'segment.setStatus', segmentId: opening, status: 'skipped' })).toEqual({
      code: 'conflict',
      field: 'status',
      message: 'the live segment can not be skipped; mark it done instead',
    });
    expect(story.refusal({ type: 'part.delete', partId: story.doc.parts[0]!.id })).toMatchObject({ code: 'conflict', field: 'partId' });
    expect(story.state).toBe(live);
  });

  it('changes nothing when the status is already set', () => {
    const story = new Story();
    story.at('10:00', { type: 'segment.setStatus', segmentId: story.id('Opening'), status: 'live' });
    const live = story.state;

    const again = story.at('10:05', { type: 'segment.setStatus', segmentId: story.id('Opening'), status: 'live' });

    expect(again.patches).toEqual([]);
    expect(again.state).toBe(live);
    expect(statusOf(story, story.id('Opening')).actualStartAt).toBe(almaty('10:00'));
  });
});

describe('undo and redo', () => {
  it('walks back and forth through exact documents', () => {
    const story = new Story();
    const docs = [story.doc];
    story.apply({ type: 'part.add', title: 'Side event' });
    docs.push(story.doc);
    story.apply({ type: 'segment.update', segmentId: story.id('Lunch'), patch: { plannedDurationMs: minutes(45) } });
    docs.push(story.doc);
    story.at('10:00', { type: 'segment.setStatus', segmentId: story.id('Opening'), status: 'live' });
    docs.push(story.doc);

    for (const expected of [docs[2], docs[1], docs[0]]) {
      story.apply({ type: 'history.undo', scope: 'runOfShow' });
      expect(story.doc).toEqual(expected);
    }
    expect(story.refusal({ type: 'history.undo', scope: 'runOfShow' })).toEqual({ code: 'conflict', field: 'scope', message: 'there is nothing to undo' });

    for (const expected of [docs[1], docs[2], docs[3]]) {
      story.apply({ type: 'history.redo', scope: 'runOfShow' });
      expect(story.doc).toEqual(expected);
    }
    expect(story.refusal({ type: 'history.redo', scope: 'runOfShow' })).toEqual({ code: 'conflict', field: 'scope', message: 'there is nothing to redo' });
  });

  it('drops the redo steps when a new edit is made', () => {
    const story = new Story();
    story.apply({ type: 'part.add', title: 'Side event' });
    story.apply({ type: 'history.undo', scope: 'runOfShow' });
    expect(story.state.history.runOfShow.redo).toHaveLength(1);

    story.apply({ type: 'part.add', title: 'Press briefing' });

    expect(story.state.history.runOfShow).toMatchObject({ undo: [expect.anything()], redo: [] });
    expect(story.refusal({ type: 'history.redo', scope: 'runOfShow' }).message).toBe('there is nothing to redo');
    expect(partTitles(story).at(-1)).toBe('Press briefing');
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const story = new Story();
    const partId = story.doc.parts[0]!.id;
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) story.apply({ type: 'part.update', partId, title: `Opening ${i}` });
    for (let i = 0; i < HISTORY_LIMIT; i++) story.apply({ type: 'history.undo', scope: 'runOfShow' });

    expect(story.doc.parts[0]!.title).toBe('Opening 5');
    expect(story.refusal({ type: 'history.undo', scope: 'runOfShow' }).message).toBe('there is nothing to undo');
  });
});

describe('whole sessions', () => {
  it('starts a blank session for today, and undo brings the agenda back', () => {
    const story = new Story();
    const agenda = story.doc;

    story.apply({ type: 'session.new' });
    expect(story.doc.parts).toEqual([]);
    expect(story.doc.event).toMatchObject({ title: 'New session', date: '2023-10-16', timeZone: 'Asia/Almaty', dayStart: '09:00', participantZones: [] });

    story.apply({ type: 'history.undo', scope: 'runOfShow' });
    expect(story.doc).toEqual(agenda);
  });

  it('loads the example with its fixed ids, the same on every laptop, whatever ids the session had', () => {
    const story = new Story();
    story.apply({ type: 'session.new' });
    story.apply({ type: 'session.loadExample' });

    expect(story.doc).toEqual(createExampleSession());
    expect(story.doc.parts[0]!.id).toBe(exampleId('part:Opening'));
    expect(story.doc.parts[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
