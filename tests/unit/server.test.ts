/**
 * Serve mode over real sockets: the app shell over HTTP with its security
 * headers, no file outside the static dir, and the WebSocket protocol
 * between browser views and a real session host.
 */
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { onTestFinished, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerFrame } from '../../shared/protocol';
import { CONTENT_SECURITY_POLICY, startServer, staticPath, type RunningServer } from '../../electron/host/server';
import { almaty, manualClock, openHost, tempDir } from './helpers';

const INDEX_HTML = '<!doctype html><title>Moderator Console</title>';
const SECRET = 'do not serve me';

interface Served {
  server: RunningServer;
  staticDir: string;
}

/** A host on a temp data dir, served from a temp static dir; a secret file sits next to it. */
async function serve(): Promise<Served> {
  const root = await tempDir('server');
  const staticDir = join(root, 'static');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), INDEX_HTML);
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(join(root, 'secret.txt'), SECRET);
  const host = await openHost({ dataDir: join(root, 'data'), clock: manualClock(almaty('09:00')) });
  const server = await startServer({ host, staticDir, hostname: '127.0.0.1', port: 0 });
  onTestFinished(() => server.close());
  return { server, staticDir };
}

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET with the path sent exactly as written (fetch would normalise "/../"). */
function get(port: number, path: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A browser view on /ws: frames are queued from the first one until the test asks for them. */
class View {
  private readonly frames: ServerFrame[] = [];
  private readonly waiting: ((frame: ServerFrame) => void)[] = [];
  readonly socket: WebSocket;

  private constructor(port: number, origin: string | undefined) {
    this.socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, origin === undefined ? {} : { origin });
    onTestFinished(() => this.socket.terminate());
    this.socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      const waiter = this.waiting.shift();
      if (waiter) waiter(frame);
      else this.frames.push(frame);
    });
  }

  static async connect(port: number, origin?: string): Promise<View> {
    const view = new View(port, origin);
    await new Promise<void>((resolve, reject) => {
      view.socket.once('open', () => resolve());
      view.socket.once('error', reject);
    });
    return view;
  }

  next(): Promise<ServerFrame> {
    const queued = this.frames.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }
}

/** A view that has read its opening snapshot. */
async function connectedView(port: number): Promise<View> {
  const view = await View.connect(port);
  expect(await view.next()).toMatchObject({ t: 'event', event: { type: 'snapshot' } });
  return view;
}

describe('the app over HTTP', () => {
  it('serves index.html for / and for client routes, with a Content-Security-Policy', async () => {
    const { server } = await serve();
    for (const path of ['/', '/projector', '/stage']) {
      const res = await get(server.port, path);
      expect(res.status, path).toBe(200);
      expect(res.body).toBe(INDEX_HTML);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves built assets, and 404 for a missing file', async () => {
    const { server } = await serve();
    const asset = await get(server.port, '/assets/app.js');
    expect(asset).toMatchObject({ status: 200, body: 'console.log("app")' });
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get(server.port, '/assets/missing.js')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/index.html%00.js', '/%E0%A4%A'])(
    'never serves a file outside the static dir for %s',
    async (path) => {
      const { server } = await serve();
      const res = await get(server.port, path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain(SECRET);
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    const { server } = await serve();
    const res = await fetch(`${server.url}`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('staticPath', () => {
  const root = join(sep, 'srv', 'console');

  it('maps URL paths to files inside the static dir', () => {
    expect(staticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(staticPath(root, '/a%20b.css')).toBe(join(root, 'a b.css'));
  });

  it('clamps or refuses paths that would leave it', () => {
    expect(staticPath(root, '/../package.json')).toBe(join(root, 'package.json'));
    expect(staticPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(staticPath(root, '..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(staticPath(root, '../console-secrets/key')).toBeNull();
    expect(staticPath(root, '/index.html%00.js')).toBeNull();
    expect(staticPath(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('the WebSocket protocol', () => {
  it('sends a snapshot of the session first', async () => {
    const { server } = await serve();
    const view = await View.connect(server.port);

    const first = await view.next();

    expect(first).toMatchObject({ t: 'event', event: { type: 'snapshot', snapshot: { version: 0, meta: { recovery: [] } } } });
    if (first.t === 'event' && first.event.type === 'snapshot') expect(first.event.snapshot.doc.event.timeZone).toBe('Asia/Almaty');
  });

  it('answers a dispatch with a result and sends the patch to every view', async () => {
    const { server } = await serve();
    const chair = await connectedView(server.port);
    const projector = await connectedView(server.port);

    chair.send({ t: 'dispatch', id: 7, command: { type: 'part.add', title: 'Press briefing' } });

    const patch = { t: 'event', event: { type: 'patch', fromVersion: 0, version: 1, patches: [expect.objectContaining({ op: 'add', value: expect.objectContaining({ title: 'Press briefing' }) })] } };
    expect(await chair.next()).toMatchObject(patch);
    expect(await chair.next()).toEqual({ t: 'result', id: 7, result: { ok: true, version: 1 } });
    expect(await projector.next()).toMatchObject(patch);
  });

  it('answers a refused command with its field', async () => {
    const { server } = await serve();
    const chair = await connectedView(server.port);

    chair.send({ t: 'dispatch', id: 1, command: { type: 'part.add', title: '' } });

    expect(await chair.next()).toEqual({ t: 'result', id: 1, result: { ok: false, error: { code: 'invalid', field: 'title', message: 'must not be empty' } } });
  });

  it('answers snapshot and ping requests', async () => {
    const { server } = await serve();
    const view = await connectedView(server.port);

    view.send({ t: 'snapshot', id: 2 });
    expect(await view.next()).toMatchObject({ t: 'snapshot', id: 2, snapshot: { version: 0 } });
    view.send({ t: 'ping', id: 3, clientSentAt: 1234 });
    expect(await view.next()).toMatchObject({ t: 'pong', id: 3, clientSentAt: 1234, hostAt: expect.any(Number) });
  });

  it.each([
    ['text that is not JSON', '{"t":"dispatch",', 'frame', 'is not valid JSON'],
    ['JSON that is not an object', '[1,2]', 'frame', expect.stringContaining('expected object')],
    ['an unknown frame type', { t: 'shout', id: 1 }, 'frame.t', expect.stringContaining("'dispatch' | 'snapshot' | 'ping'")],
    ['a dispatch without an id', { t: 'dispatch', command: { type: 'session.new' } }, 'frame.id', expect.stringContaining('expected number')],
    ['a frame with an extra field', { t: 'snapshot', id: 1, admin: true }, 'frame', expect.stringContaining('"admin"')],
    ['a binary frame', Buffer.from([0x7b, 0x7d]), 'frame', 'binary frames are not accepted; send JSON text'],
  ])('answers %s with an error frame and keeps serving everyone', async (_, frame, field, message) => {
    const { server } = await serve();
    const rogue = await connectedView(server.port);
    const chair = await connectedView(server.port);

    if (Buffer.isBuffer(frame)) rogue.socket.send(frame, { binary: true });
    else rogue.send(frame);

    expect(await rogue.next()).toEqual({ t: 'error', error: { code: 'invalid', field, message } });
    chair.send({ t: 'dispatch', id: 1, command: { type: 'part.add', title: 'Still working' } });
    expect(await chair.next()).toMatchObject({ t: 'event', event: { type: 'patch', version: 1 } });
    expect(await chair.next()).toEqual({ t: 'result', id: 1, result: { ok: true, version: 1 } });
    expect(await rogue.next()).toMatchObject({ t: 'event', event: { type: 'patch', version: 1 } });
  });

  it('accepts its own origin and refuses a foreign one', async () => {
    const { server } = await serve();
    const own = await View.connect(server.port, `http://127.0.0.1:${server.port}`);
    expect(await own.next()).toMatchObject({ t: 'event', event: { type: 'snapshot' } });

    await expect(View.connect(server.port, 'http://evil.example')).rejects.toThrow('Unexpected server response: 403');
  });

  it('refuses WebSocket upgrades on other paths', async () => {
    const { server } = await serve();
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/other`);
    onTestFinished(() => socket.terminate());
    await expect(new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))).rejects.toThrow('Unexpected server response: 403');
  });
});
