/**
 * Session store figures (issue 12): durable append latency (WAL,
 * synchronous=FULL: each command is flushed before it returns) on a new
 * session and on a large one (10,000 recommendations in 256 chunks, about
 * 6.4 MB), the cost of a snapshot of a few changed chunks against one of
 * every chunk, and open (quick_check + every checksum) and backup times at
 * that size, beside the disk's own flush latency (append + fdatasync, what
 * the legacy journal paid), since no store can be steadier than its disk.
 * Part of `npm run bench`; alone: `tsx bench/store.ts`.
 */
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SessionStore, type StoredCommand } from '../electron/host/store/session-store';
import { legacyChunks } from '../electron/host/session/state-chunks';
import { figure, printTable, type Figure } from './report';
import { median, p95, quantile } from './stats';

const APPENDS = 2_000;
const SHARDS = 256;
const RECOMMENDATIONS = 10_000;

const options = { now: Date.now, appVersion: 'bench', splitLegacyState: legacyChunks };

function entry(seq: number): StoredCommand {
  return { seq, at: Date.now(), ids: [], cmd: { type: 'segment.update', segmentId: 'segment-1', patch: { title: `Keynote, take ${seq}` } } };
}

/** 10,000 recommendations of ~640 bytes of JSON each, cut into 256 shards. */
function largeChunks(version: number): Array<[string, unknown]> {
  const shards: Array<[string, unknown]> = [];
  for (let shard = 0; shard < SHARDS; shard++) {
    const items = [];
    for (let i = shard; i < RECOMMENDATIONS; i += SHARDS) {
      items.push({
        id: `rec-${i.toString().padStart(5, '0')}-8c1f2a7e-4b0d-4c55-9a53-6f1e0c3b9d21`,
        text: `Recommendation ${i} (v${version}): member states should publish a yearly report on progress, with figures by region and by sector, and consult civil society before each revision of the plan.`,
        country: 'Kazakhstan',
        status: 'accepted',
        createdAt: 1_697_414_400_000 + i,
        tags: ['governance', 'reporting'],
      });
    }
    shards.push([`rec.shard.${shard.toString(16).padStart(2, '0')}`, { items }]);
  }
  return [['doc.event', { title: 'Conference', timeZone: 'Asia/Almaty' }], ['doc.parts', []], ['history', {}], ...shards];
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function withStore<T>(label: string, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), `moderator-bench-store-${label}-`));
  try {
    return await run(join(dir, 'session'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function appendLatencies(store: SessionStore): number[] {
  const samples: number[] = [];
  const first = store.lastSeq + 1;
  for (let seq = first; seq < first + APPENDS; seq++) samples.push(time(() => store.append(entry(seq))));
  return samples;
}

function latencyFigures(label: string, samples: number[], note?: string): Figure[] {
  return [
    figure('store', `${label}: median`, 'ms', median(samples)),
    figure('store', `${label}: p95`, 'ms', p95(samples)),
    figure('store', `${label}: p99`, 'ms', quantile(samples, 0.99)),
    figure('store', `${label}: p99 / median`, '×', quantile(samples, 0.99) / median(samples), undefined, note),
  ];
}

/** The disk's own flush latency, as the legacy journal paid it: append one line, fdatasync. The store can not be steadier than this. */
async function diskBaseline(): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'moderator-bench-fsync-'));
  const fd = openSync(join(dir, 'journal.jsonl'), 'a');
  const samples: number[] = [];
  try {
    for (let seq = 1; seq <= APPENDS; seq++) {
      const line = `${JSON.stringify(entry(seq))}\n`;
      samples.push(
        time(() => {
          writeSync(fd, line);
          fdatasyncSync(fd);
        }),
      );
    }
  } finally {
    closeSync(fd);
    await rm(dir, { recursive: true, force: true });
  }
  return samples;
}

export async function storeBenchmarks(): Promise<Figure[]> {
  const figures: Figure[] = [...latencyFigures(`disk: append a line + fdatasync, ${APPENDS} times`, await diskBaseline(), 'the disk alone (legacy journal)')];
  await withStore('small', async (dir) => {
    const { store } = await SessionStore.open(dir, options);
    store.saveSnapshot(0, [['doc.event', { title: 'Conference' }]], [], Date.now());
    figures.push(...latencyFigures(`append, new session, ${APPENDS} commands`, appendLatencies(store)));
    store.close();
  });
  await withStore('large', async (dir) => {
    const opened = await SessionStore.open(dir, options);
    const { store } = opened;
    const all = largeChunks(0);
    const full = time(() => store.saveSnapshot(0, all, [], Date.now()));
    figures.push(...latencyFigures(`append, ${RECOMMENDATIONS.toLocaleString('en')} recommendations, ${APPENDS} commands`, appendLatencies(store)));
    const changed = largeChunks(1).filter(([key]) => key === 'doc.parts' || key === 'rec.shard.3f');
    const partial = time(() => store.saveSnapshot(store.lastSeq, changed, [], Date.now()));
    figures.push(figure('store', `snapshot, all ${all.length} chunks (~6.4 MB)`, 'ms', full), figure('store', 'snapshot, 2 changed chunks', 'ms', partial));
    const backup = performance.now();
    await store.backupNow('manual');
    figures.push(figure('store', 'backup (online API + check)', 'ms', performance.now() - backup));
    store.close();
    const open = performance.now();
    const reopened = await SessionStore.open(dir, options);
    figures.push(figure('store', 'open (quick_check, every checksum, parse)', 'ms', performance.now() - open));
    reopened.store.close();
  });
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(printTable(await storeBenchmarks()));
