/**
 * Host figures: command latency (dispatch to acknowledged, i.e. applied,
 * fsync'd and published) at several session sizes, the ratio between the
 * largest and smallest, startup (snapshot load + journal replay), and the
 * snapshot's size on disk. Fsync is on: these are durable latencies.
 */
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SessionHost } from '../electron/host/session/session-host';
import type { Command } from '../shared/session/commands';
import { allSegments } from '../shared/run-of-show/model';
import { allRecommendations } from '../shared/recommendations/model';
import { figure, type Figure } from './report';
import { median, p95 } from './stats';
import { seedDataDir, sizedSession } from './seed';

const COMMANDS_PER_SIZE = 200;

type CommandMaker = (host: SessionHost) => (i: number) => Command;

async function latency(segments: number, recommendations: number, commandFor: CommandMaker): Promise<number[]> {
  const dir = await seedDataDir(sizedSession(segments, recommendations));
  const host = await SessionHost.open({ dataDir: dir, snapshotEvery: 100_000 });
  const command = commandFor(host);
  const samples: number[] = [];
  for (let i = 0; i < COMMANDS_PER_SIZE + 20; i++) {
    const next = command(i);
    const start = performance.now();
    const result = await host.dispatch(next);
    if (!result.ok) throw new Error(`bench command refused: ${result.error.field} ${result.error.message}`);
    if (i >= 20) samples.push(performance.now() - start);
  }
  await host.close();
  await rm(dir, { recursive: true, force: true });
  return samples;
}

/** Renames a segment in the middle of the run-of-show. */
const editSegment: CommandMaker = (host) => {
  const segments = allSegments(host.current.doc);
  const segmentId = segments[Math.floor(segments.length / 2)]!.id;
  return (i) => ({ type: 'segment.update', segmentId, patch: { title: `Renamed ${i}` } });
};

/** Edits a recommendation in the middle of the record. */
const editRecommendation: CommandMaker = (host) => {
  const ids = allRecommendations(host.current.doc.recommendations).map((r) => r.id);
  const id = ids[Math.floor(ids.length / 2)]!;
  return (i) => ({ type: 'rec.update', id, patch: { text: `Edited text ${i}` } });
};

/** Captures a new recommendation, as the rapporteur's quick capture does. */
const addRecommendation: CommandMaker = () => (i) => ({ type: 'rec.add', recommendation: { text: `Новая рекомендация ${i}: establish a platform`, rapporteur: 'Bench' } });

async function sizeSeries(group: string, label: string, sizes: number[], run: (size: number) => Promise<number[]>): Promise<Figure[]> {
  const figures: Figure[] = [];
  const medians: number[] = [];
  for (const size of sizes) {
    const samples = await run(size);
    medians.push(median(samples));
    figures.push(figure(group, `command latency, ${size.toLocaleString('en')} ${label} (median)`, 'ms', median(samples), undefined, `p95 ${p95(samples).toFixed(2)} ms`));
  }
  figures.push(figure(group, `latency ratio ${sizes.at(-1)!.toLocaleString('en')} / ${sizes[0]!.toLocaleString('en')} ${label}`, 'x', medians.at(-1)! / medians[0]!, { max: 1.5 }));
  return figures;
}

export async function hostBenchmarks(): Promise<Figure[]> {
  const figures = [
    ...(await sizeSeries('host', 'segments', [10, 100, 1000], (n) => latency(n, 0, editSegment))),
    ...(await sizeSeries('host', 'recommendations (edit)', [100, 1000, 10_000], (n) => latency(10, n, editRecommendation))),
    ...(await sizeSeries('host', 'recommendations (add)', [100, 10_000], (n) => latency(10, n, addRecommendation))),
  ];

  const dir = await seedDataDir(sizedSession(100, 10_000));
  const startups: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const host = await SessionHost.open({ dataDir: dir, snapshotEvery: 100_000 });
    startups.push(performance.now() - start);
    const edit = editRecommendation(host);
    for (let c = 0; c < 200; c++) await host.dispatch(edit(c));
    // Leave the journal in place (no close): the next start replays it.
  }
  figures.push(figure('host', 'startup: snapshot + journal replay, 10,000 recommendations (median)', 'ms', median(startups), { max: 1000 }, `replaying up to ${200 * 4} journal lines`));
  figures.push(figure('host', 'snapshot size on disk, 10,000 recommendations', 'MB', (await stat(join(dir, 'snapshot.json'))).size / 1e6));
  await rm(dir, { recursive: true, force: true });
  return figures;
}
