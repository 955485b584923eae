/**
 * Network views: off until the technician turns them on; then a view token
 * reads, a control token also dispatches, anything else is refused, and
 * rotating the tokens drops the old clients.
 */
import { chmod, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LanStatus } from '../../../shared/contract/api';
import { CLOSE_TOKENS_ROTATED } from '../../../shared/contract/protocol';
import { LanAccess, secretsEqual } from '../../../electron/host/net/lan-access';
import { connectedView, get, INDEX_HTML, serve, sessionEvent, View, type Served } from './serve-helpers';

const LOCAL = { scope: 'local', desktop: false } as const;

/** Turns network views on from the local console, as the technician does. */
async function turnOn(served: Served): Promise<LanStatus> {
  const technician = await connectedView(served.port);
  technician.call(1, 'lan.setEnabled', { enabled: true });
  const reply = await technician.next();
  if (reply.t !== 'result' || !reply.result.ok) throw new Error(`expected a lan status, got ${JSON.stringify(reply)}`);
  return reply.result.value as LanStatus;
}

function closed(view: View): Promise<number> {
  return new Promise((resolve) => view.socket.once('close', (code) => resolve(code)));
}

describe('network views', () => {
  it('are off by default: nothing listens beyond the local console', async () => {
    const served = await serve();
    expect(served.server.lanStatus()).toMatchObject({ enabled: false, port: null });
    expect(served.server.url).toBe(`http://127.0.0.1:${served.port}/`);
  });

  it('serve pages only with a valid token, and the bundle to any network view once on', async () => {
    const served = await serve();
    const { port, viewToken, controlToken } = await turnOn(served);
    expect(port).toEqual(expect.any(Number));

    const noToken = await get(port!, '/projector');
    expect(noToken.status).toBe(403);
    expect(noToken.body).toContain('token');
    const oldLink = await get(port!, '/projector?token=wrong');
    expect(oldLink.status).toBe(403);
    expect(oldLink.body).toBe('This link is no longer valid: ask the technician for the new one.');
    expect((await get(port!, `/projector?token=${viewToken}`)).body).toBe(INDEX_HTML);
    expect((await get(port!, `/?token=${controlToken}`)).body).toBe(INDEX_HTML);
    expect((await get(port!, '/assets/app.js')).status).toBe(200);
  });

  it('refuse a socket with no token or a wrong one', async () => {
    const served = await serve();
    const { port, viewToken } = await turnOn(served);
    await expect(View.connect(port!)).rejects.toThrow('403');
    // One character wrong: never the one it already ends with (a token ending in "x" made this the right token, 1 run in 64).
    const wrong = `${viewToken.slice(0, -1)}${viewToken.endsWith('x') ? 'y' : 'x'}`;
    expect(wrong).not.toBe(viewToken);
    await expect(View.connect(port!, undefined, `/ws?token=${wrong}`)).rejects.toThrow('403');
  });

  it('let a view token read but never dispatch', async () => {
    const served = await serve();
    const { port, viewToken } = await turnOn(served);
    const view = await View.connect(port!, undefined, `/ws?token=${viewToken}`);
    expect(await view.next()).toEqual({ t: 'event', name: 'access', payload: { scope: 'view', desktop: false } });
    expect(await view.next()).toMatchObject(sessionEvent({ type: 'snapshot' }));
    const before = served.host.getSnapshot().version;

    view.dispatch(7, { type: 'timer.blackout', on: true });
    expect(await view.next()).toEqual({
      t: 'result',
      id: 7,
      result: { ok: false, error: { code: 'forbidden', field: 'token', message: 'a view token can not change the session; use the control token' } },
    });
    expect(served.host.getSnapshot().version).toBe(before);
    expect(served.host.current.doc.timer.blackout).toBe(false);
  });

  it('let a control token dispatch, but not manage the network views', async () => {
    const served = await serve();
    const { port, controlToken } = await turnOn(served);
    const remote = await View.connect(port!, undefined, `/ws?token=${controlToken}`);
    expect(await remote.next()).toEqual({ t: 'event', name: 'access', payload: { scope: 'control', desktop: false } });
    expect(await remote.next()).toMatchObject(sessionEvent({ type: 'snapshot' }));

    remote.dispatch(2, { type: 'timer.blackout', on: true });
    expect(await remote.next()).toMatchObject(sessionEvent({ type: 'patch' }));
    expect(await remote.next()).toMatchObject({ t: 'result', id: 2, result: { ok: true } });
    expect(served.host.current.doc.timer.blackout).toBe(true);

    remote.call(3, 'lan.rotateTokens');
    expect(await remote.next()).toMatchObject({ t: 'result', id: 3, result: { ok: false, error: { code: 'forbidden' } } });
    // Nor the session's backups, nor the recovery notes: those are for the console on this computer.
    const calls: Array<[string, object]> = [
      ['backups.list', {}],
      ['backups.take', {}],
      ['backups.restore', { name: '2023-10-16T03-00-00-000Z-manual-seq1.sqlite' }],
      ['session.acknowledgeRecovery', { ids: ['3f2a8c1e-0b4d-4c2a-9e7f-5d6c1b2a3e4f'] }],
    ];
    for (const [i, [method, args]] of calls.entries()) {
      remote.call(10 + i, method, args);
      expect(await remote.next()).toMatchObject({ t: 'result', id: 10 + i, result: { ok: false, error: { code: 'forbidden', message: 'is available on the console computer only' } } });
    }
    expect(served.host.listBackups()).toEqual([]);
  });

  it('drop old clients when the tokens are rotated; the old token no longer works', async () => {
    const served = await serve();
    const { port, viewToken } = await turnOn(served);
    const old = await connectedView(port!, `/ws?token=${viewToken}`);
    const dropped = closed(old);

    const rotated = await served.server.handlers['lan.rotateTokens']!({}, LOCAL);
    expect(await dropped).toBe(CLOSE_TOKENS_ROTATED);
    expect(rotated.viewToken).not.toBe(viewToken);
    await expect(View.connect(port!, undefined, `/ws?token=${viewToken}`)).rejects.toThrow('403');
    await connectedView(port!, `/ws?token=${rotated.viewToken}`);
  });

  it('close every network view and the listener when turned off', async () => {
    const served = await serve();
    const { port, viewToken } = await turnOn(served);
    const view = await connectedView(port!, `/ws?token=${viewToken}`);
    const dropped = closed(view);

    await served.server.handlers['lan.setEnabled']!({ enabled: false }, LOCAL);
    expect(await dropped).toBe(1001);
    await expect(get(port!, `/projector?token=${viewToken}`)).rejects.toThrow('ECONNREFUSED');
  });

  it('keep the tokens in lan.json, readable by the owner only', async () => {
    const served = await serve();
    const status = await turnOn(served);
    const file = join(served.host.getSnapshot().meta.dataDir!, 'lan.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const reloaded = await LanAccess.load(served.host.getSnapshot().meta.dataDir!);
    expect(reloaded.current).toMatchObject({ enabled: true, viewToken: status.viewToken, controlToken: status.controlToken });
  });

  it('make a lan.json others could read private again, and remove what a save cut short by a crash left', async () => {
    const served = await serve();
    const status = await turnOn(served);
    const dataDir = served.host.getSnapshot().meta.dataDir!;
    await chmod(join(dataDir, 'lan.json'), 0o644);
    await writeFile(join(dataDir, 'lan.json.1a2b3c4d'), '{"enabled": tr');

    const reloaded = await LanAccess.load(dataDir);

    expect(reloaded.current).toMatchObject({ viewToken: status.viewToken });
    expect((await stat(join(dataDir, 'lan.json'))).mode & 0o777).toBe(0o600);
    expect((await readdir(dataDir)).filter((name) => name.startsWith('lan.json'))).toEqual(['lan.json']);
  });
});

describe('socket limits', () => {
  it('refuse a flood of frames with rate-limit errors and keep serving others', async () => {
    const { port } = await serve();
    const flooder = await connectedView(port);
    const chair = await connectedView(port);
    for (let i = 0; i < 150; i++) flooder.call(i, 'session.snapshot');
    const replies = await Promise.all(Array.from({ length: 150 }, () => flooder.next()));
    const limited = replies.filter((f) => f.t === 'result' && !f.result.ok && f.result.error.code === 'rate-limited');
    expect(limited.length).toBeGreaterThan(0);
    expect(replies.filter((f) => f.t === 'result' && f.result.ok).length).toBe(150 - limited.length);

    chair.call(1, 'session.clock');
    expect(await chair.next()).toMatchObject({ t: 'result', id: 1, result: { ok: true } });
  });

  it('close a socket that sends an oversized message, and keep serving others', async () => {
    const { port } = await serve();
    const big = await connectedView(port);
    const chair = await connectedView(port);
    const dropped = closed(big);
    big.dispatch(1, { type: 'timer.message', text: 'x'.repeat(300 * 1024), flash: false });
    expect(await dropped).toBe(1009);
    chair.call(2, 'session.clock');
    expect(await chair.next()).toMatchObject({ t: 'result', id: 2, result: { ok: true } });
  });
});

describe('secretsEqual', () => {
  it('compares secrets of any length without throwing', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abd')).toBe(false);
    expect(secretsEqual('abc', 'abcdef')).toBe(false);
    expect(secretsEqual('', 'x')).toBe(false);
  });
});
