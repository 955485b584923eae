/**
 * The remote-control API as an AV desk uses it: plain HTTP requests, the
 * control token in a header, JSON back; bad input refused with the field
 * and the reason, a view token refused anything that changes the session.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { LanStatus } from '../../../shared/contract/api';
import { remoteStateSchema } from '../../../shared/contract/remote-state';
import { serve, type Served } from './serve-helpers';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

function api(port: number, method: string, path: string, options: { token?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}), ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...options.headers };
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: text === '' ? null : (JSON.parse(text) as unknown) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function lanOn(served: Served): Promise<LanStatus> {
  return served.server.handlers['lan.setEnabled']!({ enabled: true }, { scope: 'local', desktop: false });
}

describe('the remote-control API', () => {
  it('runs the timer from plain requests with the control token, as a Stream Deck button would', async () => {
    const served = await serve();
    const { port, controlToken } = await lanOn(served);
    const segmentId = served.host.current.doc.parts[0]!.segments[0]!.id;

    expect(await api(port!, 'POST', `/api/v1/segments/${segmentId}/live`, { token: controlToken })).toMatchObject({ status: 200, json: { ok: true, version: expect.any(Number) } });
    expect(await api(port!, 'POST', '/api/v1/timer/toggle', { token: controlToken })).toMatchObject({ status: 200, json: { ok: true } });
    let state = remoteStateSchema.parse((await api(port!, 'GET', '/api/v1/state', { token: controlToken })).json);
    expect(state.timer.status).toBe('running');
    expect(state.live).toMatchObject({ id: segmentId });
    const before = state.timer.remainingMs;
    expect(await api(port!, 'POST', '/api/v1/timer/add?seconds=60', { headers: { 'X-Moderator-Token': controlToken } })).toMatchObject({ status: 200 });
    state = remoteStateSchema.parse((await api(port!, 'GET', `/api/v1/state?token=${controlToken}`)).json);
    expect(state.timer.remainingMs).toBeGreaterThan(before + 55_000);
    expect(await api(port!, 'POST', '/api/v1/message', { token: controlToken, body: JSON.stringify({ text: 'Please conclude', flash: true }) })).toMatchObject({ status: 200 });
    expect(await api(port!, 'POST', '/api/v1/blackout?on=1', { token: controlToken })).toMatchObject({ status: 200 });
    expect(await api(port!, 'POST', '/api/v1/timer/next', { token: controlToken })).toMatchObject({ status: 200 });
    expect(await api(port!, 'POST', '/api/v1/timer/toggle', { token: controlToken })).toMatchObject({ status: 200 });

    const { timer } = served.host.current.doc;
    expect(timer).toMatchObject({ message: { text: 'Please conclude', flash: true }, blackout: true });
    expect(timer.clock.runningSince).toBeNull();
  });

  it('refuses bad input with the field and the reason, and changes nothing', async () => {
    const served = await serve();
    const version = served.host.getSnapshot().version;
    const local = (method: string, path: string, body?: string) => api(served.port, method, path, { body });
    expect(await local('POST', '/api/v1/timer/add?seconds=abc')).toMatchObject({ status: 400, json: { ok: false, error: { code: 'invalid', field: 'query.seconds', message: 'must be a number of seconds' } } });
    expect(await local('POST', '/api/v1/timer/add?seconds=0')).toMatchObject({ status: 400, json: { error: { field: 'query.seconds', message: 'must not be zero' } } });
    expect(await local('POST', '/api/v1/timer/add')).toMatchObject({ status: 400, json: { error: { field: 'query.seconds' } } });
    expect(await local('POST', '/api/v1/blackout?on=maybe')).toMatchObject({ status: 400, json: { error: { field: 'query.on', message: 'must be 1 or 0' } } });
    expect(await local('POST', '/api/v1/message', JSON.stringify({ text: '   ' }))).toMatchObject({ status: 400, json: { error: { field: 'body.text', message: 'must not be empty' } } });
    expect(await local('POST', '/api/v1/message', '{"text": "unterminated')).toMatchObject({ status: 400, json: { error: { field: 'body', message: 'is not JSON' } } });
    expect(await local('POST', '/api/v1/message', JSON.stringify({ text: 'Hi', colour: 'red' }))).toMatchObject({ status: 400, json: { error: { field: 'body' } } });
    expect(await local('POST', '/api/v1/segments/__proto__/live')).toMatchObject({ status: 400, json: { error: { field: 'path.id' } } });
    expect(await local('POST', '/api/v1/segments/00000000-0000-4000-8000-00000000dead/live')).toMatchObject({ status: 404, json: { error: { code: 'not-found', field: 'segmentId' } } });
    expect(await local('POST', '/api/v1/timer/start')).toMatchObject({ status: 409, json: { error: { code: 'conflict', field: 'segmentId' } } });
    expect(await local('GET', '/api/v1/nothing')).toMatchObject({ status: 404, json: { error: { field: 'path' } } });
    const wrongMethod = await local('GET', '/api/v1/timer/start');
    expect(wrongMethod).toMatchObject({ status: 405, json: { error: { message: 'takes POST' } } });
    expect(wrongMethod.headers.allow).toBe('POST');
    expect(served.host.getSnapshot().version).toBe(version);
  });

  it('lets a view token read the state but change nothing, and refuses no token, other sites and rebound names', async () => {
    const served = await serve();
    const { port, viewToken, controlToken } = await lanOn(served);
    expect(await api(port!, 'GET', '/api/v1/state', { token: viewToken })).toMatchObject({ status: 200 });
    expect(await api(port!, 'POST', '/api/v1/blackout?on=1', { token: viewToken })).toMatchObject({ status: 403, json: { ok: false, error: { code: 'forbidden', field: 'token' } } });
    expect(await api(port!, 'GET', '/api/v1/state')).toMatchObject({ status: 403, json: { ok: false, error: { code: 'forbidden', field: 'token' } } });
    expect(await api(port!, 'POST', '/api/v1/blackout?on=1', { token: controlToken, headers: { Origin: 'http://evil.example' } })).toMatchObject({ status: 403 });
    expect(await api(port!, 'POST', '/api/v1/blackout?on=1', { token: controlToken, headers: { Host: `evil.example:${port}` } })).toMatchObject({ status: 403 });
    expect(served.host.current.doc.timer.blackout).toBe(false);
  });
});
