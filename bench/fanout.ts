/**
 * Fan-out: from a command sent by the console until every connected view
 * has the change, over loopback, against the real serve process (which
 * validates, applies, appends and fdatasyncs, then publishes). Each figure is set against a floor
 * measured sample by sample in the same loop (so both see the same load):
 * a bare `ws` broadcast of a frame of the same size to the same number of
 * views (floor.ts) plus a bare append + fdatasync of one line.
 *
 * - timer +/-1 min and a message to the speaker, to 5 and 20 projector
 *   views (view token, over the venue-network listener);
 * - renaming a segment, to 1, 5 and 20 consoles (each applies the patch to
 *   its mirror).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServeProcess } from '../tests/serve-process';
import type { LanStatus } from '../shared/contract/api';
import { figure, type Figure } from './report';
import { BenchClient } from './ws-client';
import { fdatasyncFloor, FloorServer, spreadOf, type Spread } from './floor';
import { cleanUp, sleep, within } from './wait';

const SAMPLES = 100;
const WARMUP = 10;
/** Under the server's per-socket rate limit (50 messages a second). */
const PACE_MS = 20;
/** About a journal line of these commands. */
const LINE_BYTES = 200;

interface Row {
  label: string;
  ours: number[];
  broadcast: number[];
  sync: number[];
  frameBytes: number;
  /** Targets as multiples of the floor, when the issue sets them. */
  targets?: { median: number; p95: number };
}

type Floors = { once(frameBytes: number): Promise<number>; close(): void };
type Sync = { once(): Promise<number> };

/** Sends `command(i)` from the console, times until every view has the version it made; a floor sample after each. */
async function measure(console_: BenchClient, views: BenchClient[], floor: Floors, sync: Sync, label: string, command: (i: number) => object): Promise<Omit<Row, 'label' | 'targets'>> {
  let bytes = 0;
  let frames = 0;
  for (const view of views) {
    view.onEvent = (_event, size) => {
      bytes += size;
      frames++;
    };
  }
  const row = { ours: [] as number[], broadcast: [] as number[], sync: [] as number[], frameBytes: 0 };
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const target = console_.version + 1;
    const start = performance.now();
    const ack = console_.dispatch(command(i), `${label} #${i}`);
    await within(Promise.all(views.map((view) => view.reached(target))), 10_000, `${label} #${i}: every view has version ${target}`);
    const ms = performance.now() - start;
    await ack;
    row.frameBytes = Math.round(bytes / Math.max(1, frames));
    await sleep(PACE_MS);
    const broadcast = await floor.once(row.frameBytes);
    await sleep(PACE_MS);
    const synced = await sync.once();
    if (i >= WARMUP) {
      row.ours.push(ms);
      row.broadcast.push(broadcast);
      row.sync.push(synced);
    }
    await sleep(PACE_MS);
  }
  for (const view of views) view.onEvent = null;
  return row;
}

export async function fanOutBenchmarks(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'moderator-fanout-'));
  const server = new ServeProcess(dataDir);
  const clients: BenchClient[] = [];
  const floorViews: Floors[] = [];
  const rows: Row[] = [];
  let floor: FloorServer | null = null;
  const sync = await fdatasyncFloor(LINE_BYTES);
  try {
    floor = await FloorServer.start();
    const url = await server.start();
    const wsUrl = `${url.replace('http', 'ws')}ws`;
    const console_ = await BenchClient.open(wsUrl, 'fan-out: the console');
    clients.push(console_);
    const doc = await console_.snapshotDoc('fan-out: the console');
    const segmentId = doc.parts[0]!.segments[0]!.id;
    const lan = await console_.call<LanStatus>('lan.setEnabled', { enabled: true }, 'fan-out: network views on');
    for (const command of [
      { type: 'segment.setStatus', segmentId, status: 'live', offDay: 'keepEventDate' },
      { type: 'timer.select', segmentId },
      { type: 'timer.set', durationMs: 3_600_000 },
      { type: 'timer.start' },
    ]) {
      await console_.dispatch(command, 'fan-out: start the speaker timer');
    }

    const projectors: BenchClient[] = [];
    for (const count of [5, 20]) {
      while (projectors.length < count) {
        const view = await BenchClient.open(`ws://127.0.0.1:${lan.port}/ws?token=${lan.viewToken}`, `fan-out: projector ${projectors.length + 1}`, { mirror: false });
        clients.push(view);
        await view.snapshotDoc(`fan-out: projector ${projectors.length + 1}`);
        projectors.push(view);
      }
      const bare = await floor.views(count);
      floorViews.push(bare);
      const targets = { median: 1.5, p95: 2 };
      const adjust = await measure(console_, projectors, bare, sync, `timer +/-1 min to ${count} projectors`, (i) => ({ type: 'timer.adjust', deltaMs: i % 2 === 0 ? 60_000 : -60_000 }));
      rows.push({ label: `timer +/-1 min → ${count} projector views`, targets, ...adjust });
      const message = await measure(console_, projectors, bare, sync, `message to ${count} projectors`, (i) => ({ type: 'timer.message', text: `Please conclude, ${i}`, flash: i % 2 === 0 }));
      rows.push({ label: `message to the speaker → ${count} projector views`, targets, ...message });
      bare.close();
    }
    for (const view of projectors) view.close();

    const consoles: BenchClient[] = [];
    for (const count of [1, 5, 20]) {
      while (consoles.length < count) {
        const view = await BenchClient.open(wsUrl, `fan-out: console ${consoles.length + 1}`);
        clients.push(view);
        await view.snapshotDoc(`fan-out: console ${consoles.length + 1}`);
        consoles.push(view);
      }
      const bare = await floor.views(count);
      floorViews.push(bare);
      const rename = await measure(console_, consoles, bare, sync, `rename to ${count} consoles`, (i) => ({ type: 'segment.update', segmentId, patch: { title: `Fan-out ${i}` } }));
      rows.push({ label: `segment renamed → ${count} console${count === 1 ? '' : 's'}`, ...rename });
      bare.close();
    }
  } finally {
    await cleanUp(
      () => clients.forEach((client) => client.close()),
      () => floorViews.forEach((views) => views.close()),
      () => floor?.stop(),
      () => server.stop(),
      () => sync.close(),
      () => rm(dataDir, { recursive: true, force: true }),
    );
  }
  const allSync = spreadOf(rows.flatMap((row) => row.sync));
  return [figure('floor', `bare append + fdatasync of one ${LINE_BYTES}-byte line (median)`, 'ms', allSync.median, undefined, `p95 ${allSync.p95.toFixed(2)} ms`), ...rows.flatMap(ratioFigures)];
}

function ratioFigures(row: Row): Figure[] {
  const ours = spreadOf(row.ours);
  const broadcast = spreadOf(row.broadcast);
  const sync = spreadOf(row.sync);
  const floorOf = (stat: keyof Spread) => broadcast[stat] + sync[stat];
  const note = (stat: keyof Spread) =>
    `${ours[stat].toFixed(2)} ms vs floor ${floorOf(stat).toFixed(2)} ms (bare ws ${broadcast[stat].toFixed(2)} + fdatasync ${sync[stat].toFixed(2)}), frame ${row.frameBytes} B`;
  return (['median', 'p95'] as const).map((stat) =>
    figure('fan-out', `${row.label} (${stat}), × floor`, 'x', ours[stat] / floorOf(stat), row.targets ? { max: row.targets[stat] } : undefined, note(stat)),
  );
}
