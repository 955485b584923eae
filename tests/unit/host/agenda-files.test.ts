/**
 * The agenda's files, read back with other programs' readers: the
 * calendar with ical.js (each delegation's zone reads its own local
 * times), the workbook with exceljs (and it imports again), the programme
 * PDF with pdftotext. And agenda files that are not what they claim.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startServer } from '../../../electron/host/net/server';
import { LanAccess } from '../../../electron/host/net/lan-access';
import { storeRows } from './store-copy';
import { CALL_PATH, type CallResult } from '../../../shared/contract/protocol';
import type { AgendaPreviewOutcome } from '../../../shared/contract/files';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { agendaFile, agendaIcs, agendaXlsx, previewAgenda, programmePdf } from '../../../electron/host/transfer/agenda-files';
import { agendaRows } from '../../../shared/run-of-show/agenda-sheet';
import { allSegments } from '../../../shared/run-of-show/model';
import { localClock, localDateOf, timeOfDayIn } from '../../../shared/kernel/timezones';
import type { EpochMs } from '../../../shared/kernel/units';
import type { SessionDoc } from '../../../shared/session/document';
import { almaty, manualClock, openHost, Story, tempDir } from '../helpers';

const MADE_AT = almaty('08:00');
/** PDF, workbooks, pdftotext and a real server: more than the default 5 s on a loaded machine. */
const HEAVY_MS = 30_000;

/** A wall-clock time in a zone, as a delegate's calendar shows it. */
function localTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

function exampleDoc(): SessionDoc {
  return new Story().doc;
}

async function pdfText(doc: SessionDoc, label: string): Promise<string> {
  const dir = await tempDir(label);
  const path = join(dir, 'programme.pdf');
  writeFileSync(path, await programmePdf(doc, MADE_AT));
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('the calendar (.ics)', { timeout: HEAVY_MS }, () => {
  it('opens in every delegation at its own local times (Almaty was UTC+6 in 2023, Tashkent UTC+5)', () => {
    const doc = exampleDoc();
    const text = agendaIcs(doc, MADE_AT);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const segments = allSegments(doc);
    expect(events.map((e) => e.summary)).toEqual(segments.map((s) => s.title));
    expect(events.map((e) => e.uid)).toEqual(segments.map((s) => `${s.id}@moderator-console`));
    const first = events[0]!.startDate.toJSDate();
    expect(first.toISOString()).toBe('2023-10-16T04:00:00.000Z');
    const expected: Record<string, string> = { 'Asia/Almaty': '10:00', 'Asia/Bishkek': '10:00', 'Asia/Dushanbe': '09:00', 'Asia/Ashgabat': '09:00', 'Asia/Tashkent': '09:00' };
    for (const zone of doc.event.participantZones) expect([zone.label, localTime(first, zone.timeZone)]).toEqual([zone.label, expected[zone.timeZone]]);
    expect(events[0]!.description).toContain('Tashkent: 09:00–');
    for (const [i, event] of events.entries()) {
      expect(event.startDate.zone?.tzid).toBe('UTC');
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(segments[i]!.plannedDurationMs);
    }
  });

  it('is RFC 5545 text: CRLF lines of at most 75 octets, with commas, semicolons and long Cyrillic titles escaped and folded', () => {
    const story = new Story();
    const id = allSegments(story.doc)[0]!.id;
    const title = 'Итоги; решения, рекомендации \\ и "следующие шаги" — заключительное слово председателя Диалога женщин-лидеров Центральной Азии';
    story.apply({ type: 'segment.update', segmentId: id, patch: { title } });
    const text = agendaIcs(story.doc, MADE_AT);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(title);
  });
});

describe('the workbook (.xlsx)', { timeout: HEAVY_MS }, () => {
  it('holds the import columns on its first sheet, reads back with exceljs, and imports again', async () => {
    const doc = exampleDoc();
    const bytes = await agendaXlsx(doc);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const [agenda, times] = workbook.worksheets;
    const rows: unknown[][] = [];
    agenda!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => v ?? '')));
    expect(rows.map((r) => [...r, ...Array(7 - r.length).fill('')])).toEqual(agendaRows(doc));
    const header = (times!.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Tashkent (Asia/Tashkent)');
    const tashkent = header.indexOf('Tashkent (Asia/Tashkent)') + 1;
    expect(String(times!.getRow(2).getCell(tashkent).value)).toMatch(/^09:00–/);

    const again = await previewAgenda(doc, bytes, 'agenda.xlsx', 'replace');
    expect(again.status).toBe('preview');
    if (again.status !== 'preview') return;
    expect(again.preview.issues).toEqual([]);
    expect(again.preview.rows.length).toBe(allSegments(doc).length);
  });

  it('reads an organiser workbook with time-formatted cells, and refuses its formulas by cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Agenda');
    sheet.addRow(['Part', 'Title', 'Duration', 'Fixed start']);
    sheet.addRow(['Morning', 'Opening', new Date(Date.UTC(1899, 11, 30, 0, 30)), new Date(Date.UTC(1899, 11, 30, 10, 0))]);
    sheet.addRow(['', 'Total', { formula: 'SUM(C2:C2)', result: 30 }, '']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const outcome = await previewAgenda(exampleDoc(), bytes, 'organiser.xlsx', 'replace');
    if (outcome.status !== 'preview') throw new Error(JSON.stringify(outcome));
    expect(outcome.preview.rows[0]).toMatchObject({ row: 2, title: 'Opening', durationMs: 30 * 60_000, hardStart: '10:00' });
    expect(outcome.preview.issues).toEqual([{ severity: 'error', row: 3, column: 'Duration (C)', message: expect.stringContaining('is a formula (=SUM(C2:C2))') }]);
    expect(outcome.preview.command).toBeNull();
  });
});

describe('agenda files that are not what they claim', { timeout: HEAVY_MS }, () => {
  const doc = exampleDoc();
  const preview = (bytes: Uint8Array, name: string) => previewAgenda(doc, bytes, name, 'replace');

  it('says what is wrong with the file as a whole', async () => {
    expect(await preview(new Uint8Array(), 'empty.csv')).toEqual({ status: 'failed', where: 'file', message: 'is empty' });
    expect(await preview(Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x2c, 0xff, 0xfe, 0x0a]), 'latin1.csv')).toMatchObject({ message: expect.stringContaining('is not UTF-8 text') });
    const windows1251 = Buffer.from([0xcd, 0xe0, 0xe7, 0xe2, 0xe0, 0xed, 0xe8, 0xe5, 0x2c, 0xc4, 0xeb, 0xe8, 0xf2, 0x0a]); // "Название,Длит" in Windows-1251
    expect(await preview(windows1251, 'cp1251.csv')).toMatchObject({ message: expect.stringContaining('is not UTF-8 text') });
    expect(await preview(Buffer.from('\uFEFFTitle,Duration', 'utf16le'), 'excel-unicode.csv')).toMatchObject({ message: expect.stringContaining('UTF-16') });
    expect(await preview(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')).toMatchObject({ message: expect.stringContaining('old Excel file') });
    expect(await preview(Buffer.from('Title,Duration\nA,5\n'), 'renamed.xlsx')).toMatchObject({ message: expect.stringContaining('is not an Excel workbook') });
    expect(await preview(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'broken.xlsx')).toMatchObject({ message: expect.stringContaining('is not a readable XLSX workbook') });
    expect(await preview(new Uint8Array(5 * 1024 * 1024 + 1), 'huge.csv')).toMatchObject({ message: 'is larger than 5 MB' });
    // A workbook whose sheet unpacks to 100 MB of spaces: 100 KB packed, refused before it is inflated.
    const bomb = new ExcelJS.Workbook();
    bomb.addWorksheet('Agenda').addRow(['Title', 'Duration']);
    const packed = await bomb.xlsx.writeBuffer();
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(packed);
    zip.file('xl/sharedStrings.xml', ' '.repeat(100 * 1024 * 1024), { compression: 'DEFLATE' });
    const bombBytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bombBytes.length).toBeLessThan(1024 * 1024);
    expect(await preview(bombBytes, 'bomb.xlsx')).toMatchObject({ status: 'failed', message: expect.stringContaining('unpacks to more than 64 MB') });
    expect(await preview(Buffer.from('Title,Duration\nA\u0000,5\n'), 'nul.csv')).toMatchObject({ message: expect.stringContaining('NUL') });
  });
});

describe('the programme (.pdf)', { timeout: HEAVY_MS }, () => {
  it('prints each segment with the venue’s and every delegation’s local times (checked with pdftotext)', async () => {
    const doc = exampleDoc();
    const text = await pdfText(doc, 'programme');
    expect(text).toContain(doc.event.title.slice(0, 30));
    for (const zone of doc.event.participantZones) expect(text).toContain(zone.label);
    const first = allSegments(doc)[0]!;
    const line = text.split('\n').find((l) => l.includes(first.title.slice(0, 20)))!;
    expect(line).toBeDefined();
    // Venue (Almaty) and Astana, Bishkek at 10:00; Dushanbe, Ashgabat, Tashkent at 09:00.
    expect(line.match(/\d\d:\d\d–\d\d:\d\d/g)!.map((t) => t.slice(0, 5))).toEqual(['10:00', '10:00', '10:00', '09:00', '09:00', '09:00']);
  });

  it('prints Cyrillic in a Russian session with the embedded font', async () => {
    const story = new Story();
    story.apply({ type: 'settings.language', language: 'ru' });
    story.apply({ type: 'segment.update', segmentId: allSegments(story.doc)[0]!.id, patch: { title: 'Открытие конференции' } });
    const text = await pdfText(story.doc, 'programme-ru');
    expect(text).toContain('Открытие конференции');
    expect(text).toContain('Программа');
  });

  it('prints the national languages’ own letters (Kazakh, Tajik, Turkmen) with the embedded font', async () => {
    const story = new Story();
    story.apply({ type: 'settings.language', language: 'kk' });
    const title = 'Әйелдер қатысуы ғана емес: ұсыныстар, үндеу, һәм іс — Ҷамъбаст ӣ ӯ ҳ — Türkmenistan ýaşlary ň ž ş ç ä';
    story.apply({ type: 'segment.update', segmentId: allSegments(story.doc)[0]!.id, patch: { title } });
    const text = (await pdfText(story.doc, 'programme-kk')).replace(/\s+/g, ' ');
    expect(text).toContain('Бағдарлама');
    expect(text).toContain(title);
  });

  it('names each file after the event date', async () => {
    const doc = exampleDoc();
    expect((await agendaFile(doc, 'pdf', MADE_AT)).fileName).toBe('programme-2023-10-16.pdf');
    expect((await agendaFile(doc, 'ics', MADE_AT)).contentType).toBe('text/calendar; charset=utf-8');
  });
});

/** A method call over serve mode's HTTP route, as a browser makes it for calls larger than a frame. */
function call(port: number, method: string, args: unknown, token?: string): Promise<{ status: number; body: CallResult<unknown> }> {
  const body = JSON.stringify(args);
  return new Promise((resolve, reject) => {
    const path = `${CALL_PATH}${method}${token === undefined ? '' : `?token=${token}`}`;
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as CallResult<unknown> }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function served() {
  const root = await tempDir('agenda');
  const dataDir = join(root, 'data');
  const host = await openHost({ dataDir, clock: manualClock(almaty('09:00')), appVersion: '0.1.0' });
  const lan = await LanAccess.load(dataDir, 0);
  await lan.update({ enabled: true });
  const server = await startServer({ host, staticDir: root, listen: { hostname: '127.0.0.1', port: 0 }, lan, lanHostname: '127.0.0.1' });
  onTestFinished(() => server.close());
  return { host, dataDir, port: server.port!, lanPort: server.lanStatus().port!, lan };
}

describe('agenda methods over serve mode', { timeout: HEAVY_MS }, () => {
  it('imports a 1000-segment agenda (larger than a WebSocket frame) as one journaled step that one undo takes back', async () => {
    const { host, port, dataDir } = await served();
    const before = host.current.doc.parts;
    const csv = ['Part,Title,Duration,Speakers', ...Array.from({ length: 1000 }, (_, i) => `Day ${Math.floor(i / 100) + 1},Segment ${i + 1} — Сегмент,5,"Спикер ${i + 1} (KZ, 3); Speaker ${i + 1} (UZ, 2)"`)].join('\n');
    const previewed = await call(port, 'agenda.preview', { fileName: 'long.csv', data: Buffer.from(csv).toString('base64'), mode: 'append' });
    expect(previewed.status).toBe(200);
    const outcome = (previewed.body as { ok: true; value: AgendaPreviewOutcome }).value;
    if (outcome.status !== 'preview') throw new Error(JSON.stringify(outcome));
    expect(outcome.preview.issues).toEqual([]);
    expect(JSON.stringify({ command: outcome.preview.command }).length).toBeGreaterThan(256 * 1024);
    const imported = await call(port, 'agenda.import', { command: outcome.preview.command });
    expect(imported).toMatchObject({ status: 200, body: { ok: true } });
    expect(allSegments(host.current.doc)).toHaveLength(allSegments({ parts: before }).length + 1000);
    // One stored command on disk, whatever its size.
    expect((await storeRows(dataDir)).commands.filter((row) => row.cmd.type === 'plan.import')).toHaveLength(1);
    expect(host.getSnapshot().meta.history.runOfShow.nextUndo).toEqual({ action: 'importPlan', subject: 'long.csv' });
    await host.dispatch({ type: 'history.undo', scope: 'runOfShow' });
    expect(host.current.doc.parts).toEqual(before);
  });

  it('changes nothing when the import is refused, and answers a bad preview request with the field', async () => {
    const { host, port } = await served();
    await host.dispatch({ type: 'segment.setStatus', segmentId: allSegments(host.current.doc)[0]!.id, status: 'live', offDay: 'keepEventDate' });
    const state = host.current;
    const command = { type: 'plan.import', mode: 'replace', source: 'x.csv', parts: [{ title: 'A', segments: [{ title: 'B', speakers: [] }] }] };
    expect(await call(port, 'agenda.import', { command })).toMatchObject({ status: 409, body: { ok: false, error: { field: 'mode' } } });
    expect(await call(port, 'agenda.import', { command: { ...command, parts: [{ title: '__proto__', segments: [{ title: 'B', speakers: [], status: 'done' }] }] } })).toMatchObject({ status: 400 });
    expect(await call(port, 'agenda.preview', { fileName: 'x.csv', data: 'not base64!', mode: 'replace' })).toMatchObject({ status: 400, body: { ok: false, error: { field: 'args.data' } } });
    expect(await call(port, 'agenda.export', { format: 'docx' })).toMatchObject({ status: 400, body: { ok: false, error: { field: 'args.format' } } });
    expect(host.current).toBe(state);
  });

  it('is the run-of-show’s: a control token may, a view or rapporteur token may not', async () => {
    const { lanPort, lan } = await served();
    const { viewToken, rapporteurToken, controlToken } = lan.current;
    const data = Buffer.from('Title,Duration\nA,5\n').toString('base64');
    for (const token of [viewToken, rapporteurToken]) {
      expect((await call(lanPort, 'agenda.export', { format: 'pdf' }, token)).status).toBe(403);
      expect((await call(lanPort, 'agenda.preview', { fileName: 'a.csv', data, mode: 'replace' }, token)).status).toBe(403);
    }
    const pdf = await call(lanPort, 'agenda.export', { format: 'ics' }, controlToken);
    expect(pdf).toMatchObject({ status: 200, body: { ok: true, value: { fileName: 'agenda-2023-10-16.ics' } } });
  });
});

describe('local clocks for whole programmes', { timeout: HEAVY_MS }, () => {
  it('agree with date-fns-tz through a year in each zone, either side of its clock changes', () => {
    const zones = ['Asia/Almaty', 'Asia/Tashkent', 'Europe/Brussels', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata'];
    for (const zone of zones) {
      const changes = ['2024-03-31T00:59Z', '2024-03-31T01:00Z', '2024-10-27T00:59Z', '2024-10-27T01:00Z', '2024-04-07T02:59Z', '2024-04-07T03:00Z', '2024-09-08T03:59Z', '2024-09-08T04:00Z', '2024-04-06T14:59Z', '2024-04-06T15:00Z'];
      const instants = [...changes.map((c) => Date.parse(c)), ...Array.from({ length: 1200 }, (_, i) => Date.UTC(2024, 0, 1) + i * 433 * 60_000)];
      for (const at of instants) expect(localClock(at, zone)).toEqual({ date: localDateOf(at, zone), time: timeOfDayIn(at as EpochMs, zone) });
    }
  });
});

describe('the programme across dates', { timeout: HEAVY_MS }, () => {
  it('gives a delegation whose day differs its own date (Santiago reads the Almaty morning on the evening before)', async () => {
    const story = new Story();
    story.apply({ type: 'event.update', patch: { participantZones: [...story.doc.event.participantZones, { label: 'Santiago', timeZone: 'America/Santiago' }] } });
    const text = await pdfText(story.doc, 'programme-dates');
    const first = allSegments(story.doc)[0]!;
    const line = text.split('\n').find((l) => l.includes(first.title.slice(0, 20)))!;
    // 2023-10-16 04:00 UTC is 01:00 on 16 October in Santiago (UTC-3 in its summer time).
    expect(line).toContain('01:00–01:30');
    const ics = agendaIcs(story.doc, MADE_AT);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.description).toContain('Santiago: 01:00–01:30');
    const evening = new Story();
    evening.apply({ type: 'event.update', patch: { dayStart: '06:00', participantZones: [{ label: 'Santiago', timeZone: 'America/Santiago' }] } });
    evening.apply({ type: 'segment.update', segmentId: allSegments(evening.doc)[0]!.id, patch: { hardStart: '06:00' } });
    const early = new ICAL.Event(new ICAL.Component(ICAL.parse(agendaIcs(evening.doc, MADE_AT))).getFirstSubcomponent('vevent')!);
    expect(early.description).toContain('Santiago: 21:00–21:30 (2023-10-15)');
    expect(localTime(early.startDate.toJSDate(), 'America/Santiago')).toBe('21:00');
  });
});
