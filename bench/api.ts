/**
 * The AV desk's remote, end to end: an HTTP API call (POST
 * /api/v1/timer/add, as a Companion button sends it) until a projector
 * view on the venue network (a WebSocket with the view token) has the
 * change. Includes parsing, the durable save and the fan-out.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ServeProcess } from '../tests/serve-process';
import type { LanStatus, SessionEvent } from '../shared/contract/api';
import type { CallResult, ServerFrame } from '../shared/contract/protocol';
import { figure, type Figure } from './report';
import { median, p95 } from './stats';

const SAMPLES = 60;
const WARMUP = 10;

function post(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

async function call<T>(socket: WebSocket, method: string, args: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const id = Math.floor(Math.random() * 1e9);
    const onMessage = (data: WebSocket.RawData) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      if (frame.t !== 'result' || frame.id !== id) return;
      socket.off('message', onMessage);
      if (frame.result.ok) resolve((frame.result as Extract<CallResult, { ok: true }>).value as T);
      else reject(new Error(frame.result.error.message));
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ t: 'call', id, method, args }));
  });
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

export async function apiBenchmarks(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'moderator-api-'));
  const server = new ServeProcess(dataDir);
  const url = await server.start();
  try {
    const console_ = await open(`${url.replace('http', 'ws')}ws`);
    const lan = await call<LanStatus>(console_, 'lan.setEnabled', { enabled: true });
    const snapshot = await call<{ doc: { parts: Array<{ segments: Array<{ id: string }> }> } }>(console_, 'session.snapshot', {});
    await call(console_, 'session.dispatch', { command: { type: 'segment.setStatus', segmentId: snapshot.doc.parts[0]!.segments[0]!.id, status: 'live', offDay: 'keepEventDate' } });
    await call(console_, 'session.dispatch', { command: { type: 'timer.start' } });
    const projector = await open(`ws://127.0.0.1:${lan.port}/ws?token=${lan.viewToken}`);
    let onDuration: ((durationMs: number) => void) | null = null;
    projector.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      if (frame.t !== 'event' || frame.name !== 'session') return;
      const event = frame.payload as SessionEvent;
      if (event.type === 'snapshot') onDuration?.(event.snapshot.doc.timer.clock.durationMs);
    });
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES + WARMUP; i++) {
      const seconds = i % 2 === 0 ? 60 : -60;
      const arrived = new Promise<void>((resolve) => (onDuration = () => resolve()));
      const start = performance.now();
      const status = await post(`http://127.0.0.1:${lan.port}/api/v1/timer/add?seconds=${seconds}&token=${lan.controlToken}`);
      if (status !== 200) throw new Error(`the API answered ${status}`);
      await arrived;
      if (i >= WARMUP) samples.push(performance.now() - start);
      // Stay under the rate limit of the view's socket and of the address.
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    projector.close();
    console_.close();
    return [
      figure('remote', 'HTTP API call to a projector view updated (median)', 'ms', median(samples), undefined, `p95 ${p95(samples).toFixed(2)} ms, ${SAMPLES} calls`),
      figure('remote', 'HTTP API call to a projector view updated (p95)', 'ms', p95(samples)),
    ];
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
