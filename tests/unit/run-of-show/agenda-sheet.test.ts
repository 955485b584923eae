/**
 * An organiser's spreadsheet becomes the run-of-show: a good sheet gives a
 * preview and a plan.import command that replaces (or extends) the plan
 * in one undoable step; a bad sheet gives every problem with its row and
 * column, and no command.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agendaRows, csvRows, readAgendaSheet, type SheetRows } from '../../../shared/run-of-show/agenda-sheet';
import { parseCommand } from '../../../shared/session/commands';
import { agendaTemplateCsv } from '../../../shared/run-of-show/agenda-template';
import { CommandRejected } from '../../../shared/kernel/errors';
import { allSegments } from '../../../shared/run-of-show/model';
import { Story } from '../helpers';

const GOOD_CSV = [
  'Part,Title,Kind,Duration (min),Fixed start,Moderator,Speakers',
  'Opening,Welcome and opening remarks,opening,20,10:00,Aliya Nurlanovna,"Aigerim Bekova (KZ, 5); Dilnoza Yusupova (Uzbekistan, 7 min, remote)"',
  ',Keynote: women in mediation,keynote,0:30,,,Farida Rahimova (TJ)',
  'Panel,National perspectives,panel,1h15,,Gulnara Ismailova,"Ainura Osmonova (KG, 10); Maral Annayeva (TM, 10)"',
  ',Coffee break,break,15 min,,,',
  'Closing,Closing,closing,10,12:30,,',
].join('\r\n');

function read(rows: SheetRows, mode: 'replace' | 'append' = 'replace', story = new Story()) {
  return readAgendaSheet(rows, { source: 'agenda.csv', mode, into: story.doc });
}

describe('reading an agenda sheet', () => {
  it('turns a good CSV into parts, segments and speakers, and a command that parses', () => {
    const preview = read(csvRows(`\uFEFF${GOOD_CSV}`));
    expect(preview.issues).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.part, r.title, r.durationMs! / 60_000, r.hardStart])).toEqual([
      [2, 'Opening', 'Welcome and opening remarks', 20, '10:00'],
      [3, 'Opening', 'Keynote: women in mediation', 30, null],
      [4, 'Panel', 'National perspectives', 75, null],
      [5, 'Panel', 'Coffee break', 15, null],
      [6, 'Closing', 'Closing', 10, '12:30'],
    ]);
    expect(preview.rows[0]!.speakers).toEqual([
      { name: 'Aigerim Bekova', country: 'KZ', allottedMs: 300_000, attendance: 'in-room' },
      { name: 'Dilnoza Yusupova', country: 'UZ', allottedMs: 420_000, attendance: 'remote' },
    ]);
    expect(preview.rows[1]!.speakers).toEqual([{ name: 'Farida Rahimova', country: 'TJ', allottedMs: 300_000, attendance: 'in-room' }]);
    const command = preview.command!;
    expect(command.parts.map((p) => [p.title, p.segments.length])).toEqual([
      ['Opening', 2],
      ['Panel', 2],
      ['Closing', 1],
    ]);
    expect(parseCommand(command)).toEqual({ ok: true, command });
  });

  it('names every problem by row and column, and gives no command', () => {
    const rows = csvRows(
      [
        'Part,Title,Kind,Duration (min),Fixed start,Moderator,Speakers,Notes',
        ',No part yet,session,10,,,',
        'Day,,session,10,,,',
        'Day,Bad duration,session,ten,,,',
        'Day,Bad kind,workshop,10,,,',
        'Day,Unknown country,session,10,,,"Someone (Atlantis, 5)"',
        'Day,Formula,session,=1+1,,,',
        'Day,Bad time,session,10,25:00,,',
        'Day,Too short speaker,session,10,,,"Brief (KZ, 1)"',
        'Day,Zero duration,session,0,,,',
        'Day,Speaker without country,session,10,,,Just a name',
      ].join('\n'),
    );
    const preview = read(rows);
    expect(preview.command).toBeNull();
    const errors = preview.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.column, i.message]);
    expect(errors).toEqual([
      [2, 'Part (A)', expect.stringContaining('the first segment must name its part')],
      [3, 'Title (B)', 'must not be empty'],
      [4, 'Duration (min) (D)', expect.stringContaining('"ten" is not a duration')],
      [5, 'Kind (C)', expect.stringContaining('"workshop" is not a kind of segment')],
      [6, 'Speakers (G)', expect.stringContaining('"Atlantis" is not a known country')],
      [7, 'Duration (min) (D)', expect.stringContaining('is a formula (=1+1)')],
      [8, 'Fixed start (E)', expect.stringContaining('must be a time of day as HH:mm')],
      [9, 'Speakers (G)', expect.stringContaining('"Brief" needs more time')],
      [10, 'Duration (min) (D)', 'must be at least 1 minute'],
      [11, 'Speakers (G)', expect.stringContaining('must be written as Name (country, minutes)')],
    ]);
    expect(preview.issues).toContainEqual({ severity: 'warning', row: 1, column: 'Notes (H)', message: expect.stringContaining('is left out') });
    expect(preview.rows.filter((r) => r.bad).map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('refuses a sheet without the needed columns, an empty one, and one that repeats a column', () => {
    expect(read(csvRows('Part,Name,Length\nA,B,10')).issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      expect.stringContaining('has no "Title" column'),
      expect.stringContaining('has no "Duration (min)" column'),
    ]);
    expect(read(csvRows('\n\n')).issues[0]).toMatchObject({ severity: 'error', row: null, message: expect.stringContaining('is empty') });
    expect(read(csvRows('Title,Duration\n')).issues[0]!.message).toContain('has no segments');
    expect(read(csvRows('Title,Duration,Title\nA,5,B')).issues[0]).toMatchObject({ row: 1, column: 'Title (C)', message: expect.stringContaining('repeats the column Title (A)') });
  });

  it('reads a sheet written in Russian: its headers and country names', () => {
    const preview = read(csvRows('Часть,Название,Вид,Длительность (мин),Модератор,Выступающие\nОткрытие,Приветствие,opening,15,Алия Нурлановна,"Айгерим Бекова (Казахстан, 5); Дильноза Юсупова (Узбекистан, 5)"\n'));
    expect(preview.issues).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ part: 'Открытие', title: 'Приветствие', moderator: 'Алия Нурлановна' });
    expect(preview.rows[0]!.speakers.map((s) => s.country)).toEqual(['KZ', 'UZ']);
  });

  it('keeps prototype names and hostile text as plain text, or refuses it with its place', () => {
    const preview = read(csvRows('Part,Title,Duration\n__proto__,constructor,5\n,toString,5\n,"bad\u0000title",5\n'));
    expect(preview.issues).toEqual([{ severity: 'error', row: 4, column: 'Title (B)', message: expect.stringContaining('must be plain text') }]);
    const clean = read(csvRows('Part,Title,Duration\n__proto__,constructor,5\n,toString,5\n'));
    expect(clean.command!.parts).toEqual([{ title: '__proto__', segments: [expect.objectContaining({ title: 'constructor' }), expect.objectContaining({ title: 'toString' })] }]);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('takes an XLSX formula cell as an error, never as a value', () => {
    const preview = read([['Title', 'Duration'], ['Sum', { formula: 'SUM(A1:A3)' }]]);
    expect(preview.issues).toEqual([{ severity: 'error', row: 2, column: 'Duration (B)', message: expect.stringContaining('is a formula (=SUM(A1:A3))') }]);
  });

  it('drops the apostrophe a CSV export puts before a leading "=", "+", "-" or "@"', () => {
    const preview = read(csvRows("Title,Duration\n'=Q&A,5\n'-intro,5\n"));
    expect(preview.rows.map((r) => r.title)).toEqual(['=Q&A', '-intro']);
  });

  it('refuses more rows than one import may create', () => {
    const rows: SheetRows = [['Title', 'Duration'], ...Array.from({ length: 1001 }, (_, i) => [`S${i}`, 5])];
    const preview = read(rows);
    expect(preview.command).toBeNull();
    expect(preview.issues[0]).toMatchObject({ row: 1002, message: expect.stringContaining('more than 1000 rows') });
    const spaced: SheetRows = [['Title', 'Duration'], ...Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? [[''], [`S${i}`, 5]] : [[`S${i}`, 5]])).flat()];
    expect(read(spaced).issues).toEqual([]);
  });

  it('blames a fixed start out of order, or one the clocks skip, on its row', () => {
    const order = read(csvRows('Part,Title,Duration,Fixed start\nA,First,10,11:00\nA,Second,10,10:30\n'));
    expect(order.issues).toEqual([{ severity: 'error', row: 3, column: 'Fixed start (D)', message: expect.stringContaining('hard starts must follow the run-of-show order') }]);
    expect(order.rows.map((r) => r.bad)).toEqual([false, true]);
    const story = new Story();
    story.apply({ type: 'event.update', patch: { timeZone: 'Europe/Brussels', date: '2027-03-28', dayStart: '01:00' } });
    const skipped = read(csvRows('Title,Duration,Fixed start\nNight,10,02:30\n'), 'replace', story);
    expect(skipped.issues[0]).toMatchObject({ row: 2, column: 'Fixed start (C)' });
  });

  it('reads the shipped template without a problem', () => {
    const template = readFileSync(new URL('../../../docs/agenda-template.csv', import.meta.url), 'utf8');
    const preview = read(csvRows(template));
    expect(preview.issues).toEqual([]);
    expect(preview.rows.length).toBeGreaterThan(3);
    expect(template).toBe(agendaTemplateCsv());
  });

  it('reads back what agendaRows writes: the example run-of-show round-trips', () => {
    const story = new Story();
    const preview = read(agendaRows(story.doc));
    expect(preview.issues).toEqual([]);
    const again = new Story();
    again.apply(preview.command!);
    const shape = (doc: Story['doc']) =>
      doc.parts.map((p) => [p.title, p.segments.map((s) => [s.title, s.kind, s.plannedDurationMs, s.hardStart, s.chair, s.speakers.map((sp) => [sp.name, sp.country, sp.allottedMs, sp.attendance])])]);
    expect(shape(again.doc)).toEqual(shape(story.doc));
  });
});

describe('plan.import', () => {
  const command = () => read(csvRows(GOOD_CSV)).command!;

  it('replaces the run-of-show as one step, and undo brings the old plan back', () => {
    const story = new Story();
    const before = story.doc.parts;
    story.apply(command());
    expect(allSegments(story.doc).map((s) => s.title)).toEqual(['Welcome and opening remarks', 'Keynote: women in mediation', 'National perspectives', 'Coffee break', 'Closing']);
    expect(new Set(allSegments(story.doc).map((s) => s.id)).size).toBe(5);
    story.apply({ type: 'history.undo', scope: 'runOfShow' });
    expect(story.doc.parts).toEqual(before);
    story.apply({ type: 'history.redo', scope: 'runOfShow' });
    expect(story.doc.parts.map((p) => p.title)).toEqual(['Opening', 'Panel', 'Closing']);
  });

  it('moves the day start to a replacing agenda\'s first fixed start, and undo moves it back', () => {
    const story = new Story();
    const early = read(csvRows('Part,Title,Duration,Fixed start\nMorning,Registration,30,08:30\n,Opening,20,\n'), 'replace', story);
    expect(early.issues).toEqual([]);
    story.apply(early.command!);
    expect(story.doc.event.dayStart).toBe('08:30');
    story.apply({ type: 'history.undo', scope: 'runOfShow' });
    expect(story.doc.event.dayStart).toBe('10:00');
    const appended = read(csvRows('Part,Title,Duration,Fixed start\nMorning,Registration,30,08:30\n'), 'append', story);
    expect(appended.issues[0]).toMatchObject({ row: 2, column: 'Fixed start (D)', message: expect.stringContaining('is before') });
  });

  it('appends after the run-of-show when asked', () => {
    const story = new Story();
    const count = story.doc.parts.length;
    const appended = read(csvRows('Part,Title,Duration\nSide event,Networking,30\n'), 'append', story).command!;
    story.apply(appended);
    expect(story.doc.parts.length).toBe(count + 1);
    expect(story.doc.parts.at(-1)!.segments[0]!.title).toBe('Networking');
  });

  it('will not replace the plan under a live segment', () => {
    const story = new Story();
    story.apply({ type: 'segment.setStatus', segmentId: allSegments(story.doc)[0]!.id, status: 'live', offDay: 'keepEventDate' });
    const doc = story.doc;
    expect(() => story.apply(command())).toThrow(CommandRejected);
    expect(story.doc).toBe(doc);
  });

  it('is refused at the boundary when it carries ids, statuses or too much', () => {
    const good = command();
    const withStatus = { ...good, parts: [{ ...good.parts[0]!, segments: [{ ...good.parts[0]!.segments[0]!, status: 'live' }] }] };
    expect(parseCommand(withStatus)).toMatchObject({ ok: false, error: { field: 'parts.0.segments.0' } });
    const tooMany = { ...good, parts: [{ title: 'Big', segments: Array.from({ length: 1001 }, (_, i) => ({ title: `S${i}`, speakers: [] })) }] };
    expect(parseCommand(tooMany)).toMatchObject({ ok: false, error: { field: 'parts.0.segments' } });
  });
});

describe('any sheet at all', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('Part', 'Title', 'Duration', 'Kind', 'Fixed start', 'Speakers', '10:00', '09:00', '11:30', '__proto__', 'constructor', '=1+1', "'=x", '1:30', '25:00', 'A (KZ, 5)', 'B (XX, 1)', 'panel', '0', '-5', 'NaN'),
    fc.double(),
    fc.integer(),
    fc.record({ formula: fc.string({ maxLength: 10 }) }),
  );
  it('never throws, names a row for every row-bound problem, and gives a command only when it parses and nothing is wrong', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }), fc.constantFrom('replace' as const, 'append' as const), (rows, mode) => {
        const preview = read(rows, mode);
        const errors = preview.issues.filter((i) => i.severity === 'error');
        if (preview.command === null) expect(errors.length).toBeGreaterThan(0);
        else {
          expect(errors).toEqual([]);
          expect(parseCommand(preview.command).ok).toBe(true);
        }
        for (const row of preview.rows) expect(row.bad).toBe(preview.issues.some((i) => i.row === row.row && i.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });
});
