/**
 * The host under abuse, measured as a separate process: a socket that
 * never reads and asks for the whole session 45 times a second (inside the
 * rate limit), once as the local console and once with a view token over
 * the venue network; thousands of sockets opened at once; a burst of
 * guessed tokens. Reports the host's peak memory and what the abuser got.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { rm } from 'node:fs/promises';
import WebSocket from 'ws';
import { ServeProcess } from '../tests/serve-process';
import type { CallResult } from '../shared/contract/protocol';
import type { LanStatus } from '../shared/contract/api';
import { figure, type Figure } from './report';
import { seedDataDir, sizedSession } from './seed';
import { cleanUp, within } from './wait';
import { readFrame } from '../tests/frames';

const FLOOD_SECONDS = 14;
const PER_SECOND = 45;

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
  });
}

async function lanOn(url: string): Promise<LanStatus> {
  const socket = await within(open(`${url.replace('http', 'ws')}ws`), 10_000, 'abuse: open the console');
  const answer = new Promise<LanStatus>((resolve) => {
    socket.on('message', (data, isBinary) => {
      const frame = readFrame(data, isBinary);
      if (frame.t === 'result' && frame.id === 1) resolve((frame.result as Extract<CallResult, { ok: true }>).value as LanStatus);
    });
    socket.send(JSON.stringify({ t: 'call', id: 1, method: 'lan.setEnabled', args: { enabled: true } }));
  });
  const status = await within(answer, 10_000, 'abuse: network views on').finally(() => socket.close());
  return status;
}

/** A socket that never reads, asking for snapshots; the host's peak memory while it does. */
async function nonReader(wsUrl: string, pid: number): Promise<{ peakMiB: number; closed: number | null }> {
  const socket = await within(open(wsUrl), 10_000, 'abuse: open the socket that does not read');
  socket.pause();
  let closed: number | null = null;
  socket.on('close', (code) => (closed = code));
  let peak = rssMiB(pid);
  let id = 0;
  const ask = setInterval(() => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ t: 'call', id: ++id, method: 'session.snapshot', args: {} }));
  }, 1000 / PER_SECOND);
  const sample = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 100);
  await new Promise((resolve) => setTimeout(resolve, FLOOD_SECONDS * 1000));
  clearInterval(ask);
  clearInterval(sample);
  socket.terminate();
  return { peakMiB: peak, closed };
}

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

export async function floodBenchmarks(): Promise<Figure[]> {
  const doc = sizedSession(20, 2_000);
  const dataDir = await seedDataDir(doc);
  const server = new ServeProcess(dataDir);
  const url = await server.start();
  const figures: Figure[] = [];
  try {
    const pid = server.pid!;
    const lan = await lanOn(url);
    const base = rssMiB(pid);
    figures.push(figure('abuse', 'host memory at rest, 2,000 recommendations', 'MiB', base));
    const local = await nonReader(`${url.replace('http', 'ws')}ws`, pid);
    figures.push(figure('abuse', `peak host memory, local socket not reading, ${PER_SECOND} snapshots/s for ${FLOOD_SECONDS} s`, 'MiB', local.peakMiB, { max: Math.round(base + 200) }, `closed ${local.closed ?? 'not yet'}`));
    const view = await nonReader(`ws://127.0.0.1:${lan.port}/ws?token=${lan.viewToken}`, pid);
    figures.push(figure('abuse', `peak host memory, view token not reading, ${PER_SECOND} snapshots/s for ${FLOOD_SECONDS} s`, 'MiB', view.peakMiB, { max: Math.round(base + 100) }, `closed ${view.closed ?? 'not yet'}`));

    const attempts = await Promise.allSettled(Array.from({ length: 1_000 }, () => open(`${url.replace('http', 'ws')}ws`)));
    const accepted = attempts.filter((a) => a.status === 'fulfilled');
    for (const a of accepted) (a as PromiseFulfilledResult<WebSocket>).value.terminate();
    figures.push(figure('abuse', 'sockets accepted of 1,000 opened at once from one address', 'sockets', accepted.length, { max: 33 }));

    const started = performance.now();
    const codes: number[] = [];
    for (let i = 0; i < 1_000; i++) codes.push(await status(`http://127.0.0.1:${lan.port}/projector?token=guess${i}`));
    const seconds = (performance.now() - started) / 1000;
    const tried = codes.filter((c) => c === 403).length;
    figures.push(figure('abuse', 'tokens actually tried of 1,000 guesses from one address', 'tokens', tried, { max: 11 }, `${codes.filter((c) => c === 429).length} refused outright, ${seconds.toFixed(1)} s`));
  } finally {
    await cleanUp(
      () => server.stop(),
      () => rm(dataDir, { recursive: true, force: true }),
    );
  }
  return figures;
}
