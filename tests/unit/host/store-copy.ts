/**
 * The data dir's store as a kill -9 would leave it right now: the folder
 * copied (the running host keeps its lock and its file open), then read
 * through a plain connection to the copy. For tests that check what is on
 * disk, not only what the host holds in memory.
 */
import Database from 'better-sqlite3';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../helpers';

/** A copy of the data dir as it is on disk now. */
export async function crashCopy(dir: string): Promise<string> {
  const copy = await tempDir('crashed');
  await cp(dir, copy, { recursive: true });
  return copy;
}

export interface StoreRows {
  /** The commands after the snapshot, as stored. */
  commands: Array<{ seq: number; at: number; ids: string[]; cmd: { type: string } & Record<string, unknown> }>;
  snapshot: { seq: number; savedAt: number } | null;
  /** The snapshot's chunk keys, sorted. */
  chunkKeys: string[];
}

/** What the store in `dir` holds, read from a copy (see the header). */
export async function storeRows(dir: string): Promise<StoreRows> {
  const copy = await crashCopy(dir);
  const db = new Database(join(copy, 'session.sqlite'));
  try {
    const commands = db.prepare<[], { seq: number; at: number; ids: string; cmd: string }>('SELECT seq, at, ids, cmd FROM commands ORDER BY seq').all();
    const snapshot = db.prepare<[], { seq: number; saved_at: number }>('SELECT seq, saved_at FROM snapshot').get();
    const keys = db.prepare<[], { key: string }>('SELECT key FROM snapshot_chunks ORDER BY key').all();
    return {
      commands: commands.map((row) => ({ seq: row.seq, at: row.at, ids: JSON.parse(row.ids) as string[], cmd: JSON.parse(row.cmd) as StoreRows['commands'][number]['cmd'] })),
      snapshot: snapshot === undefined ? null : { seq: snapshot.seq, savedAt: snapshot.saved_at },
      chunkKeys: keys.map((row) => row.key),
    };
  } finally {
    db.close();
  }
}
