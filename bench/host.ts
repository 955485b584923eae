/**
 * Host figures: command latency (dispatch to acknowledged: applied, stored
 * in a committed and flushed SQLite transaction, published) at several
 * session sizes, as a client sends them (the next command arrives after
 * the answer, in a later turn of the event loop, so a snapshot queued
 * behind a command is paid by whichever command arrives while it runs),
 * with the host's own snapshot policy; the ratio between the largest and
 * smallest session, p99 against the median, what each snapshot (off the
 * command path) cost, start-up (snapshot + stored commands to replay) and
 * the store's size on disk.
 */
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionHost, SNAPSHOT_FORCED_AFTER } from '../electron/host/session/session-host';
import type { Command } from '../shared/session/commands';
import { allSegments } from '../shared/run-of-show/model';
import { allRecommendations } from '../shared/recommendations/model';
import { figure, type Figure } from './report';
import { median, p95, quantile } from './stats';
import { seedDataDir, sizedSession } from './seed';
import { fdatasyncFloor } from './floor';

const COMMANDS_PER_SIZE = 1_000;
const WARM_UP = 20;
/** The disk is sampled after every DISK_EVERY-th command (a journal line's size). */
const DISK_EVERY = 2;
const LINE_BYTES = 200;

type CommandMaker = (host: SessionHost) => (i: number) => Command;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

interface Run {
  samples: number[];
  snapshots: number[];
  /** A bare append + fdatasync of one line after each command: the disk's own spread, under the same load. */
  disk: number[];
}

async function latency(segments: number, recommendations: number, commandFor: CommandMaker): Promise<Run> {
  const dir = await seedDataDir(sizedSession(segments, recommendations));
  const snapshots: number[] = [];
  const host = await SessionHost.open({ dataDir: dir, onSnapshot: ({ durationMs }) => snapshots.push(durationMs) });
  const command = commandFor(host);
  const samples: number[] = [];
  const disk: number[] = [];
  const sync = await fdatasyncFloor(LINE_BYTES);
  try {
    for (let i = 0; i < COMMANDS_PER_SIZE + WARM_UP; i++) {
      const next = command(i);
      await nextTurn();
      const start = performance.now();
      const result = await host.dispatch(next);
      if (!result.ok) throw new Error(`bench command refused: ${result.error.field} ${result.error.message}`);
      if (i >= WARM_UP) samples.push(performance.now() - start);
      if (i % DISK_EVERY === 0) disk.push(await sync.once());
    }
  } finally {
    await host.close();
    await sync.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { samples, snapshots, disk };
}

/** Renames a segment in the middle of the run-of-show. */
const editSegment: CommandMaker = (host) => {
  const segments = allSegments(host.current.doc);
  const segmentId = segments[Math.floor(segments.length / 2)]!.id;
  return (i) => ({ type: 'segment.update', segmentId, patch: { title: `Renamed ${i}` } });
};

/** Edits recommendations spread over the record (another shard almost every time: the most a snapshot can have to write). */
const editRecommendation: CommandMaker = (host) => {
  const ids = allRecommendations(host.current.doc.recommendations).map((r) => r.id);
  return (i) => ({ type: 'rec.update', id: ids[(i * 7919) % ids.length]!, patch: { text: `Edited text ${i}` } });
};

/** Captures a new recommendation, as the rapporteur's quick capture does. */
const addRecommendation: CommandMaker = () => (i) => ({ type: 'rec.add', recommendation: { text: `Новая рекомендация ${i}: establish a platform`, rapporteur: 'Bench' } });

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function sizeSeries(group: string, label: string, sizes: number[], run: (size: number) => Promise<Run>): Promise<Figure[]> {
  const figures: Figure[] = [];
  const medians: number[] = [];
  for (const size of sizes) {
    const { samples, snapshots, disk } = await run(size);
    medians.push(median(samples));
    const name = `${size.toLocaleString('en')} ${label}`;
    figures.push(figure(group, `command latency, ${name} (median)`, 'ms', median(samples), undefined, `p95 ${ms(p95(samples))}, p99 ${ms(quantile(samples, 0.99))}, max ${ms(Math.max(...samples))}`));
    if (size === sizes.at(-1)) {
      const diskSpread = `the disk alone, sampled between the same commands: p99 / median ${(quantile(disk, 0.99) / median(disk)).toFixed(1)} x (${ms(median(disk))}, p99 ${ms(quantile(disk, 0.99))})`;
      figures.push(figure(group, `p99 / median, ${name}`, 'x', quantile(samples, 0.99) / median(samples), { max: 3 }, `no command pays for a snapshot; ${diskSpread}`));
      figures.push(
        figure(group, `snapshot in an unbroken burst (every ${SNAPSHOT_FORCED_AFTER} commands), ${name} (median)`, 'ms', median(snapshots), undefined, `${snapshots.length} taken, max ${ms(Math.max(...snapshots))}; queued after a command's answer`),
      );
    }
  }
  figures.push(figure(group, `latency ratio ${sizes.at(-1)!.toLocaleString('en')} / ${sizes[0]!.toLocaleString('en')} ${label}`, 'x', medians.at(-1)! / medians[0]!, { max: 1.5 }));
  return figures;
}

async function startup(): Promise<Figure[]> {
  let dir = await seedDataDir(sizedSession(100, 10_000));
  const startups: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    // No snapshot while it runs: each start replays every command so far (up to 4 x 150).
    const host = await SessionHost.open({ dataDir: dir, snapshots: { afterCommands: 1_000_000, idleMs: 3_600_000 } });
    startups.push(performance.now() - start);
    const edit = editRecommendation(host);
    for (let c = 0; c < 150; c++) await host.dispatch(edit(c));
    // The folder as a kill -9 leaves it: a copy taken while the host still holds it.
    const crashed = await mkdtemp(join(tmpdir(), 'moderator-bench-crashed-'));
    await cp(dir, crashed, { recursive: true });
    await host.close();
    await rm(dir, { recursive: true, force: true });
    dir = crashed;
  }
  const figures = [
    figure('host', 'startup: snapshot + stored commands replayed, 10,000 recommendations (median)', 'ms', median(startups), { max: 1000 }, `replaying up to ${150 * 4} commands; ${startups.map((s) => s.toFixed(0)).join(', ')} ms`),
    figure('host', 'store size on disk, 10,000 recommendations', 'MB', (await stat(join(dir, 'session.sqlite'))).size / 1e6),
  ];
  await rm(dir, { recursive: true, force: true });
  return figures;
}

export async function hostBenchmarks(): Promise<Figure[]> {
  return [
    ...(await sizeSeries('host', 'segments', [10, 100, 1000], (n) => latency(n, 0, editSegment))),
    ...(await sizeSeries('host', 'recommendations (edit)', [100, 1000, 10_000], (n) => latency(10, n, editRecommendation))),
    ...(await sizeSeries('host', 'recommendations (add)', [100, 10_000], (n) => latency(10, n, addRecommendation))),
    ...(await startup()),
  ];
}
