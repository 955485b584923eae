/**
 * A whole day, flat: nine hours of a session on a simulated clock (one
 * command per simulated second, 32,400 in all, sent back to back), with a
 * speaker timer running and 20 projector views connected over the venue
 * network. The host runs in this process (so the clock can be simulated)
 * with the real server, store and sockets; the memory figure is this
 * process's, views included. Figures: p95 command latency (console to
 * acknowledged) and resident memory in the last hour against the first
 * (target: ratio ≤ 1.2).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionHost } from '../electron/host/session/session-host';
import { startServer, type RunningServer } from '../electron/host/net/server';
import { LanAccess } from '../electron/host/net/lan-access';
import type { Clock, EpochMs, MonotonicMs } from '../shared/kernel/units';
import type { LanStatus } from '../shared/contract/api';
import { figure, type Figure } from './report';
import { median, p95 } from './stats';
import { BenchClient } from './ws-client';
import { cleanUp } from './wait';

const HOURS = 9;

/** The live heap after a full collection (RSS alone also counts what V8 has not yet handed back). */
function heapAfterGcMiB(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
const VIEWS = 20;

/** The command of simulated second `s`: mostly the timer, a message every half minute, a recommendation a minute, an edit now and then. */
function commandAt(s: number, segmentId: string): object {
  if (s % 60 === 0) return { type: 'rec.add', recommendation: { text: `Recommendation of minute ${s / 60}: a regional platform of women mediators`, rapporteur: 'Day' } };
  if (s % 30 === 0) return { type: 'timer.message', text: `Two minutes left (${s})`, flash: false };
  if (s % 7 === 0) return { type: 'segment.update', segmentId, patch: { title: `Panel, edit ${s}` } };
  return { type: 'timer.adjust', deltaMs: s % 2 === 0 ? 1000 : -1000 };
}

export async function dayBenchmarks(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'moderator-day-'));
  let simulated = 0;
  const base = Date.UTC(2023, 9, 16, 3);
  const clock: Clock = { now: () => (base + simulated) as EpochMs, monotonic: () => simulated as MonotonicMs };
  const clients: BenchClient[] = [];
  let host: SessionHost | null = null;
  let server: RunningServer | null = null;
  try {
    host = await SessionHost.open({ dataDir: dir, clock });
    const lan = await LanAccess.load(dir, 0);
    server = await startServer({ host, staticDir: join('out', 'renderer'), listen: { hostname: '127.0.0.1', port: 0 }, lan, lanHostname: '127.0.0.1', views: { rateLimit: { burst: 1e9, perSecond: 1e9 } } });
    const console_ = await BenchClient.open(`${server.url!.replace('http', 'ws')}ws`, 'day: the console', { mirror: false });
    clients.push(console_);
    const doc = await console_.snapshotDoc('day: the console');
    const segmentId = doc.parts[0]!.segments[0]!.id;
    const status = await console_.call<LanStatus>('lan.setEnabled', { enabled: true }, 'day: network views on');
    for (let i = 0; i < VIEWS; i++) {
      const view = await BenchClient.open(`ws://127.0.0.1:${status.port}/ws?token=${status.viewToken}`, `day: projector ${i + 1}`, { mirror: false });
      clients.push(view);
      await view.snapshotDoc(`day: projector ${i + 1}`);
    }
    for (const command of [{ type: 'segment.setStatus', segmentId, status: 'live', offDay: 'keepEventDate' }, { type: 'timer.select', segmentId }, { type: 'timer.set', durationMs: 3 * 3_600_000 }, { type: 'timer.start' }]) {
      await console_.dispatch(command, 'day: start the timer');
    }
    const hours: Array<{ latency: number[]; rssMiB: number; heapMiB: number }> = [];
    for (let hour = 0; hour < HOURS; hour++) {
      const latency: number[] = [];
      for (let s = hour * 3600 + 1; s <= (hour + 1) * 3600; s++) {
        simulated = s * 1000;
        const start = performance.now();
        await console_.dispatch(commandAt(s, segmentId), `day: hour ${hour + 1}, second ${s}`);
        latency.push(performance.now() - start);
      }
      hours.push({ latency, rssMiB: process.memoryUsage().rss / 2 ** 20, heapMiB: heapAfterGcMiB() });
    }
    const first = hours[0]!;
    const last = hours.at(-1)!;
    return [
      figure('day', `9-hour day: p95 command latency, last hour / first hour`, 'x', p95(last.latency) / p95(first.latency), { max: 1.2 }, `${p95(first.latency).toFixed(2)} → ${p95(last.latency).toFixed(2)} ms (medians ${median(first.latency).toFixed(2)} → ${median(last.latency).toFixed(2)} ms), ${VIEWS} projectors, timer running`),
      figure('day', `9-hour day: resident memory, last hour / first hour`, 'x', last.rssMiB / first.rssMiB, { max: 1.2 }, `${first.rssMiB.toFixed(0)} → ${last.rssMiB.toFixed(0)} MiB (host and views in one process); heap after GC ${first.heapMiB.toFixed(0)} → ${last.heapMiB.toFixed(0)} MiB; ${HOURS * 3600} commands`),
    ];
  } finally {
    await cleanUp(
      () => clients.forEach((client) => client.close()),
      () => server?.close(),
      () => host?.close(),
      () => rm(dir, { recursive: true, force: true }),
    );
  }
}
