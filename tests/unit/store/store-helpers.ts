/**
 * Fixtures for the session store tests: a clock the test moves, commands
 * and snapshot chunks that look like the host's, stores closed before
 * their temp dir is removed, and raw access to a closed store file for
 * doing damage.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { SessionStore, type OpenedStore, type StoreOptions, type StoredCommand } from '../../../electron/host/store/session-store';

export const APP_VERSION = '0.1.0-test';
/** 09:00 in Almaty on the conference day. */
export const START = Date.parse('2023-10-16T03:00:00.000Z');

export interface TestClock {
  now: () => number;
  advance(ms: number): void;
}

export function testClock(start = START): TestClock {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
  };
}

/** A legacy state as one chunk: the store's tests do not need the host's cut (state-chunks.ts). */
const wholeState = (state: unknown): Array<[string, unknown]> => [['state', state]];

export function storeOptions(clock: TestClock, extra: Partial<StoreOptions> = {}): StoreOptions {
  return { now: clock.now, appVersion: APP_VERSION, lockWaitMs: 0, splitLegacyState: wholeState, ...extra };
}

/** Opens a store that is closed when the test finishes (before its dir is removed). */
export async function openStore(dir: string, options: StoreOptions): Promise<OpenedStore> {
  const opened = await SessionStore.open(dir, options);
  onTestFinished(() => opened.store.close());
  return opened;
}

/** A command like the host journals: a title change, with the host time it was accepted. */
export function command(seq: number, title = `Title ${seq}`): StoredCommand {
  return { seq, at: START + seq * 1_000 + 0.25, ids: [`id-${seq}`], cmd: { type: 'segment.update', segmentId: 'seg-1', patch: { title } } };
}

export function commands(from: number, to: number): StoredCommand[] {
  const list: StoredCommand[] = [];
  for (let seq = from; seq <= to; seq++) list.push(command(seq));
  return list;
}

/** Snapshot chunks shaped like the host's: the document's slices and recommendation shards. */
export function chunks(version: string, shards = 4): Array<[string, unknown]> {
  const list: Array<[string, unknown]> = [
    ['doc.event', { title: `Conference ${version}`, timeZone: 'Asia/Almaty' }],
    ['doc.parts', [{ id: 'part-1', title: 'Opening', segments: [{ id: 'seg-1', title: version }] }]],
    ['history', { runOfShow: { undo: [], redo: [] } }],
  ];
  for (let shard = 0; shard < shards; shard++) {
    list.push([`rec.shard.${shard.toString(16).padStart(2, '0')}`, { items: Array.from({ length: 20 }, (_, i) => ({ id: `rec-${shard}-${i}`, text: `Recommendation ${i} of shard ${shard} (${version})` })) }]);
  }
  return list;
}

export function appendAll(opened: OpenedStore, list: StoredCommand[]): void {
  for (const entry of list) opened.store.append(entry);
}

/** A raw connection to a closed store file, for doing damage the way a tool or a disk would. */
export function withRaw<T>(path: string, edit: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return edit(db);
  } finally {
    db.close();
  }
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function keptFiles(dir: string): string[] {
  const kept = join(dir, 'kept');
  return existsSync(kept) ? readdirSync(kept).sort() : [];
}

export function fileMode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** Every file under `dir` whose name contains ".tmp", recursively. */
export function tempFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.includes('.tmp')) found.push(join(entry.parentPath, entry.name));
  }
  return found;
}
