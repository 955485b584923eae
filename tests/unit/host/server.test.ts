/**
 * Serve mode over real sockets: the app shell over HTTP with its security
 * headers, no file outside the static dir, and the WebSocket protocol
 * between browser views and a real session host.
 */
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, staticPath } from '../../../electron/host/net/static-files';
import type { SessionEvent } from '../../../shared/contract/api';
import { connectedView, get, INDEX_HTML, SECRET, serve, sessionEvent, View } from './serve-helpers';

describe('the app over HTTP', () => {
  it('serves index.html for / and for client routes, with a Content-Security-Policy', async () => {
    const { server, port } = await serve();
    for (const path of ['/', '/projector', '/stage']) {
      const res = await get(port, path);
      expect(res.status, path).toBe(200);
      expect(res.body).toBe(INDEX_HTML);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
  });

  it('serves built assets, and 404 for a missing file', async () => {
    const { port } = await serve();
    const asset = await get(port, '/assets/app.js');
    expect(asset).toMatchObject({ status: 200, body: 'console.log("app")' });
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get(port, '/assets/missing.js')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/index.html%00.js', '/%E0%A4%A'])(
    'never serves a file outside the static dir for %s',
    async (path) => {
      const { port } = await serve();
      const res = await get(port, path);
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
  it('tells the view what it may do, then sends a snapshot of the session', async () => {
    const { port } = await serve();
    const view = await View.connect(port);

    expect(await view.next()).toEqual({ t: 'event', name: 'access', payload: { scope: 'local', desktop: false } });
    const first = await view.next();

    expect(first).toMatchObject(sessionEvent({ type: 'snapshot', snapshot: { version: 0, meta: { recovery: [] } } }));
    const payload = first.t === 'event' ? (first.payload as SessionEvent) : null;
    expect(payload?.type === 'snapshot' && payload.snapshot.doc.event.timeZone).toBe('Asia/Almaty');
  });

  it('answers a dispatch with a result and sends the patch to every view', async () => {
    const { port } = await serve();
    const chair = await connectedView(port);
    const projector = await connectedView(port);

    chair.dispatch(7, { type: 'part.add', title: 'Press briefing' });

    const patch = sessionEvent({ type: 'patch', fromVersion: 0, version: 1, patches: [expect.objectContaining({ op: 'add', value: expect.objectContaining({ title: 'Press briefing' }) })] });
    expect(await chair.next()).toMatchObject(patch);
    expect(await chair.next()).toEqual({ t: 'result', id: 7, result: { ok: true, value: { version: 1 } } });
    expect(await projector.next()).toMatchObject(patch);
  });

  it('answers a refused command with its field', async () => {
    const { port } = await serve();
    const chair = await connectedView(port);

    chair.dispatch(1, { type: 'part.add', title: '' });

    expect(await chair.next()).toEqual({ t: 'result', id: 1, result: { ok: false, error: { code: 'invalid', field: 'title', message: 'must not be empty' } } });
  });

  it('answers snapshot and clock calls', async () => {
    const { port } = await serve();
    const view = await connectedView(port);

    view.call(2, 'session.snapshot');
    expect(await view.next()).toMatchObject({ t: 'result', id: 2, result: { ok: true, value: { version: 0 } } });
    view.call(3, 'session.clock');
    expect(await view.next()).toMatchObject({ t: 'result', id: 3, result: { ok: true, value: { hostAt: expect.any(Number) } } });
  });

  it.each([
    ['text that is not JSON', '{"t":"call",', null, 'frame', 'is not valid JSON'],
    ['JSON that is not an object', '[1,2]', null, 'frame', expect.stringContaining('expected object')],
    ['an unknown frame type', { t: 'shout', id: 1 }, 1, 'frame.t', expect.stringContaining('"call"')],
    ['a call without an id', { t: 'call', method: 'session.snapshot', args: {} }, null, 'frame.id', expect.stringContaining('expected number')],
    ['a frame with an extra field', { t: 'call', id: 1, method: 'session.snapshot', args: {}, admin: true }, 1, 'frame', expect.stringContaining('"admin"')],
    ['a binary frame', Buffer.from([0x7b, 0x7d]), null, 'frame', 'binary frames are not accepted; send JSON text'],
    ['an unknown method', { t: 'call', id: 4, method: 'session.drop', args: {} }, 4, 'method', expect.stringContaining('is not a method')],
    ['a method from the prototype', { t: 'call', id: 5, method: 'constructor', args: {} }, 5, 'method', expect.stringContaining('is not a method')],
    ['arguments of the wrong shape', { t: 'call', id: 6, method: 'lan.setEnabled', args: { enabled: 'yes' } }, 6, 'args.enabled', expect.stringContaining('boolean')],
  ])('answers %s with a refusal and keeps serving everyone', async (_, frame, id, field, message) => {
    const { port } = await serve();
    const rogue = await connectedView(port);
    const chair = await connectedView(port);

    if (Buffer.isBuffer(frame)) rogue.socket.send(frame, { binary: true });
    else rogue.send(frame);

    const error = { code: 'invalid', field, message };
    expect(await rogue.next()).toEqual(id === null ? { t: 'refused', error } : { t: 'result', id, result: { ok: false, error } });
    chair.dispatch(1, { type: 'part.add', title: 'Still working' });
    expect(await chair.next()).toMatchObject(sessionEvent({ type: 'patch', version: 1 }));
    expect(await chair.next()).toEqual({ t: 'result', id: 1, result: { ok: true, value: { version: 1 } } });
    expect(await rogue.next()).toMatchObject(sessionEvent({ type: 'patch', version: 1 }));
  });

  it('accepts its own origin and refuses a foreign one', async () => {
    const { port } = await serve();
    const own = await View.connect(port, `http://127.0.0.1:${port}`);
    expect(await own.next()).toMatchObject({ t: 'event', name: 'access' });

    await expect(View.connect(port, 'http://evil.example')).rejects.toThrow('Unexpected server response: 403');
  });

  it('refuses WebSocket upgrades on other paths', async () => {
    const { port } = await serve();
    await expect(View.connect(port, undefined, '/other')).rejects.toThrow('Unexpected server response: 403');
  });
});
