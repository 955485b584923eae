/**
 * The database file: its tables, its format version, and the two ways the
 * store opens one.
 *
 * - The writer (openWriter): WAL, synchronous=FULL (this build of SQLite
 *   defaults WAL to NORMAL, which can lose the last commits on power loss),
 *   locking_mode=EXCLUSIVE (the WAL index lives in heap memory, so there is
 *   no -shm file, and no other connection can read or write behind our back).
 * - A reader (withReader): read-only, for checking a file before writing to
 *   it and for salvaging a damaged one. It never writes to the file; the
 *   side files SQLite needs for that (-shm, an empty -wal) are removed again
 *   if it created them.
 */
import type Database from 'better-sqlite3';
import { openDatabase } from './sqlite';
import { existsSync, rmSync } from 'node:fs';
import { SIDE_SUFFIXES } from './folder';

/** The store format this code writes and reads; a newer file is never touched. */
export const SCHEMA_VERSION = 1;
/** "MCSS" in the file header: a Moderator Console session store. */
export const APPLICATION_ID = 0x4d435353;

export const SCHEMA = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE commands (seq INTEGER PRIMARY KEY, at REAL NOT NULL, ids TEXT NOT NULL, cmd TEXT NOT NULL, sum TEXT NOT NULL);
  CREATE TABLE snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, saved_at REAL NOT NULL, format_version INTEGER NOT NULL, chunk_count INTEGER NOT NULL, digest TEXT NOT NULL, sum TEXT NOT NULL);
  CREATE TABLE snapshot_chunks (key TEXT PRIMARY KEY, json TEXT NOT NULL, sum TEXT NOT NULL);
  CREATE TABLE recovery_notes (id TEXT PRIMARY KEY, at REAL NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, acknowledged_at REAL);
  PRAGMA application_id = ${APPLICATION_ID};
  PRAGMA user_version = ${SCHEMA_VERSION};
`;

/** Keys of the meta table. */
export const META = {
  historyId: 'history_id',
  createdAt: 'created_at',
  createdBy: 'created_by',
  /** Set on a built database: where the files it replaces were moved (kept/<name>). */
  replacesKeptAs: 'replaces_kept_as',
  /** Set after a migration until the legacy files are all in kept/legacy-<stamp>/. */
  legacyPending: 'legacy_pending',
} as const;

/**
 * Every commit appends at least one whole page to the WAL, so on a small
 * or nearly full disk the WAL, not the data, fills it. The store
 * checkpoints after each snapshot (session-store.ts), off the commands'
 * path, and the file is cut back to 1 MiB afterwards. SQLite's own
 * checkpoint, which runs inside whichever commit crosses the limit (a
 * command's, then several milliseconds late), is left only as a safety net
 * at 2,048 pages (8 MiB) for a session whose snapshots keep failing.
 */
const WAL_AUTOCHECKPOINT_PAGES = 2048;
/** PRAGMA synchronous reads back as a number: 2 is FULL. */
const SYNCHRONOUS_FULL = 2;
const JOURNAL_SIZE_LIMIT_BYTES = 1024 * 1024;

export interface WriterOptions {
  /** Tests only: SQLite's own size limit, standing in for a full disk. */
  maxPageCount?: number;
}

export function openWriter(path: string, options: WriterOptions = {}): Database.Database {
  const db = openDatabase(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`${path} could not be switched to WAL (journal_mode is ${String(mode)})`);
    db.pragma('synchronous = FULL');
    // Read back: a pragma SQLite does not accept is ignored without an error.
    const synchronous = db.pragma('synchronous', { simple: true });
    const locking = db.pragma('locking_mode', { simple: true });
    if (synchronous !== SYNCHRONOUS_FULL || locking !== 'exclusive') throw new Error(`${path}: synchronous is ${String(synchronous)} and locking_mode ${String(locking)}, not FULL and exclusive`);
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${options.maxPageCount}`);
    // The exclusive lock is taken by the first write transaction and then
    // kept until close: take it now rather than at the first command.
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Runs `read` on a read-only connection to `path`, then removes the side files that connection created. */
export function withReader<T>(path: string, read: (db: Database.Database) => T): T {
  const existed = new Map(SIDE_SUFFIXES.map((suffix) => [suffix, existsSync(path + suffix)]));
  const db = openDatabase(path, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    return read(db);
  } finally {
    db.close();
    for (const [suffix, before] of existed) {
      // Only what this connection made: an index of the WAL (-shm) and an
      // empty -wal; both are rebuilt from the files whenever needed.
      if (!before && existsSync(path + suffix)) rmSync(path + suffix, { force: true });
    }
  }
}
