/**
 * Where export files go outside the renderer, on real sockets and real
 * files: the files methods over serve mode's HTTP call route (local
 * console only, size-limited, durable once answered), and `npm run
 * export`, which reads a data dir and never writes to it.
 */
import { request } from 'node:http';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startServer } from '../../../electron/host/net/server';
import { LanAccess } from '../../../electron/host/net/lan-access';
import { runExport } from '../../../electron/host/transfer/offline-export';
import type { SessionHost } from '../../../electron/host/session/session-host';
import { buildExport, serializeExport } from '../../../shared/recommendations/files/format';
import type { ImportOutcome } from '../../../shared/contract/files';
import { CALL_PATH, type CallResult } from '../../../shared/contract/protocol';
import type { ExportFile } from '../../../shared/session/exports';
import { allRecommendations } from '../../../shared/recommendations/model';
import { almaty, manualClock, openHost, segmentIdByTitle, tempDir } from '../helpers';
import { storeRows } from './store-copy';
import { Rapporteur, expectValidExport } from '../recommendations/fixtures';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function http(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function served(): Promise<{ host: SessionHost; port: number; lanPort: number; lan: LanAccess; dataDir: string }> {
  const root = await tempDir('transfer');
  const dataDir = join(root, 'data');
  const host = await openHost({ dataDir, clock: manualClock(almaty('10:00')), appVersion: '0.1.0' });
  const lan = await LanAccess.load(dataDir, 0);
  await lan.update({ enabled: true });
  const server = await startServer({ host, staticDir: root, listen: { hostname: '127.0.0.1', port: 0 }, lan, lanHostname: '127.0.0.1' });
  onTestFinished(() => server.close());
  return { host, port: server.port!, lanPort: server.lanStatus().port!, lan, dataDir };
}

/** A call over HTTP, as the browser makes it for calls larger than a frame. */
const call = (port: number, method: string, body: string | Buffer, headers: Record<string, string> = {}, path = `${CALL_PATH}${method}`) =>
  http(port, path, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });

const exportCall = async (port: number, format: string) => JSON.parse((await call(port, 'files.export', JSON.stringify({ format }))).body) as CallResult<ExportFile>;
const upload = (port: number, text: string, headers: Record<string, string> = {}) => call(port, 'files.import', JSON.stringify({ fileName: 'Дильноза.json', text }), headers);

/** Another rapporteur's export with two records, one in Russian. */
function theirFile(): string {
  const other = new Rapporteur(9);
  other.add('Учредить региональную сеть женщин-медиаторов', { segmentId: other.segment('How the WPS agenda'), rapporteur: 'Дильноза' });
  other.add('Support cross-border women’s networks');
  return serializeExport(buildExport(other.doc, { exportedAt: other.clock.now(), appVersion: '0.1.0' }));
}

describe('files over the method map (serve mode)', () => {
  it('exports every format, the JSON valid against the schema', async () => {
    const { host, port } = await served();
    await host.dispatch({ type: 'rec.add', recommendation: { text: 'Әйелдердің қатысуын арттыру', rapporteur: 'Айгерим' } });
    const json = await exportCall(port, 'json');
    if (!json.ok) throw new Error(json.error.message);
    expect(json.value).toMatchObject({ fileName: 'recommendations-2023-10-16.json', contentType: 'application/json; charset=utf-8' });
    const data = JSON.parse(json.value.body) as { recommendations: Array<{ text: string }> };
    expectValidExport(data);
    expect(data.recommendations[0]!.text).toBe('Әйелдердің қатысуын арттыру');
    expect(await exportCall(port, 'csv')).toMatchObject({ ok: true, value: { body: expect.stringMatching(/^\uFEFFID,/) } });
    await host.dispatch({ type: 'rec.update', id: allRecommendations(host.current.doc.recommendations)[0]!.id, patch: { status: 'agreed' } });
    expect(await exportCall(port, 'report')).toMatchObject({ ok: true, value: { contentType: 'text/html; charset=utf-8', body: expect.stringContaining('Әйелдердің қатысуын арттыру') } });
    for (const format of ['report-pdf', 'report-docx', 'roadmap-pdf', 'roadmap-docx', 'xlsx'] as const) {
      const file = await exportCall(port, format);
      if (!file.ok) throw new Error(file.error.message);
      expect(file.value.encoding).toBe('base64');
      const bytes = Buffer.from(file.value.body, 'base64');
      expect(bytes.subarray(0, 4).toString('latin1'), format).toBe(format.endsWith('pdf') ? '%PDF' : 'PK\u0003\u0004');
    }
    expect(await exportCall(port, 'timing')).toMatchObject({ ok: true, value: { fileName: 'timing-report-2023-10-16.csv' } });
    expect(await exportCall(port, 'pdf')).toMatchObject({ ok: false, error: { code: 'invalid', field: 'args.format' } });
    expect(JSON.parse((await call(port, 'files.export', JSON.stringify({ format: 'report', options: { annex: 'yes' } }))).body)).toMatchObject({ ok: false, error: { code: 'invalid', field: 'args.options.annex' } });
    // The PDF and XLSX writers load on the first such export (seconds on a shared machine): an explicit budget.
  }, 60_000);

  it('imports a file through one stored command that survives a restart', async () => {
    const { host, port, dataDir } = await served();
    const reply = await upload(port, theirFile());
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { status: 'imported', source: 'Дильноза.json', summary: { added: 2, updated: 0, unchanged: 0, conflicts: 0 } } satisfies ImportOutcome });
    expect((await storeRows(dataDir)).commands.filter((c) => c.cmd.type === 'rec.import')).toHaveLength(1);
    const ru = allRecommendations(host.current.doc.recommendations).find((r) => r.rapporteur === 'Дильноза')!;
    expect(ru.segmentId).toBe(segmentIdByTitle(host.current.doc, 'How the WPS agenda'));
    await host.close();
    const reopened = await openHost({ dataDir, clock: manualClock(almaty('11:00')) });
    expect(allRecommendations(reopened.current.doc.recommendations)).toHaveLength(2);
  });

  it('refuses a bad file with what and where, and changes nothing', async () => {
    const { host, port, dataDir } = await served();
    const before = host.current;
    const storedBefore = (await storeRows(dataDir)).commands.length;
    const truncated = JSON.parse((await upload(port, theirFile().slice(0, 500))).body) as CallResult<ImportOutcome>;
    expect(truncated).toMatchObject({ ok: true, value: { status: 'failed', where: expect.stringMatching(/^line \d+, column \d+$/) } });
    const wrong = JSON.parse((await upload(port, theirFile().replace('"countries": []', '"countries": ["Atlantis"]'))).body) as CallResult<ImportOutcome>;
    expect(wrong).toMatchObject({ ok: true, value: { status: 'failed', where: '$.recommendations[0].countries[0]' } });
    const notUtf8 = await call(port, 'files.import', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(JSON.parse(notUtf8.body)).toEqual({ ok: false, error: { code: 'invalid', field: 'request', message: 'the body is not JSON in UTF-8' } });
    expect(host.current).toBe(before);
    expect((await storeRows(dataDir)).commands).toHaveLength(storedBefore);
  });

  it('refuses a call over its size before reading it: 20 MB for an import, a frame for anything else', async () => {
    const { port } = await served();
    const big = await upload(port, ' '.repeat(21 * 1024 * 1024));
    expect(big.status).toBe(400);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, error: { field: 'request', message: 'is larger than 20 MB' } });
    const bigExport = await call(port, 'files.export', JSON.stringify({ format: 'json', pad: ' '.repeat(300 * 1024) }));
    expect(JSON.parse(bigExport.body)).toMatchObject({ ok: false, error: { field: 'request' } });
  });

  it('serves the local console only: not network views, not other sites, not a rebound host name', async () => {
    const { port, lanPort, lan } = await served();
    const token = lan.current.controlToken;
    expect((await call(lanPort, 'files.export', JSON.stringify({ format: 'json' }), {}, `${CALL_PATH}files.export?token=${token}`)).status).toBe(403);
    expect((await call(lanPort, 'files.import', JSON.stringify({ fileName: 'x.json', text: theirFile() }), {}, `${CALL_PATH}files.import?token=${token}`)).status).toBe(403);
    expect((await call(port, 'files.export', JSON.stringify({ format: 'json' }), { Host: 'attacker.example:80' })).status).toBe(403);
    expect((await upload(port, theirFile(), { Origin: 'http://attacker.example' })).status).toBe(403);
    expect((await upload(port, theirFile(), { 'Content-Type': 'text/plain' })).status).toBe(403);
    expect((await http(port, `${CALL_PATH}files.export`)).status).toBe(405);
  });
});

/** Every file in a dir with its bytes, to prove a dir was not touched. */
async function contents(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true })).sort();
  const out: Record<string, string> = {};
  for (const name of names) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) out[name] = (await readFile(path)).toString('base64');
  }
  return out;
}

describe('npm run export', () => {
  const quiet = () => {
    const lines: string[] = [];
    return { lines, log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
  };

  /** A data dir with two recommendations (one added after the only backup), closed or still open. */
  async function dataDirWithRecommendations(root: string, { keepOpen }: { keepOpen: boolean }): Promise<{ dataDir: string; host: SessionHost }> {
    const dataDir = join(root, 'session');
    const clock = manualClock(almaty('10:00'));
    const host = await openHost({ dataDir, clock, snapshots: { idleMs: 3_600_000 } });
    await host.dispatch({ type: 'rec.add', recommendation: { text: 'Учредить сеть женщин-медиаторов' } });
    clock.advance(60_000);
    await host.takeBackup();
    await host.dispatch({ type: 'rec.add', recommendation: { text: 'Quotas for women in parliaments', status: 'agreed' } });
    if (!keepOpen) await host.close();
    return { dataDir, host };
  }

  async function exportJson(root: string, dataDir: string, out = quiet()): Promise<{ code: number; texts: string[]; lines: string[] }> {
    const json = join(root, 'out', `recs-${Date.now()}-${Math.random()}.json`);
    await mkdir(join(root, 'out'), { recursive: true });
    const code = await runExport(['--data-dir', dataDir, '--format', 'json', '--out', json], '0.1.0', out);
    if (code !== 0) return { code, texts: [], lines: out.lines };
    const data = JSON.parse(await readFile(json, 'utf8')) as { recommendations: Array<{ text: string }> };
    expectValidExport(data);
    return { code, texts: data.recommendations.map((r) => r.text), lines: out.lines };
  }

  it('writes the export of a closed data dir and leaves every byte of it as it was', async () => {
    const root = await tempDir('export-cli');
    const { dataDir } = await dataDirWithRecommendations(root, { keepOpen: false });
    const before = await contents(dataDir);

    const out = quiet();
    const result = await exportJson(root, dataDir, out);
    expect(result).toMatchObject({ code: 0, texts: ['Учредить сеть женщин-медиаторов', 'Quotas for women in parliaments'] });
    expect(out.lines).toEqual([expect.stringMatching(/^wrote 2 recommendation\(s\) as json to /)]);

    expect(await runExport(['--data-dir', dataDir, '--format', 'report', '--out', join(root, 'out', 'report.html')], '0.1.0', out)).toBe(0);
    expect(await readFile(join(root, 'out', 'report.html'), 'utf8')).toContain('Quotas for women in parliaments');
    expect(await contents(dataDir)).toEqual(before);
  });

  it('while the app holds the folder: exports its newest backup, says so and from when, and touches nothing', async () => {
    const root = await tempDir('export-cli-open');
    const { dataDir, host } = await dataDirWithRecommendations(root, { keepOpen: true });
    const before = await contents(dataDir);

    const result = await exportJson(root, dataDir);

    expect(result).toMatchObject({ code: 0, texts: ['Учредить сеть женщин-медиаторов'] });
    expect(result.lines[0]).toMatch(
      new RegExp(
        `^note: The session is open in Moderator Console 0\\.0\\.0 \\(process ${process.pid} on .+\\): this is its newest backup, 2023-10-16T04-01-00-000Z-manual-seq1\\.sqlite \\(taken 2023-10-16 04:01:00 UTC, up to command 1\\); later changes are not in it \\(take a backup in the app first, under Backups, to include them\\)\\.$`,
      ),
    );
    expect(await contents(dataDir)).toEqual(before);
    expect(await host.dispatch({ type: 'rec.add', recommendation: { text: 'The app goes on' } })).toMatchObject({ ok: true });
  });

  it('a damaged session file: exports the newest good backup and says the app will repair it', async () => {
    const root = await tempDir('export-cli-damaged');
    const { dataDir } = await dataDirWithRecommendations(root, { keepOpen: false });
    await writeFile(join(dataDir, 'session.sqlite'), 'damaged');
    const before = await contents(dataDir);

    const result = await exportJson(root, dataDir);

    expect(result.code).toBe(0);
    expect(result.texts).toEqual(['Учредить сеть женщин-медиаторов', 'Quotas for women in parliaments']);
    expect(result.lines[0]).toMatch(/^note: session\.sqlite is damaged \(the file is not a database \(SQLITE_NOTADB\)\); the app repairs it at its next start: this is its newest backup, .+-quit-seq2\.sqlite/);
    expect(await contents(dataDir)).toEqual(before);
  });

  it('a folder in the previous file format: exported as the app would convert it, untouched', async () => {
    const root = await tempDir('export-cli-legacy');
    const dataDir = join(root, 'session');
    cpSync(join(import.meta.dirname, '..', '..', 'fixtures', 'legacy-0.1.0'), dataDir, { recursive: true });
    const before = await contents(dataDir);

    const result = await exportJson(root, dataDir);

    expect(result.code).toBe(0);
    expect(result.texts).toEqual(['Establish a regional platform of women mediators', 'Әйелдердің бейбітшілік үдерістеріне қатысуын арттыру']);
    expect(result.lines[0]).toMatch(/is in the previous file format \(the app converts it at its next start\)$/);
    expect(await contents(dataDir)).toEqual(before);
  });

  it('refuses bad arguments, an output inside the data dir, and a dir with no session', async () => {
    const root = await tempDir('export-cli-bad');
    const out = quiet();
    expect(await runExport(['--data-dir', root, '--format', 'xml', '--out', join(root, '..', 'x')], '0.1.0', out)).toBe(2);
    expect(await runExport(['--format', 'json'], '0.1.0', out)).toBe(2);
    expect(await runExport(['--data-dir', root, '--format', 'json', '--out', join(root, 'inside.json')], '0.1.0', out)).toBe(2);
    expect(await runExport(['--data-dir', join(root, 'empty'), '--format', 'json', '--out', join(root, '..', `${Date.now()}.json`)], '0.1.0', out)).toBe(1);
    expect(out.lines.join('\n')).toMatch(/--format must be one of json, csv, xlsx, report[\s\S]*required[\s\S]*outside the data dir[\s\S]*there is no session in/);
    expect(await readdir(root)).toEqual([]);
  });
});
