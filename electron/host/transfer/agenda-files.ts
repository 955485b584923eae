/**
 * The run-of-show's files, on the host (docs/agenda-files.md):
 *
 * - In: an organiser's XLSX or CSV becomes rows of cells here (exceljs for
 *   a workbook's first sheet, strict UTF-8 for CSV), and the pure reader
 *   (shared/run-of-show/agenda-sheet.ts) makes the preview and the
 *   plan.import command. Nothing changes until the view sends that command.
 * - Out: the programme as a PDF (pdfkit, Noto Sans embedded so Cyrillic and
 *   Latin both print), the agenda as XLSX (the import's columns on the first
 *   sheet, the local times on the second) and as iCalendar (ical-generator):
 *   one event per segment at its planned times in UTC, so each delegate's
 *   calendar shows it in their own zone; every zone's times are in the
 *   description too.
 */
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import ical from 'ical-generator';
import { loadExcelJS, loadPdfKit } from './heavy-packages';
import type { SessionDoc } from '../../../shared/session/document';
import { agendaRows, AGENDA_MAX_BYTES, csvRows, readAgendaSheet, type SheetCell, type SheetRows } from '../../../shared/run-of-show/agenda-sheet';
import type { ImportMode } from '../../../shared/run-of-show/commands';
import { agendaTemplateCsv } from '../../../shared/run-of-show/agenda-template';
import { programmeOf, type ProgrammeItem } from '../../../shared/run-of-show/programme';
import type { AgendaExportFormat, AgendaPreviewOutcome, BinaryFile } from '../../../shared/contract/files';
import { LOCALES } from '../../../shared/i18n/locales';
import type { EnglishMessages } from '../../../shared/i18n/locales/en';

type AgendaWords = EnglishMessages['agendaFiles'];
/** The words the host's documents print, named by their full key (tests/unit/i18n/keys-used.test.ts reads these literals). */
type WordKey = `agendaFiles.doc.${keyof AgendaWords['doc']}` | 'agendaFiles.speakerLine' | 'agendaFiles.part' | 'agendaFiles.title';
type Words = (key: WordKey, values?: Record<string, string | number>) => string;

const failed = (where: string, message: string) => ({ status: 'failed', where, message }) as const;

/** A cell of a workbook as the reader takes it: formulas stay formulas, a time of day ("0:30", "10:00") becomes its text. */
function workbookCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // A time without a date is stored as a fraction of 30 December 1899.
    if (value.getUTCFullYear() < 1901) return `${value.getUTCHours() + (value.getUTCDate() - 30) * 24}:${String(value.getUTCMinutes()).padStart(2, '0')}`;
    return value.toISOString().slice(0, 16).replace('T', ' ');
  }
  if ('formula' in value || 'sharedFormula' in value) return { formula: String('formula' in value ? value.formula : value.sharedFormula) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('text' in value) return String(value.text);
  return null;
}

async function workbookRows(bytes: Uint8Array): Promise<SheetRows> {
  const workbook = new (await loadExcelJS()).Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets.find((s) => s.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRows = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number > 1100) return;
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (column <= 64) cells[column - 1] = workbookCell(cell.value);
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The most an agenda workbook may unpack to, by its own directory: a sheet of 1000 rows is a few MB. */
export const WORKBOOK_MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * What a ZIP file says it unpacks to (its central directory), or null when
 * it says nothing readable; refusing a decompression bomb before exceljs
 * inflates it. A file that lies in its directory still gets past this;
 * exceljs's unzipper then fails on the size mismatch, after inflating.
 */
function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOldExcel = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
const isUtf16 = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** Reads an agenda file into a preview: a workbook by its content (not its name), else CSV in UTF-8. */
export async function previewAgenda(doc: SessionDoc, bytes: Uint8Array, fileName: string, mode: ImportMode): Promise<AgendaPreviewOutcome> {
  if (bytes.length > AGENDA_MAX_BYTES) return failed('file', `is larger than ${AGENDA_MAX_BYTES / 1024 / 1024} MB`);
  if (bytes.length === 0) return failed('file', 'is empty');
  let rows: SheetRows;
  if (isZip(bytes)) {
    const unpacked = unpackedSize(bytes);
    if (unpacked === null) return failed('file', 'is not a readable XLSX workbook (its ZIP directory is missing or damaged)');
    if (unpacked > WORKBOOK_MAX_UNPACKED_BYTES) return failed('file', `unpacks to more than ${WORKBOOK_MAX_UNPACKED_BYTES / 1024 / 1024} MB: it is not an agenda (a ZIP bomb?)`);
    try {
      rows = await workbookRows(bytes);
    } catch (error) {
      return failed('file', `is not a readable XLSX workbook (${String((error as Error).message).slice(0, 120)})`);
    }
  } else if (isOldExcel(bytes)) {
    return failed('file', 'is an old Excel file (.xls): save it as an Excel workbook (.xlsx) or as CSV UTF-8');
  } else if (/\.xlsx$/i.test(fileName)) {
    return failed('file', 'is named .xlsx but is not an Excel workbook (it may be damaged)');
  } else if (isUtf16(bytes)) {
    return failed('file', 'is in UTF-16: save it as CSV UTF-8 (comma delimited)');
  } else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return failed('file', 'is not UTF-8 text: save it as CSV UTF-8 (comma delimited), or as an Excel workbook (.xlsx)');
    }
    if (text.includes('\u0000')) return failed('file', 'is not a text file (it holds NUL characters)');
    rows = csvRows(text);
  }
  return { status: 'preview', preview: readAgendaSheet(rows, { source: fileName.trim() || 'agenda', mode, into: doc }) };
}

/** The session language's words for the documents, with its {{placeholders}} filled. */
function wordsOf(doc: SessionDoc): Words {
  const messages = LOCALES[doc.settings.language].messages;
  return (key, values = {}) => {
    const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

const span = (slot: { start: string; end: string }) => `${slot.start}–${slot.end}`;
const localSpan = (item: ProgrammeItem, index: number, eventDate: string) => {
  const slot = item.local[index]!;
  return slot.date === eventDate ? span(slot) : `${span(slot)} (${slot.date})`;
};
const minutesOf = (ms: number) => Math.round((ms / 60_000) * 100) / 100;

function details(item: ProgrammeItem, words: Words, countryName: (code: string) => string): string[] {
  const { segment } = item;
  const lines = [`${words('agendaFiles.doc.minutes', { minutes: minutesOf(segment.plannedDurationMs) })}${segment.hardStart ? ` · ${words('agendaFiles.doc.fixedStart')} ${segment.hardStart}` : ''}`];
  // A chair already written as "Moderator: …" is not labelled twice.
  const label = words('agendaFiles.doc.moderator', { name: '' }).trim();
  if (segment.chair) lines.push(segment.chair.toLowerCase().startsWith(label.toLowerCase()) ? segment.chair : words('agendaFiles.doc.moderator', { name: segment.chair }));
  if (segment.speakers.length > 0) {
    const names = segment.speakers.map((s) => words('agendaFiles.speakerLine', { name: s.name, country: countryName(s.country), minutes: minutesOf(s.allottedMs) })).join('; ');
    lines.push(words('agendaFiles.doc.speakers', { names }));
  }
  return lines;
}

function countryNames(doc: SessionDoc): (code: string) => string {
  const names = LOCALES[doc.settings.language].messages.country as Record<string, string>;
  return (code) => (Object.hasOwn(names, code) ? names[code]! : code);
}

let fontDir: string | null = null;
/** Noto Sans from its npm package: Latin and Cyrillic, embedded in the PDF. */
function font(weight: '400Regular' | '700Bold'): string {
  fontDir ??= createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf').replace(/400Regular[\\/]NotoSans_400Regular\.ttf$/, '');
  return `${fontDir}${weight}/NotoSans_${weight}.ttf`;
}

/** The printable programme: A4 landscape, a column of times per zone (the venue's first), then the segment. */
export async function programmePdf(doc: SessionDoc, madeAt: number): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const words = wordsOf(doc);
  const programme = programmeOf(doc);
  const { event } = programme;
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: `${words('agendaFiles.doc.programme')}: ${event.title}`, Producer: 'Moderator Console', Creator: 'Moderator Console' } });
  pdf.registerFont('body', font('400Regular'));
  pdf.registerFont('bold', font('700Bold'));
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const bottom = pdf.page.height - pdf.page.margins.bottom;
  const timeWidth = Math.min(78, (width * 0.55) / programme.zones.length);
  const textX = left + timeWidth * programme.zones.length + 8;
  const textWidth = left + width - textX;
  const country = countryNames(doc);

  pdf.font('bold').fontSize(16).text(event.title, left, pdf.y, { width });
  pdf.font('body').fontSize(10).text([event.venue, event.date].filter(Boolean).join(' · '), { width });
  pdf.moveDown(0.6);
  const header = () => {
    const y = pdf.y;
    pdf.font('bold').fontSize(8);
    const labels = programme.zones.map((zone, i) => (i === 0 ? words('agendaFiles.doc.time', { place: zone.label }) : zone.label));
    labels.forEach((label, i) => pdf.text(label, left + i * timeWidth, y, { width: timeWidth - 4 }));
    pdf.text(words('agendaFiles.doc.programme'), textX, y, { width: textWidth });
    const height = Math.max(...labels.map((label) => pdf.heightOfString(label, { width: timeWidth - 4 })), pdf.heightOfString(words('agendaFiles.doc.programme'), { width: textWidth }));
    pdf.moveTo(left, y + height + 2).lineTo(left + width, y + height + 2).lineWidth(0.5).stroke();
    pdf.y = y + height + 8;
  };
  header();
  let part: string | null = null;
  for (const item of programme.items) {
    const lines = details(item, words, country);
    pdf.font('bold').fontSize(10);
    const partHeight = item.partTitle !== part ? pdf.heightOfString(item.partTitle, { width }) + 6 : 0;
    const titleHeight = pdf.heightOfString(item.segment.title, { width: textWidth });
    pdf.font('body').fontSize(8.5);
    const height = partHeight + titleHeight + lines.reduce((h, line) => h + pdf.heightOfString(line, { width: textWidth }), 0) + 6;
    if (pdf.y + height > bottom) {
      pdf.addPage();
      header();
    }
    if (item.partTitle !== part) {
      part = item.partTitle;
      pdf.font('bold').fontSize(11).text(part, left, pdf.y, { width });
      pdf.y += 3;
    }
    const y = pdf.y;
    pdf.font('body').fontSize(9);
    programme.zones.forEach((_, i) => pdf.text(localSpan(item, i, event.date), left + i * timeWidth, y, { width: timeWidth - 4, lineBreak: false }));
    pdf.font('bold').fontSize(10).text(item.segment.title, textX, y, { width: textWidth });
    pdf.font('body').fontSize(8.5);
    for (const line of lines) pdf.text(line, textX, pdf.y, { width: textWidth });
    pdf.y += 6;
  }
  pdf.moveDown(1);
  pdf.font('body').fontSize(7.5).fillColor('#555555').text(words('agendaFiles.doc.made', { date: new Date(madeAt).toISOString().slice(0, 10) }), left, pdf.y, { width });
  pdf.end();
  return done;
}

/** The agenda as a workbook: the import's columns on the first sheet (it imports again), each zone's planned times on the second. */
export async function agendaXlsx(doc: SessionDoc): Promise<Buffer> {
  const words = wordsOf(doc);
  const programme = programmeOf(doc);
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = 'Moderator Console';
  const agenda = workbook.addWorksheet('Run of show', { views: [{ state: 'frozen', ySplit: 1 }] });
  agenda.addRows(agendaRows(doc));
  agenda.getRow(1).font = { bold: true };
  agenda.columns.forEach((column, i) => (column.width = [24, 40, 12, 14, 12, 24, 60][i] ?? 16));
  const times = workbook.addWorksheet(words('agendaFiles.doc.localTimes').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  times.addRow([words('agendaFiles.part'), words('agendaFiles.title'), ...programme.zones.map((zone) => `${zone.label} (${zone.timeZone})`)]);
  for (const item of programme.items) times.addRow([item.partTitle, item.segment.title, ...item.local.map((_, i) => localSpan(item, i, programme.event.date))]);
  times.getRow(1).font = { bold: true };
  times.columns.forEach((column, i) => (column.width = i === 1 ? 40 : 22));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One VEVENT per segment at its planned times, in UTC (calendars show it in their own zone); each zone's times in the description. */
export function agendaIcs(doc: SessionDoc, madeAt: number): string {
  const words = wordsOf(doc);
  const programme = programmeOf(doc);
  const { event } = programme;
  const country = countryNames(doc);
  const calendar = ical({ name: event.title, prodId: { company: 'Moderator Console', product: 'Moderator Console', language: doc.settings.language.toUpperCase() } });
  for (const item of programme.items) {
    const description = [
      words('agendaFiles.doc.calendarDescription', { part: item.partTitle }),
      ...details(item, words, country),
      '',
      `${words('agendaFiles.doc.localTimes')}:`,
      ...programme.zones.map((zone, i) => `${zone.label}: ${localSpan(item, i, event.date)}`),
    ].join('\n');
    calendar.createEvent({
      id: `${item.segment.id}@moderator-console`,
      start: new Date(item.start),
      end: new Date(item.end),
      stamp: new Date(madeAt),
      summary: item.segment.title,
      description,
      location: event.venue,
    });
  }
  return calendar.toString();
}

const FILES: Record<AgendaExportFormat, { contentType: string; extension: string; name: string }> = {
  pdf: { contentType: 'application/pdf', extension: 'pdf', name: 'programme' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', name: 'agenda' },
  ics: { contentType: 'text/calendar; charset=utf-8', extension: 'ics', name: 'agenda' },
  template: { contentType: 'text/csv; charset=utf-8', extension: 'csv', name: 'agenda-template' },
};

async function agendaBytes(doc: SessionDoc, format: AgendaExportFormat, madeAt: number): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return programmePdf(doc, madeAt);
    case 'xlsx':
      return agendaXlsx(doc);
    case 'ics':
      return Buffer.from(agendaIcs(doc, madeAt), 'utf8');
    case 'template':
      return Buffer.from(agendaTemplateCsv(), 'utf8');
  }
}

/** The file of a format, as bytes and as the name and type a save dialog or a download needs. */
export async function agendaFile(doc: SessionDoc, format: AgendaExportFormat, madeAt: number): Promise<{ fileName: string; contentType: string; extensions: string[]; bytes: Buffer }> {
  const spec = FILES[format];
  const bytes = await agendaBytes(doc, format, madeAt);
  return { fileName: format === 'template' ? `${spec.name}.${spec.extension}` : `${spec.name}-${doc.event.date}.${spec.extension}`, contentType: spec.contentType, extensions: [spec.extension], bytes };
}

export async function agendaDownload(doc: SessionDoc, format: AgendaExportFormat, madeAt: number): Promise<BinaryFile> {
  const { bytes, ...file } = await agendaFile(doc, format, madeAt);
  return { ...file, base64: bytes.toString('base64') };
}
