/**
 * An agenda as a spreadsheet, both ways: reading an organiser's sheet (XLSX
 * or CSV, already turned into rows of cells by the caller) into a
 * plan.import command with a line-by-line preview, and writing the
 * run-of-show as rows in the same columns, so an exported sheet imports
 * again. The columns and their rules are in docs/agenda-files.md.
 *
 * Reading never throws and never stops at the first problem: every row
 * gets the issues found in it, each naming the row (as the spreadsheet
 * numbers it) and the column (its header and letter). A warning (an
 * unknown column, ignored) lets the import go on; an error does not, and
 * then there is no command.
 *
 * Hostile input: a formula is refused, not evaluated (a CSV "=…" or an
 * XLSX formula cell); text goes through the same field schemas as typed
 * commands (no control characters, length limits); names such as
 * "__proto__" are only text (rows are grouped with a Map); at most
 * SHEET_MAX_ROWS rows and SHEET_MAX_COLUMNS columns are read.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import { COUNTRIES, COUNTRY_NAMES, type Country } from '../kernel/countries';
import { name as nameField, requiredName, timeOfDay, title as titleField } from '../kernel/fields';
import { LIMITS } from '../kernel/limits';
import type { DurationMs, TimeOfDay } from '../kernel/units';
import { ATTENDANCE, SEGMENT_KINDS, type Attendance, type Part, type RunOfShowDoc, type SegmentKind } from './model';
import { IMPORT_MAX_SEGMENTS, planImportSchema, type ImportMode, type PlanImportCommand } from './commands';
import { DEFAULT_FINAL_MS, DEFAULT_WARNING_MS } from './model';
import { planViolation, thresholdProblem } from './rules';
import { newSegment } from './apply';

/** A cell as the caller read it: text, a number, a formula (never evaluated), or nothing. */
export type SheetCell = string | number | { formula: string } | null;
export type SheetRows = SheetCell[][];

export const SHEET_MAX_ROWS = IMPORT_MAX_SEGMENTS + 1;
export const SHEET_MAX_COLUMNS = 64;
/** The largest agenda file read (XLSX or CSV). */
export const AGENDA_MAX_BYTES = 5 * 1024 * 1024;
/** A speaker written without minutes gets this many. */
export const DEFAULT_SPEAKER_MINUTES = 5;

export const AGENDA_COLUMNS = ['part', 'title', 'kind', 'duration', 'fixedStart', 'moderator', 'speakers'] as const;
export type AgendaColumn = (typeof AGENDA_COLUMNS)[number];

/** The header each column is written with; reading also takes the other names listed (case and spaces aside). */
export const COLUMN_HEADERS: Record<AgendaColumn, string> = {
  part: 'Part',
  title: 'Title',
  kind: 'Kind',
  duration: 'Duration (min)',
  fixedStart: 'Fixed start',
  moderator: 'Moderator',
  speakers: 'Speakers',
};
/** English and Russian, the languages organisers' sheets in the region are written in. */
const HEADER_NAMES: Record<AgendaColumn, readonly string[]> = {
  part: ['part', 'часть'],
  title: ['title', 'segment', 'название', 'сегмент'],
  kind: ['kind', 'type', 'вид', 'тип'],
  duration: ['duration (min)', 'duration', 'minutes', 'длительность (мин)', 'длительность', 'минуты'],
  fixedStart: ['fixed start', 'hard start', 'фиксированное начало'],
  moderator: ['moderator', 'chair', 'модератор', 'председатель'],
  speakers: ['speakers', 'выступающие', 'спикеры'],
};
const REQUIRED: readonly AgendaColumn[] = ['title', 'duration'];

export interface SheetIssue {
  severity: 'error' | 'warning';
  /** The spreadsheet's row number (1 is the first), or null for the whole file. */
  row: number | null;
  /** "Duration (min) (D)": the header as the file writes it and the column's letter; null for the whole row. */
  column: string | null;
  message: string;
}

export interface PreviewSpeaker {
  name: string;
  country: Country;
  allottedMs: number;
  attendance: Attendance;
}

/** One segment the import would create, as the preview lists it. */
export interface PreviewRow {
  row: number;
  part: string;
  title: string;
  kind: SegmentKind;
  durationMs: number | null;
  hardStart: string | null;
  moderator: string;
  speakers: PreviewSpeaker[];
  /** True when the row has an error (it is listed in `issues`). */
  bad: boolean;
}

export interface AgendaPreview {
  source: string;
  mode: ImportMode;
  rows: PreviewRow[];
  issues: SheetIssue[];
  /** What confirming dispatches; null while there is any error. */
  command: PlanImportCommand | null;
}

/** "A", "B", … "Z", "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** CSV text as rows of cells (a byte-order mark dropped; any line ending). */
export function csvRows(text: string): SheetRows {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, preview: SHEET_MAX_ROWS + 50 });
  return parsed.data.map((row) => row.map((cell) => cell));
}

type CellText = { ok: true; text: string } | { ok: false; message: string };

/** The text of a cell; a formula is refused, and the apostrophe that spreadsheets (and our CSV) put before "=", "+", "-", "@" is dropped. */
function cellText(cell: SheetCell | undefined): CellText {
  if (cell === null || cell === undefined) return { ok: true, text: '' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, text: String(cell) } : { ok: false, message: 'is not a number a sheet can hold' };
  if (typeof cell === 'object') return { ok: false, message: `is a formula (=${cell.formula.slice(0, 40)}): formulas are not run; type the value itself` };
  if (/^'[=+\-@]/.test(cell)) return { ok: true, text: cell.slice(1).trim() };
  if (cell.trimStart().startsWith('=')) return { ok: false, message: `is a formula (${cell.trim().slice(0, 40)}): formulas are not run; type the value itself` };
  return { ok: true, text: cell.trim() };
}

function firstIssue(result: z.ZodSafeParseResult<unknown>): string | null {
  return result.success ? null : result.error.issues[0]!.message;
}

/** Minutes ("15", "15 min", "7.5"), hours and minutes ("1:30", "1h30", "2 h"), or a sheet's number of minutes. */
export function parseDuration(cell: SheetCell | undefined): { ms: number } | { error: string } {
  const hint = 'write minutes (15) or hours and minutes (1:30)';
  const read = cellText(cell);
  if (!read.ok) return { error: read.message };
  const text = read.text.toLowerCase().replace(',', '.');
  if (text === '') return { error: `is empty: ${hint}` };
  let minutes: number | null = null;
  let match = /^(\d{1,4}(?:\.\d+)?)\s*(?:m|min|mins|minutes|мин)?\.?$/.exec(text);
  if (match) minutes = Number(match[1]);
  match = /^(\d{1,2}):([0-5]\d)(?::00)?$/.exec(text);
  if (match) minutes = Number(match[1]) * 60 + Number(match[2]);
  match = /^(\d{1,2})\s*(?:h|hr|hours?|ч)\s*(?:(\d{1,2})\s*(?:m|min|мин)?)?$/.exec(text);
  if (match) minutes = Number(match[1]) * 60 + Number(match[2] ?? 0);
  if (minutes === null || !Number.isFinite(minutes)) return { error: `"${read.text.slice(0, 40)}" is not a duration: ${hint}` };
  const ms = Math.round(minutes * 60_000);
  if (ms < 60_000) return { error: 'must be at least 1 minute' };
  if (ms > LIMITS.segmentMaxMs) return { error: `must be at most ${LIMITS.segmentMaxMs / 3_600_000} hours` };
  return { ms };
}

/** "9:00" or "09:00" (24-hour clock); empty is no fixed start. */
export function parseFixedStart(cell: SheetCell | undefined): { time: TimeOfDay | null } | { error: string } {
  const read = cellText(cell);
  if (!read.ok) return { error: read.message };
  if (read.text === '') return { time: null };
  const match = /^(\d{1,2}):(\d\d)(?::00)?$/.exec(read.text);
  const checked = timeOfDay.safeParse(match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : read.text);
  return checked.success ? { time: checked.data as TimeOfDay } : { error: `"${read.text.slice(0, 40)}" ${checked.error.issues[0]!.message}` };
}

const COUNTRY_BY_NAME = new Map<string, Country>([
  ...COUNTRIES.map((code) => [code.toLowerCase(), code] as const),
  ...COUNTRIES.map((code) => [COUNTRY_NAMES[code].toLowerCase(), code] as const),
  ['kyrgyz republic', 'KG'],
  ['казахстан', 'KZ'],
  ['кыргызстан', 'KG'],
  ['киргизия', 'KG'],
  ['таджикистан', 'TJ'],
  ['туркменистан', 'TM'],
  ['туркмения', 'TM'],
  ['узбекистан', 'UZ'],
]);

/** "Aigerim Bekova (KZ, 5)", "Dilnoza Yusupova (Uzbekistan, 7 min, remote)"; speakers apart by ";" or a line break. */
export function parseSpeakers(cell: SheetCell | undefined): { speakers: PreviewSpeaker[] } | { error: string } {
  const read = cellText(cell);
  if (!read.ok) return { error: read.message };
  const entries = read.text.split(/[;\n\r]+/).map((s) => s.trim()).filter((s) => s !== '');
  if (entries.length > LIMITS.listItems) return { error: `lists ${entries.length} speakers; at most ${LIMITS.listItems}` };
  const speakers: PreviewSpeaker[] = [];
  for (const [i, entry] of entries.entries()) {
    const at = `speaker ${i + 1}`;
    const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry);
    if (!match) return { error: `${at} ("${entry.slice(0, 40)}") must be written as Name (country, minutes), for example "Aigerim Bekova (KZ, 5)"` };
    const name = requiredName.safeParse(match[1]);
    if (!name.success) return { error: `${at}: the name ${name.error.issues[0]!.message}` };
    const [countryText = '', minutesText, ...rest] = match[2]!.split(',').map((s) => s.trim());
    const country = COUNTRY_BY_NAME.get(countryText.toLowerCase());
    if (!country) return { error: `${at} ("${name.data.slice(0, 40)}"): "${countryText.slice(0, 40)}" is not a known country; use one of ${COUNTRIES.join(', ')}` };
    let allottedMs = DEFAULT_SPEAKER_MINUTES * 60_000;
    if (minutesText !== undefined && minutesText !== '') {
      const minutes = /^(\d{1,3}(?:[.,]\d+)?)\s*(?:m|min|мин)?$/i.exec(minutesText);
      const ms = minutes ? Math.round(Number(minutes[1]!.replace(',', '.')) * 60_000) : NaN;
      if (!Number.isFinite(ms)) return { error: `${at} ("${name.data.slice(0, 40)}"): "${minutesText.slice(0, 40)}" is not a number of minutes` };
      if (ms > LIMITS.speakerMaxMs) return { error: `${at} ("${name.data.slice(0, 40)}"): at most ${LIMITS.speakerMaxMs / 3_600_000} hours` };
      allottedMs = ms;
    }
    const attendanceText = (rest[0] ?? 'in-room').toLowerCase().replace(/\s+/g, '-');
    if (rest.length > 1 || !(ATTENDANCE as readonly string[]).includes(attendanceText)) {
      return { error: `${at} ("${name.data.slice(0, 40)}"): after the minutes only "in-room" or "remote" may follow` };
    }
    speakers.push({ name: name.data, country, allottedMs, attendance: attendanceText as Attendance });
  }
  return { speakers };
}

/** Where each column is, from the header row; issues for a missing, repeated or unknown column. */
function readHeader(header: SheetCell[], headerRow: number, issues: SheetIssue[]): Map<AgendaColumn, { index: number; label: string }> {
  const columns = new Map<AgendaColumn, { index: number; label: string }>();
  header.slice(0, SHEET_MAX_COLUMNS).forEach((cell, index) => {
    const read = cellText(cell);
    const text = read.ok ? read.text : '';
    if (text === '') return;
    const label = `${text.slice(0, 40)} (${columnLetter(index)})`;
    const column = AGENDA_COLUMNS.find((c) => HEADER_NAMES[c].includes(normalize(text)));
    if (column === undefined) {
      issues.push({ severity: 'warning', row: headerRow, column: label, message: `is not a column of the agenda (${AGENDA_COLUMNS.map((c) => COLUMN_HEADERS[c]).join(', ')}): it is left out` });
    } else if (columns.has(column)) {
      issues.push({ severity: 'error', row: headerRow, column: label, message: `repeats the column ${columns.get(column)!.label}` });
    } else {
      columns.set(column, { index, label });
    }
  });
  if (header.length > SHEET_MAX_COLUMNS) issues.push({ severity: 'warning', row: headerRow, column: null, message: `has ${header.length} columns; only the first ${SHEET_MAX_COLUMNS} are read` });
  for (const column of REQUIRED) {
    if (!columns.has(column)) issues.push({ severity: 'error', row: headerRow, column: null, message: `has no "${COLUMN_HEADERS[column]}" column: the agenda needs ${REQUIRED.map((c) => `"${COLUMN_HEADERS[c]}"`).join(' and ')}` });
  }
  return columns;
}

const isBlank = (row: SheetCell[] | undefined) => row === undefined || row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));

/** The file's name without its folder or extension, as the name of a part when the sheet has no Part column. */
function stem(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[^.]*$/, '').trim() || 'Imported agenda';
}

export interface ReadAgendaOptions {
  source: string;
  mode: ImportMode;
  /** The run-of-show it goes into: for the rules of the plan (fixed starts in order, times that exist on the event's day). */
  into: Pick<RunOfShowDoc, 'event' | 'parts'>;
}

/** Reads a sheet into a preview and, when nothing is wrong, the plan.import command. */
export function readAgendaSheet(rows: SheetRows, { source, mode, into }: ReadAgendaOptions): AgendaPreview {
  const issues: SheetIssue[] = [];
  const preview: PreviewRow[] = [];
  const done = (command: PlanImportCommand | null): AgendaPreview => ({ source, mode, rows: preview, issues, command: issues.some((i) => i.severity === 'error') ? null : command });
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) {
    issues.push({ severity: 'error', row: null, column: null, message: 'is empty: the first row must name the columns (see the template)' });
    return done(null);
  }
  const columns = readHeader(rows[headerIndex]!, headerIndex + 1, issues);
  if (issues.some((i) => i.severity === 'error')) return done(null);
  const dataRows = rows.slice(headerIndex + 1);
  const lastRow = dataRows.findLastIndex((row) => !isBlank(row));
  if (lastRow < 0) {
    issues.push({ severity: 'error', row: null, column: null, message: 'has no segments under its header row' });
    return done(null);
  }
  const filled = dataRows.slice(0, lastRow + 1).flatMap((row, offset) => (isBlank(row) ? [] : [headerIndex + 2 + offset]));
  if (filled.length > IMPORT_MAX_SEGMENTS) {
    issues.push({ severity: 'error', row: filled[IMPORT_MAX_SEGMENTS]!, column: null, message: `the agenda has more than ${IMPORT_MAX_SEGMENTS} rows; split it into several files` });
    return done(null);
  }

  const parts: PlanImportCommand['parts'] = [];
  const rowOfSegment: number[] = [];
  let currentPart: string | null = columns.has('part') ? null : stem(source);
  dataRows.slice(0, lastRow + 1).forEach((row, offset) => {
    if (isBlank(row)) return;
    const rowNumber = headerIndex + 2 + offset;
    const before = issues.length;
    const problem = (column: AgendaColumn, message: string) => issues.push({ severity: 'error', row: rowNumber, column: columns.get(column)!.label, message });
    const cell = (column: AgendaColumn) => {
      const at = columns.get(column);
      return at === undefined ? null : row[at.index];
    };
    const text = (column: AgendaColumn, schema: z.ZodType<string>): string => {
      const read = cellText(cell(column));
      if (!read.ok) {
        problem(column, read.message);
        return '';
      }
      const checked = schema.safeParse(read.text);
      const message = firstIssue(checked);
      if (message !== null) problem(column, message);
      return checked.success ? checked.data : read.text;
    };

    if (columns.has('part')) {
      const read = cellText(cell('part'));
      const partTitle = read.ok && read.text !== '' ? text('part', titleField) : '';
      if (!read.ok) problem('part', read.message);
      else if (partTitle !== '') currentPart = partTitle;
      else if (currentPart === null) problem('part', 'is empty: the first segment must name its part (the rows below it may leave it empty to stay in it)');
    }
    const title = text('title', titleField);
    const kindText = columns.has('kind') ? text('kind', nameField).toLowerCase() : '';
    const kind = (kindText === '' ? 'session' : kindText) as SegmentKind;
    if (!(SEGMENT_KINDS as readonly string[]).includes(kind)) problem('kind', `"${kindText.slice(0, 40)}" is not a kind of segment; use one of ${SEGMENT_KINDS.join(', ')}`);
    const duration = parseDuration(cell('duration'));
    if ('error' in duration) problem('duration', duration.error);
    const fixed = columns.has('fixedStart') ? parseFixedStart(cell('fixedStart')) : { time: null };
    if ('error' in fixed) problem('fixedStart', fixed.error);
    const moderator = columns.has('moderator') ? text('moderator', nameField) : '';
    const people = columns.has('speakers') ? parseSpeakers(cell('speakers')) : { speakers: [] };
    if ('error' in people) problem('speakers', people.error);
    const speakers = 'speakers' in people ? people.speakers : [];
    const threshold = thresholdProblem({ warningMs: DEFAULT_WARNING_MS, finalMs: DEFAULT_FINAL_MS, speakers: speakers.map((s, i) => ({ ...s, allottedMs: s.allottedMs as DurationMs, id: String(i), organization: '' })) }, 'allottedMs');
    if (threshold && columns.has('speakers')) problem('speakers', threshold.message);

    const bad = issues.length > before;
    preview.push({
      row: rowNumber,
      part: currentPart ?? '',
      title,
      kind: (SEGMENT_KINDS as readonly string[]).includes(kind) ? kind : 'other',
      durationMs: 'ms' in duration ? duration.ms : null,
      hardStart: 'time' in fixed ? fixed.time : null,
      moderator,
      speakers,
      bad,
    });
    if (bad || currentPart === null || !('ms' in duration) || !('time' in fixed)) return;
    const segment = { title, kind, plannedDurationMs: duration.ms, hardStart: fixed.time, chair: moderator, speakers };
    const last = parts.at(-1);
    if (last?.title === currentPart) last.segments.push(segment);
    else parts.push({ title: currentPart, segments: [segment] });
    rowOfSegment.push(rowNumber);
  });
  if (issues.some((i) => i.severity === 'error')) return done(null);

  const command = planImportSchema.safeParse({ type: 'plan.import', mode, source: requiredName.safeParse(source.slice(0, LIMITS.nameChars)).success ? source.slice(0, LIMITS.nameChars) : 'agenda', parts });
  if (!command.success) {
    issues.push({ severity: 'error', row: null, column: null, message: command.error.issues[0]!.message });
    return done(null);
  }
  checkPlan(command.data, into, rowOfSegment, columns.get('fixedStart')?.label ?? null, issues);
  for (const row of preview) if (issues.some((i) => i.row === row.row && i.severity === 'error')) row.bad = true;
  return done(command.data);
}

/** The rules of the plan (rules.ts) on the run-of-show as it would be: a fixed start out of order, or one the clocks skip, is blamed on its row. */
function checkPlan(command: PlanImportCommand, into: ReadAgendaOptions['into'], rowOfSegment: number[], fixedColumn: string | null, issues: SheetIssue[]): void {
  let n = 0;
  const imported: Part[] = command.parts.map((part) => ({
    id: `import-part-${n}`,
    title: part.title,
    // Built as the import builds them (apply.ts), under ids that name their place in the sheet.
    segments: part.segments.map(({ speakers: _speakers, ...fields }) => newSegment({ newId: () => `import-${n++}` }, fields)),
  }));
  const parts = command.mode === 'replace' ? imported : [...into.parts, ...imported];
  const opening = imported[0]!.segments[0]?.hardStart;
  const event = command.mode === 'replace' && opening ? { ...into.event, dayStart: opening } : into.event;
  const violation = planViolation({ event, parts });
  if (violation === null) return;
  // A day start that the clocks skip is the first segment's fixed start when the import moved the day start there.
  const index =
    'segmentId' in violation && violation.segmentId.startsWith('import-') ? Number(violation.segmentId.slice('import-'.length)) : violation.kind === 'dayStartSkipped' && event !== into.event ? 0 : -1;
  issues.push({ severity: 'error', row: index >= 0 ? rowOfSegment[index]! : null, column: index >= 0 ? fixedColumn : null, message: violation.message });
}

/** A speaker as the Speakers column writes it: "Aigerim Bekova (KZ, 5)", with ", remote" when remote. */
function speakerCell(speaker: PreviewSpeaker): string {
  const minutes = Math.round((speaker.allottedMs / 60_000) * 100) / 100;
  return `${speaker.name} (${speaker.country}, ${minutes}${speaker.attendance === 'remote' ? ', remote' : ''})`;
}

/** The run-of-show as rows of the agenda's columns (header first): what the XLSX export writes and the import reads back. */
export function agendaRows(doc: Pick<RunOfShowDoc, 'parts'>): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [AGENDA_COLUMNS.map((c) => COLUMN_HEADERS[c])];
  for (const part of doc.parts) {
    for (const segment of part.segments) {
      rows.push([
        part.title,
        segment.title,
        segment.kind,
        Math.round((segment.plannedDurationMs / 60_000) * 100) / 100,
        segment.hardStart ?? '',
        segment.chair,
        segment.speakers.map(speakerCell).join('; '),
      ]);
    }
  }
  return rows;
}
