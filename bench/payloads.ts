/**
 * What a view downloads before it shows anything, at 500 segments and
 * 10,000 recommendations, and twenty views reconnecting at once:
 *
 * - first payload: the bytes a connection receives up to and including its
 *   opening snapshot (the access frame and the snapshot; the console's is
 *   deflated, protocol.ts), for a projector (view token) and the console;
 * - reconnect storm: 20 projectors, then 20 consoles, opening at the same
 *   instant (three rounds) while the chair keeps sending commands (from a
 *   process of its own, storm-chair.ts: the chair's console is never in
 *   the same process as twenty others' browsers); when each
 *   has its opening snapshot (p95 of the 60; the console's arrives deflated
 *   and is not parsed here, as each browser parses its own), the chair's
 *   command latency meanwhile (p95), and the host's peak resident memory,
 *   sampled every 10 ms.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { ServeProcess } from '../tests/serve-process';
import type { LanStatus } from '../shared/contract/api';
import { figure, type Figure } from './report';
import { median, p95 } from './stats';
import { seedDataDir, sizedSession } from './seed';
import { BenchClient } from './ws-client';
import { cleanUp, sleep, until, within } from './wait';

const VIEWS = 20;
const ROUNDS = 3;
const CHAIR_EVERY_MS = 25;

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

/** Opens a connection, times it to its opening snapshot; returns the time and the bytes received by then. */
async function firstPayload(url: string, step: string, opened: BenchClient[], countOnly = false): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const client = await BenchClient.open(url, step, { mirror: false, countOnly });
  opened.push(client);
  const at = await within(client.opened(step), 30_000, step);
  return { ms: at - start, bytes: client.bytesIn };
}

interface Storm {
  readyMs: number[];
  chairMs: number[];
  peakMiB: number;
  restMiB: number;
  bytes: number;
}

/** The chair in a process of its own (storm-chair.ts), sending a command every CHAIR_EVERY_MS until `stop`. */
async function startChair(url: string, label: string): Promise<{ stop(): Promise<number[]>; kill(): void }> {
  const child = fork(join(import.meta.dirname, 'storm-chair.ts'), [url, String(CHAIR_EVERY_MS)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const messages: unknown[] = [];
  child.on('message', (message) => messages.push(message));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = () => child.kill('SIGKILL');
  try {
    await until(() => messages.includes('ready') || child.exitCode !== null, 30_000, `${label}: the chair's process connected`);
    if (!messages.includes('ready')) throw new Error(`${label}: the chair's process exited (${child.exitCode}) before it was ready`);
  } catch (error) {
    kill();
    throw error;
  }
  return {
    kill,
    async stop() {
      child.send('stop');
      const result = await until(() => messages.find((m): m is { chairMs: number[] } => typeof m === 'object' && m !== null && 'chairMs' in m), 30_000, `${label}: the chair's latencies`);
      await within(exited, 10_000, `${label}: the chair's process exits`);
      return result.chairMs;
    },
  };
}

/** `VIEWS` connections to `url` at once, ROUNDS times, while the chair (its own process) sends a command every CHAIR_EVERY_MS. */
async function storm(url: string, chairUrl: string, pid: number, label: string): Promise<Storm> {
  const opened: BenchClient[] = [];
  const restMiB = rssMiB(pid);
  let peakMiB = restMiB;
  const sampler = setInterval(() => (peakMiB = Math.max(peakMiB, rssMiB(pid))), 10);
  const chair = await startChair(chairUrl, label);
  try {
    const readyMs: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.all(Array.from({ length: VIEWS }, (_, i) => firstPayload(url, `${label}: round ${round + 1}, view ${i + 1} of ${VIEWS} has its snapshot`, opened, true)));
      readyMs.push(...results.map((r) => r.ms));
      bytes = results[0]!.bytes;
      // Memory settles after the last send; keep sampling a moment.
      await sleep(300);
      for (const client of opened.splice(0)) client.close();
    }
    const chairMs = await chair.stop();
    return { readyMs, chairMs, peakMiB, restMiB, bytes };
  } finally {
    chair.kill();
    clearInterval(sampler);
    for (const client of opened) client.close();
  }
}

export async function payloadBenchmarks(): Promise<Figure[]> {
  const dataDir = await seedDataDir(sizedSession(500, 10_000));
  const server = new ServeProcess(dataDir);
  const clients: BenchClient[] = [];
  const figures: Figure[] = [];
  try {
    const url = await server.start();
    const consoleUrl = `${url.replace('http', 'ws')}ws`;
    const chair = await BenchClient.open(consoleUrl, 'payloads: the chair');
    clients.push(chair);
    const doc = await chair.snapshotDoc('payloads: the chair');
    const segmentId = doc.parts[0]!.segments[0]!.id;
    const lan = await chair.call<LanStatus>('lan.setEnabled', { enabled: true }, 'payloads: network views on');
    for (const command of [{ type: 'segment.setStatus', segmentId, status: 'live', offDay: 'keepEventDate' }, { type: 'timer.select', segmentId }, { type: 'timer.set', durationMs: 3_600_000 }, { type: 'timer.start' }]) {
      await chair.dispatch(command, 'payloads: start the timer');
    }
    const viewUrl = `ws://127.0.0.1:${lan.port}/ws?token=${lan.viewToken}`;

    const view = await firstPayload(viewUrl, 'payloads: a projector', clients);
    figures.push(figure('payload', "a projector's first payload (view token), 500 segments + 10,000 recommendations", 'KB', view.bytes / 1024, { max: 4 }, `${view.bytes} B`));
    const console_ = await firstPayload(consoleUrl, 'payloads: a console', clients);
    figures.push(figure('payload', "the console's first payload, 500 segments + 10,000 recommendations", 'MB', console_.bytes / 1e6, { max: 1.5 }, `deflated; ${(JSON.stringify(doc).length / 1e6).toFixed(1)} MB as JSON`));
    for (const client of clients.splice(1)) client.close();

    const pid = server.pid!;
    for (const [label, target] of [
      ['projectors', viewUrl],
      ['consoles', consoleUrl],
    ] as const) {
      const result = await storm(target, consoleUrl, pid, `storm of ${label}`);
      figures.push(
        figure('storm', `${VIEWS} ${label} reconnecting at once: all ready (p95 of ${ROUNDS} rounds)`, 'ms', p95(result.readyMs), { max: 300 }, `median ${median(result.readyMs).toFixed(0)} ms, slowest ${Math.max(...result.readyMs).toFixed(0)} ms, ${(result.bytes / 1024).toFixed(1)} KB each`),
        figure('storm', `${VIEWS} ${label} reconnecting at once: host peak memory (RSS)`, 'MiB', result.peakMiB, { max: 200 }, `${result.restMiB.toFixed(0)} MiB before`),
        figure('storm', `${VIEWS} ${label} reconnecting at once: the chair's commands (p95)`, 'ms', p95(result.chairMs), { max: 10 }, `median ${median(result.chairMs).toFixed(2)} ms, max ${Math.max(...result.chairMs).toFixed(1)} ms, ${result.chairMs.length} commands, the chair in its own process`),
      );
    }
  } finally {
    await cleanUp(
      () => clients.forEach((client) => client.close()),
      () => server.stop(),
      () => rm(dataDir, { recursive: true, force: true }),
    );
  }
  return figures;
}
