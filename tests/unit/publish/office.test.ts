/**
 * The published files as people open them: the PDFs in a PDF reader
 * (pdftotext, pdffonts), the DOCX files in LibreOffice Writer (converted to
 * PDF by LibreOffice headless, then read), the workbook and the CSV files
 * in LibreOffice Calc (converted to flat ODS by LibreOffice headless, and
 * every cell read back with its type). These tools are Debian packages
 * (`.ci/run` installs them); without them this file fails and says how to
 * install them, never skips. LibreOffice starts slowly on two cores: the
 * files are converted in three runs, with a budget each.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFor, fileBytes } from '../../../electron/host/transfer/files';
import { SessionHost } from '../../../electron/host/session/session-host';
import type { ExportFormat } from '../../../shared/session/exports';
import { almaty, manualClock, segmentIdByTitle } from '../helpers';

const run = promisify(execFile);
const INSTALL = 'DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils unzip';
/** One LibreOffice conversion, profile creation included on the first. */
const SOFFICE_BUDGET_MS = 90_000;

/** Found on PATH as `which` finds it, on every system (Windows: with its executable extensions). */
function onPath(name: string): boolean {
  const extensions = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && extensions.some((ext) => existsSync(join(dir, `${name}${ext}`))));
}

function tool(name: string): void {
  if (!onPath(name)) throw new Error(`${name} is not installed: these tests open the exported files as people do. Install it with:\n  ${INSTALL}\n(.github/workflows/desktop.yml says how on macOS and Windows)`);
}

const KAZAKH = 'Әйелдердің бейбітшілік процестеріне қатысуын арттыру: ғ қ ң ө ұ ү һ і';
const RUSSIAN = 'Учредить региональную сеть женщин-медиаторов (ёлка, й)';
const PHONE = 'Hotline +7 701 123 45 67';
const HOSTILE = '=HYPERLINK("http://evil.example","click")';

interface Files {
  dir: string;
  paths: Record<string, string>;
}

/** A rapporteur's day on a host: agreed and not-agreed records in three scripts, a roadmap, a speaker who finished early. */
async function day(): Promise<{ host: SessionHost; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'moderator-office-'));
  const clock = manualClock(almaty('10:00'));
  const host = await SessionHost.open({ dataDir: join(dir, 'data'), clock, appVersion: '0.1.0' });
  const send = async (command: Parameters<SessionHost['dispatch']>[0]) => {
    clock.advance(60_000);
    const result = await host.dispatch(command);
    if (!result.ok) throw new Error(result.error.message);
  };
  const panel = segmentIdByTitle(host.current.doc, 'How the WPS agenda');
  await send({ type: 'segment.setStatus', segmentId: panel, status: 'live' });
  await send({ type: 'timer.select', segmentId: panel });
  await send({ type: 'timer.start' });
  clock.advance(126_000);
  await send({ type: 'timer.next' });
  await send({ type: 'timer.pause' });
  await send({
    type: 'rec.add',
    recommendation: {
      text: KAZAKH,
      title: 'Қатысу',
      status: 'agreed',
      pillar: 'participation',
      addressees: ['parliaments', 'UN'],
      countries: ['KZ'],
      segmentId: panel,
      roadmap: { lead: 'Парламент Республики Казахстан', partners: 'UN Women', due: '2024-06-30', mechanism: 'regional-platform' },
    },
  });
  await send({ type: 'rec.add', recommendation: { text: RUSSIAN, status: 'agreed', pillar: 'prevention', addressees: ['governments'], priority: 'high', rapporteur: PHONE } });
  await send({ type: 'rec.add', recommendation: { text: 'Quotas of 30% for women in parliaments', title: HOSTILE, status: 'not-agreed', pillar: 'participation' } });
  return { host, dir };
}

async function save(host: SessionHost, dir: string, formats: Array<[ExportFormat, string, { annex?: boolean }?]>): Promise<Files> {
  const paths: Record<string, string> = {};
  for (const [format, name, options] of formats) {
    const file = await exportFor(host, format, options ?? {});
    paths[name] = join(dir, name);
    await writeFile(paths[name], fileBytes(file));
  }
  return { dir, paths };
}

async function soffice(dir: string, target: string, inputs: string[], infilter?: string): Promise<void> {
  const profile = `file://${join(dir, 'lo-profile')}`;
  await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', target, '--outdir', join(dir, 'converted'), ...inputs], {
    timeout: SOFFICE_BUDGET_MS,
  });
}

const pdfText = async (path: string) => (await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout;

interface OdsCell {
  type: string;
  value: string | null;
  text: string;
  formula: string | null;
}

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The cells of each table of a flat ODS file, by table name, empty trailing cells dropped. */
function odsTables(xml: string): Map<string, OdsCell[][]> {
  const tables = new Map<string, OdsCell[][]>();
  for (const table of xml.matchAll(/<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
    const rows: OdsCell[][] = [];
    for (const row of table[2]!.matchAll(/<table:table-row[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
      const cells: OdsCell[] = [];
      for (const cell of (row[1] ?? '').matchAll(/<table:(?:covered-)?table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g)) {
        const attrs = cell[1]!;
        const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;
        const repeat = Number(attr('table:number-columns-repeated') ?? 1);
        const text = [...(cell[2] ?? '').matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => unescapeXml(p[1]!.replace(/<text:s[^>]*\/>/g, ' ').replace(/<[^>]+>/g, ''))).join('\n');
        const value = attr('office:date-value') ?? attr('office:value');
        for (let i = 0; i < Math.min(repeat, 50); i++) cells.push({ type: attr('office:value-type') ?? 'empty', value, text, formula: attr('table:formula') });
      }
      while (cells.length > 0 && cells.at(-1)!.type === 'empty') cells.pop();
      if (cells.length > 0) rows.push(cells);
    }
    tables.set(unescapeXml(table[1]!), rows);
  }
  return tables;
}

describe('the published files in a PDF reader and in LibreOffice', () => {
  let files: Files;
  let host: SessionHost | undefined;
  afterAll(async () => {
    await host?.close();
    if (files) await rm(files.dir, { recursive: true, force: true });
  });
  beforeAll(async () => {
    for (const name of ['soffice', 'pdftotext', 'pdffonts', 'unzip']) tool(name);
    let dir: string;
    ({ host, dir } = await day());
    files = await save(host, dir, [
      ['report-pdf', 'outcome.pdf', { annex: true }],
      ['roadmap-pdf', 'roadmap.pdf'],
      ['xlsx', 'workbook.xlsx'],
      ['csv', 'recommendations.csv'],
      ['timing', 'timing.csv'],
    ]);
    await host.dispatch({ type: 'settings.language', language: 'ru' });
    Object.assign(files.paths, (await save(host, dir, [['report-docx', 'outcome-ru.docx', { annex: true }], ['roadmap-docx', 'roadmap-ru.docx']])).paths);
  }, 60_000);

  it('the outcome PDF: every script as text, fonts embedded, a running header and page numbers on every page', async () => {
    const text = await pdfText(files.paths['outcome.pdf']!);
    expect(text).toContain('Outcomes and agreed recommendations');
    expect(text).toContain('Әйелдердің бейбітшілік процестеріне қатысуын арттыру: ғ қ ң ө ұ ү һ і');
    expect(text).toContain(RUSSIAN);
    expect(text).toContain('Annex: recommendations not agreed');
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Outcomes and agreed recommendations · Conference on Women, Peace and Security');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const fonts = (await run('pdffonts', [files.paths['outcome.pdf']!])).stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) expect(font, 'every font embedded').toMatch(/NotoSans.*\byes\b.*\byes\b/);
  });

  it('the roadmap PDF: a table of the agreed actions, landscape, with its columns and the date written out', async () => {
    const text = (await run('pdftotext', ['-layout', '-enc', 'UTF-8', files.paths['roadmap.pdf']!, '-'])).stdout;
    expect(text).toMatch(/No\.\s+What\s+Who leads\s+With whom\s+By when\s+Civil-society/);
    expect(text).toMatch(/1\s+Учредить региональную сеть женщин-\s/);
    expect(text).toMatch(/2\s+Қатысу\s+Парламент\s+UN Women\s+30 June 2024\s+Seat in a regional\s+Planned/);
    expect(text).not.toContain('Quotas of 30%');
    expect(text).toContain('Page 1 of 1');
  });

  it(
    'the DOCX files open in LibreOffice Writer: headings, Russian words, Kazakh text, the header and page numbers',
    async () => {
      await soffice(files.dir, 'pdf', [files.paths['outcome-ru.docx']!, files.paths['roadmap-ru.docx']!]);
      const outcome = await pdfText(join(files.dir, 'converted', 'outcome-ru.pdf'));
      expect(outcome).toContain('Итоги и согласованные рекомендации');
      expect(outcome).toContain('Адресат: Парламенты');
      expect(outcome).toContain('Әйелдердің бейбітшілік процестеріне қатысуын арттыру');
      expect(outcome).toContain('Приложение: несогласованные рекомендации');
      expect(outcome).toMatch(/Страница 1 из \d/);
      expect(outcome).toContain('Итоги и согласованные рекомендации · Conference on Women, Peace and Security');
      const roadmap = await pdfText(join(files.dir, 'converted', 'roadmap-ru.pdf'));
      expect(roadmap).toContain('Дорожная карта сотрудничества');
      expect(roadmap).toContain('Кто отвечает');
      expect(roadmap).toMatch(/30 июня\s+2024 г\./);
      expect(roadmap).toMatch(/Место в\s+региональной\s+платформе/);
    },
    SOFFICE_BUDGET_MS + 10_000,
  );

  it(
    'the workbook opens in LibreOffice Calc: one sheet per view, numbers as numbers, dates as dates, nothing executed',
    async () => {
      await soffice(files.dir, 'fods', [files.paths['workbook.xlsx']!]);
      const tables = odsTables(await readFile(join(files.dir, 'converted', 'workbook.fods'), 'utf8'));
      expect([...tables.keys()]).toEqual(['Recommendations', 'Roadmap', 'Timing']);

      const recs = tables.get('Recommendations')!;
      expect(recs[0]!.slice(0, 4).map((c) => c.text)).toEqual(['ID', 'Title', 'Recommendation', 'Status']);
      const kazakh = recs.find((row) => row[2]?.text === KAZAKH)!;
      expect(kazakh[1]).toMatchObject({ type: 'string', text: 'Қатысу' });
      expect(kazakh[15]).toMatchObject({ type: 'date', value: '2023-10-16T10:08:06' });
      const hostile = recs.find((row) => row[1]?.text === HOSTILE)!;
      expect(hostile[1]).toMatchObject({ type: 'string', formula: null });
      expect(recs.find((row) => row[11]?.text === PHONE)![11]!.type).toBe('string');
      expect(recs.flat().every((c) => c.formula === null)).toBe(true);

      const roadmap = tables.get('Roadmap')!;
      expect(roadmap[0]!.map((c) => c.text)).toEqual(['No.', 'What', 'Who leads', 'With whom', 'By when', 'Civil-society participation', 'Status']);
      expect(roadmap[2]!.slice(0, 5)).toMatchObject([{ type: 'float', value: '2' }, { text: 'Қатысу' }, { text: 'Парламент Республики Казахстан' }, { text: 'UN Women' }, { type: 'date', value: '2024-06-30' }]);

      const timing = tables.get('Timing')!;
      const early = timing.find((row) => row[3]?.text === 'Civil society representative, Kazakhstan')!;
      expect(early.slice(9, 12)).toMatchObject([{ type: 'float', value: '8' }, { type: 'float', value: '3.1' }, { type: 'float', value: '-4.9' }]);
      const segment = timing.find((row) => row[2]?.text.startsWith('How the WPS agenda'))!;
      expect(segment[7]).toMatchObject({ type: 'time', text: '10:01:00' });

      // Frozen header rows and column widths are in the file's sheet views (LibreOffice headless keeps no view to read them from).
      const sheet1 = (await run('unzip', ['-p', files.paths['workbook.xlsx']!, 'xl/worksheets/sheet1.xml'])).stdout;
      expect(sheet1).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(sheet1).toMatch(/<col min="3" max="3" width="60/);
    },
    SOFFICE_BUDGET_MS + 10_000,
  );

  it(
    'the CSV files, read as UTF-8 by LibreOffice Calc: text exactly as typed, numbers as numbers, formulas neutralised',
    async () => {
      await soffice(files.dir, 'fods', [files.paths['recommendations.csv']!, files.paths['timing.csv']!], 'CSV:44,34,76,1');
      const recs = odsTables(await readFile(join(files.dir, 'converted', 'recommendations.fods'), 'utf8')).values().next().value!;
      expect(recs[0]![0]!.text).toBe('ID');
      expect(recs.find((row) => row[2]?.text === KAZAKH)).toBeDefined();
      expect(recs.find((row) => row[11]?.text === PHONE)![11]!.type).toBe('string');
      expect(recs.find((row) => row[1]?.text === `'${HOSTILE}`)![1]).toMatchObject({ type: 'string', formula: null });
      expect(recs.flat().every((c) => c.formula === null)).toBe(true);
      const timing = odsTables(await readFile(join(files.dir, 'converted', 'timing.fods'), 'utf8')).values().next().value!;
      const early = timing.find((row) => row[3]?.text === 'Civil society representative, Kazakhstan')!;
      expect(early.slice(9, 12)).toMatchObject([{ type: 'float', value: '8' }, { type: 'float', value: '3.1' }, { type: 'float', value: '-4.9' }]);
    },
    SOFFICE_BUDGET_MS + 10_000,
  );
});
