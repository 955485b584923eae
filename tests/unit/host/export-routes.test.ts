/**
 * Where export files go outside the renderer, on real sockets and real
 * files: serve mode's download and upload routes (local console only,
 * size-limited, durable once answered), and `npm run export`, which reads a
 * data dir and never writes to it.
 */
import { request } from 'node:http';
import { appendFile, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startServer } from '../../../electron/host/net/server';
import { LanAccess } from '../../../electron/host/net/lan-access';
import { exportRoutes } from '../../../electron/host/transfer/export-routes';
import { runExport } from '../../../electron/host/transfer/offline-export';
import type { SessionHost } from '../../../electron/host/session/session-host';
import { buildExport, serializeExport } from '../../../shared/recommendations/files/format';
import type { ImportOutcome } from '../../../shared/recommendations/files/transfer';
import { allRecommendations } from '../../../shared/recommendations/model';
import { FILES } from '../../../electron/host/session/data-dir';
import { almaty, manualClock, openHost, segmentIdByTitle, tempDir } from '../helpers';
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
  const root = await tempDir('export-routes');
  const dataDir = join(root, 'data');
  const host = await openHost({ dataDir, clock: manualClock(almaty('10:00')), appVersion: '0.1.0' });
  const lan = await LanAccess.load(dataDir, 0);
  await lan.update({ enabled: true });
  const server = await startServer({ host, staticDir: root, listen: { hostname: '127.0.0.1', port: 0 }, lan, lanHostname: '127.0.0.1', routes: [exportRoutes] });
  onTestFinished(() => server.close());
  return { host, port: server.port!, lanPort: server.lanStatus().port!, lan, dataDir };
}

const upload = (port: number, body: string | Buffer, headers: Record<string, string> = {}) =>
  http(port, '/api/import', { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'X-File-Name': encodeURIComponent('Дильноза.json'), ...headers } });

/** Another rapporteur's export with two records, one in Russian. */
function theirFile(): string {
  const other = new Rapporteur(9);
  other.add('Учредить региональную сеть женщин-медиаторов', { segmentId: other.segment('How the WPS agenda'), rapporteur: 'Дильноза' });
  other.add('Support cross-border women’s networks');
  return serializeExport(buildExport(other.doc, { exportedAt: other.clock.now(), appVersion: '0.1.0' }));
}

describe('serve mode download and upload', () => {
  it('downloads every format as an attachment, the JSON valid against the schema', async () => {
    const { host, port } = await served();
    await host.dispatch({ type: 'rec.add', recommendation: { text: 'Әйелдердің қатысуын арттыру', rapporteur: 'Айгерим' } });
    const json = await http(port, '/api/export?format=json');
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['content-disposition']).toBe(`attachment; filename="recommendations-2023-10-16.json"; filename*=UTF-8''recommendations-2023-10-16.json`);
    const data = JSON.parse(json.body) as { recommendations: Array<{ text: string }> };
    expectValidExport(data);
    expect(data.recommendations[0]!.text).toBe('Әйелдердің қатысуын арттыру');
    const csv = await http(port, '/api/export?format=csv');
    expect(csv.body.startsWith('\uFEFFID,')).toBe(true);
    const report = await http(port, '/api/export?format=report');
    expect(report.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(report.body).toContain('Әйелдердің қатысуын арттыру');
    expect(await http(port, '/api/export?format=pdf')).toMatchObject({ status: 400, body: expect.stringContaining('must be one of: json, csv, report') });
  });

  it('imports an upload through one journaled command that survives a restart', async () => {
    const { host, port, dataDir } = await served();
    const reply = await upload(port, theirFile());
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body) as ImportOutcome).toEqual({ status: 'imported', source: 'Дильноза.json', summary: { added: 2, updated: 0, unchanged: 0, conflicts: 0 } });
    const journal = (await readFile(join(dataDir, FILES.journal), 'utf8')).trim().split('\n');
    expect(journal.filter((line) => line.includes('"rec.import"'))).toHaveLength(1);
    const ru = allRecommendations(host.current.doc.recommendations).find((r) => r.rapporteur === 'Дильноза')!;
    expect(ru.segmentId).toBe(segmentIdByTitle(host.current.doc, 'How the WPS agenda'));
    await host.close();
    const reopened = await openHost({ dataDir, clock: manualClock(almaty('11:00')) });
    expect(allRecommendations(reopened.current.doc.recommendations)).toHaveLength(2);
  });

  it('refuses a bad upload with what and where, and changes nothing', async () => {
    const { host, port, dataDir } = await served();
    const before = host.current;
    const journalBefore = await stat(join(dataDir, FILES.journal)).then((s) => s.size, () => 0);
    const truncated = await upload(port, theirFile().slice(0, 500));
    expect(truncated.status).toBe(400);
    expect(JSON.parse(truncated.body)).toMatchObject({ status: 'failed', where: expect.stringMatching(/^line \d+, column \d+$/) });
    const wrong = await upload(port, theirFile().replace('"countries": []', '"countries": ["Atlantis"]'));
    expect(JSON.parse(wrong.body)).toMatchObject({ status: 'failed', where: '$.recommendations[0].countries[0]' });
    expect(JSON.parse((await upload(port, Buffer.from([0xff, 0xfe, 0x00]))).body)).toEqual({ status: 'failed', where: 'file', message: 'is not UTF-8 text' });
    expect(host.current).toBe(before);
    expect(await stat(join(dataDir, FILES.journal)).then((s) => s.size, () => 0)).toBe(journalBefore);
  });

  it('refuses an upload over 20 MB before reading it', async () => {
    const { port } = await served();
    const reply = await upload(port, Buffer.alloc(20 * 1024 * 1024 + 1, 0x20));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toEqual({ status: 'failed', where: 'file', message: 'is larger than 20 MB' });
  });

  it('serves the local console only: not network views, not other sites, not a rebound host name', async () => {
    const { port, lanPort, lan } = await served();
    const token = lan.current.controlToken;
    expect((await http(lanPort, `/api/export?format=json&token=${token}`)).status).toBe(403);
    expect((await http(lanPort, `/api/import?token=${token}`, { method: 'POST', body: theirFile(), headers: { 'Content-Type': 'application/json' } })).status).toBe(403);
    expect((await http(port, '/api/export?format=json', { headers: { Host: 'attacker.example:80' } })).status).toBe(403);
    expect((await upload(port, theirFile(), { Origin: 'http://attacker.example' })).status).toBe(403);
    expect((await upload(port, theirFile(), { 'Content-Type': 'text/plain' })).status).toBe(403);
    expect((await http(port, '/api/import')).status).toBe(405);
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

  it('writes the export of a data dir and leaves the data dir exactly as it was, even one that needs repair', async () => {
    const root = await tempDir('export-cli');
    const dataDir = join(root, 'session');
    const clock = manualClock(almaty('10:00'));
    const host = await openHost({ dataDir, clock });
    await host.dispatch({ type: 'rec.add', recommendation: { text: 'Учредить сеть женщин-медиаторов' } });
    clock.advance(60_000);
    await host.dispatch({ type: 'rec.add', recommendation: { text: 'Quotas for women in parliaments', status: 'agreed' } });
    await host.close();
    await appendFile(join(dataDir, FILES.journal), '{"seq": 99, "at": 1, "ids": [], "cmd": {"type": "rec.a');
    const before = await contents(dataDir);

    const out = quiet();
    const json = join(root, 'out', 'recs.json');
    await mkdir(join(root, 'out'));
    expect(await runExport(['--data-dir', dataDir, '--format', 'json', '--out', json], '0.1.0', out)).toBe(0);
    const data = JSON.parse(await readFile(json, 'utf8')) as { recommendations: Array<{ text: string }> };
    expectValidExport(data);
    expect(data.recommendations.map((r) => r.text)).toEqual(['Учредить сеть женщин-медиаторов', 'Quotas for women in parliaments']);
    expect(out.lines.join('\n')).toContain('wrote 2 recommendation(s) as json');
    expect(out.lines.join('\n')).toContain('incomplete command');

    expect(await runExport(['--data-dir', dataDir, '--format', 'report', '--out', join(root, 'out', 'report.html')], '0.1.0', out)).toBe(0);
    expect(await readFile(join(root, 'out', 'report.html'), 'utf8')).toContain('Quotas for women in parliaments');
    expect(await contents(dataDir)).toEqual(before);
  });

  it('refuses bad arguments, an output inside the data dir, and a dir with no session', async () => {
    const root = await tempDir('export-cli-bad');
    const out = quiet();
    expect(await runExport(['--data-dir', root, '--format', 'xml', '--out', join(root, '..', 'x')], '0.1.0', out)).toBe(2);
    expect(await runExport(['--format', 'json'], '0.1.0', out)).toBe(2);
    expect(await runExport(['--data-dir', root, '--format', 'json', '--out', join(root, 'inside.json')], '0.1.0', out)).toBe(2);
    expect(await runExport(['--data-dir', join(root, 'empty'), '--format', 'json', '--out', join(root, '..', `${Date.now()}.json`)], '0.1.0', out)).toBe(1);
    expect(out.lines.join('\n')).toMatch(/--format must be one of json, csv, report[\s\S]*required[\s\S]*outside the data dir[\s\S]*no session in/);
    expect(await readdir(root)).toEqual([]);
  });
});
