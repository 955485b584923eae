/**
 * Building a new session.sqlite and putting it in place, so that a crash at
 * any moment leaves a folder the next open finishes or undoes exactly.
 * Creating a store, recovering, restoring a backup and migrating all go
 * through here; nothing is ever written into a file found damaged.
 *
 * 1. build   session.sqlite.tmp: schema and content in one transaction,
 *            then flushed to disk. (A crash here: the .tmp is discarded.)
 * 2. ready   rename .tmp -> session.sqlite.ready. From now on the new file
 *            is complete. Its meta row `replaces_kept_as` names where the
 *            files it replaces go.
 * 3. aside   move session.sqlite, then its -wal/-shm, to kept/<name>.
 * 4. install rename .ready -> session.sqlite, flush the folder.
 *
 * At open (finishInterruptedReplacement):
 * - a .tmp is always discarded (step 1 never finished);
 * - a .ready beside a session.sqlite is discarded (step 3 never started:
 *   the old file is still in place and the open decides again);
 * - a .ready without a session.sqlite is installed, after moving any -wal
 *   or -shm still lying there to kept/ beside the file they belong to (a
 *   stray WAL must never be replayed into the new database).
 */
import { openDatabase } from './sqlite';
import { existsSync, fsyncSync, openSync, closeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_DIGEST, chunkRow, commandRow, snapshotSum, toggleDigest } from './checksums';
import type { StoreContent } from './content';
import { SIDE_SUFFIXES, STORE_FILES, createPrivateFile, ensurePrivateDir, moveDatabaseToKept, renameNoReplace, reserveKeptName, storePath, syncDir } from './folder';
import { isEnvironmentError } from './errors';
import { META, SCHEMA } from './schema';

export interface BuildInfo {
  now: number;
  appVersion: string;
  /** kept/<name> the replaced files go to, or null when there is nothing to replace. */
  replacesKeptAs: string | null;
  /** Extra meta rows (e.g. legacy_pending). */
  meta?: Array<[string, string]>;
}

function removeWithSideFiles(path: string): void {
  for (const suffix of ['', ...SIDE_SUFFIXES]) rmSync(path + suffix, { force: true });
}

function flushFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Step 1: the whole content into a fresh file, in one transaction. */
function build(path: string, content: StoreContent, info: BuildInfo): void {
  removeWithSideFiles(path);
  createPrivateFile(path);
  const db = openDatabase(path, { timeout: 0 });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.transaction(() => {
      db.exec(SCHEMA);
      const meta = db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?)');
      meta.run(META.historyId, content.historyId);
      meta.run(META.createdAt, String(info.now));
      meta.run(META.createdBy, info.appVersion);
      if (info.replacesKeptAs !== null) meta.run(META.replacesKeptAs, info.replacesKeptAs);
      for (const [key, value] of info.meta ?? []) meta.run(key, value);
      if (content.snapshot !== null) {
        const insert = db.prepare('INSERT INTO snapshot_chunks (key, json, sum) VALUES (@key, @json, @sum)');
        let digest = EMPTY_DIGEST;
        for (const [key, value] of content.snapshot.chunks) {
          const row = chunkRow(key, value);
          insert.run(row);
          digest = toggleDigest(digest, row.sum);
        }
        const snapshot = { seq: content.snapshot.seq, saved_at: content.snapshot.savedAt, format_version: content.snapshot.formatVersion, chunk_count: content.snapshot.chunks.size, digest };
        db.prepare('INSERT INTO snapshot (id, seq, saved_at, format_version, chunk_count, digest, sum) VALUES (1, @seq, @saved_at, @format_version, @chunk_count, @digest, @sum)').run({ ...snapshot, sum: snapshotSum(snapshot) });
      }
      const insertCommand = db.prepare('INSERT INTO commands (seq, at, ids, cmd, sum) VALUES (@seq, @at, @ids, @cmd, @sum)');
      for (const command of content.commands) insertCommand.run(commandRow(command));
      const insertNote = db.prepare('INSERT INTO recovery_notes (id, at, kind, message, acknowledged_at) VALUES (@id, @at, @kind, @message, @acknowledgedAt)');
      for (const note of content.notes) insertNote.run(note);
    })();
  } finally {
    db.close();
  }
  flushFile(path);
}

/**
 * Builds `content` as the folder's new session.sqlite. Whatever
 * session.sqlite (and side files) was there goes to kept/<replacesKeptAs>;
 * returns the kept paths. On failure before step 3 the folder is as it was.
 */
export function replaceDatabase(dir: string, content: StoreContent, info: BuildInfo): string[] {
  const database = storePath(dir, STORE_FILES.database);
  const building = storePath(dir, STORE_FILES.building);
  const ready = storePath(dir, STORE_FILES.ready);
  try {
    build(building, content, info);
    removeWithSideFiles(ready);
    renameNoReplace(building, ready);
    syncDir(dir);
  } catch (error) {
    removeWithSideFiles(building);
    throw error;
  }
  const kept = info.replacesKeptAs === null ? [] : moveDatabaseToKept(dir, database, info.replacesKeptAs);
  if (existsSync(database)) throw new Error(`${database} is still in place; the new store stays in ${STORE_FILES.ready}`);
  install(dir, info.replacesKeptAs, info.now);
  return kept;
}

/**
 * Step 4, after moving any -wal or -shm still lying where the new database
 * goes: SQLite would replay a stray WAL into it. They go to kept/ beside
 * the database they belong to, or under an orphan name if that is taken.
 */
function install(dir: string, keptAs: string | null, now: number): void {
  const database = storePath(dir, STORE_FILES.database);
  const strays = SIDE_SUFFIXES.filter((suffix) => existsSync(database + suffix));
  if (strays.length > 0) {
    const keptDir = storePath(dir, STORE_FILES.kept);
    ensurePrivateDir(keptDir);
    const fits = keptAs !== null && strays.every((suffix) => !existsSync(join(keptDir, keptAs + suffix)));
    const name = fits ? keptAs : reserveKeptName(dir, `orphan-${STORE_FILES.database}`, now);
    for (const suffix of strays) renameNoReplace(database + suffix, join(keptDir, name + suffix));
    syncDir(keptDir);
  }
  renameNoReplace(storePath(dir, STORE_FILES.ready), database);
  syncDir(dir);
}

/** Where the built file says the files it replaces went; null if it does not say (or can not be read: the open then checks it). */
function keptNameOf(path: string): string | null {
  try {
    const db = openDatabase(path, { readonly: true, fileMustExist: true, timeout: 0 });
    try {
      return db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(META.replacesKeptAs)?.value ?? null;
    } finally {
      db.close();
    }
  } catch (error) {
    if (isEnvironmentError(error)) throw error;
    return null;
  }
}

/** Finishes or undoes a replacement a crash interrupted (see the rules above). */
export function finishInterruptedReplacement(dir: string, now: number): 'nothing' | 'discarded' | 'installed' {
  const database = storePath(dir, STORE_FILES.database);
  const building = storePath(dir, STORE_FILES.building);
  const ready = storePath(dir, STORE_FILES.ready);
  let outcome: 'nothing' | 'discarded' | 'installed' = 'nothing';
  if (SIDE_SUFFIXES.some((suffix) => existsSync(building + suffix)) || existsSync(building)) {
    removeWithSideFiles(building);
    outcome = 'discarded';
  }
  if (!existsSync(ready)) return outcome;
  if (existsSync(database)) {
    removeWithSideFiles(ready);
    return 'discarded';
  }
  install(dir, keptNameOf(ready), now);
  return 'installed';
}
