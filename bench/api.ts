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
import { ServeProcess } from '../tests/serve-process';
import type { LanStatus } from '../shared/contract/api';
import { figure, type Figure } from './report';
import { median, p95 } from './stats';
import { BenchClient } from './ws-client';
import { cleanUp, sleep, within } from './wait';

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

export async function apiBenchmarks(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'moderator-api-'));
  const server = new ServeProcess(dataDir);
  const clients: BenchClient[] = [];
  try {
    const url = await server.start();
    const console_ = await BenchClient.open(`${url.replace('http', 'ws')}ws`, 'remote: the console');
    clients.push(console_);
    const lan = await console_.call<LanStatus>('lan.setEnabled', { enabled: true }, 'remote: network views on');
    const doc = await console_.snapshotDoc('remote: the console');
    await console_.dispatch({ type: 'segment.setStatus', segmentId: doc.parts[0]!.segments[0]!.id, status: 'live', offDay: 'keepEventDate' }, 'remote: go live');
    await console_.dispatch({ type: 'timer.start' }, 'remote: start the timer');
    const projector = await BenchClient.open(`ws://127.0.0.1:${lan.port}/ws?token=${lan.viewToken}`, 'remote: the projector', { mirror: false });
    clients.push(projector);
    await projector.snapshotDoc('remote: the projector');
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES + WARMUP; i++) {
      const seconds = i % 2 === 0 ? 60 : -60;
      const target = console_.version + 1;
      const start = performance.now();
      const status = await within(post(`http://127.0.0.1:${lan.port}/api/v1/timer/add?seconds=${seconds}&token=${lan.controlToken}`), 10_000, `remote: POST timer/add #${i}`);
      if (status !== 200) throw new Error(`remote: the API answered ${status}`);
      await within(projector.reached(target), 10_000, `remote: the projector has version ${target}`);
      if (i >= WARMUP) samples.push(performance.now() - start);
      // Stay under the rate limit of the view's socket and of the address.
      await sleep(30);
    }
    return [
      figure('remote', 'HTTP API call to a projector view updated (median)', 'ms', median(samples), undefined, `p95 ${p95(samples).toFixed(2)} ms, ${SAMPLES} calls`),
      figure('remote', 'HTTP API call to a projector view updated (p95)', 'ms', p95(samples)),
    ];
  } finally {
    await cleanUp(
      () => clients.forEach((client) => client.close()),
      () => server.stop(),
      () => rm(dataDir, { recursive: true, force: true }),
    );
  }
}
