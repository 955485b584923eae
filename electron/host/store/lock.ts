/**
 * One writer per session folder. The lock is an exclusive SQLite lock on
 * session.lock (an empty file): SQLite takes it with the operating system's
 * file locks (fcntl on Unix, LockFileEx on Windows), which the OS drops when
 * the process ends, however it ends. So a kill -9 never leaves a stale lock,
 * and nothing has to guess whether a recorded pid is still alive.
 *
 * The lock sits on its own file, not on session.sqlite, so the folder stays
 * locked while session.sqlite itself is closed, moved to kept/ or replaced
 * (recovery, restore, migration).
 *
 * lock.json records who holds the lock (pid, host, since when, version)
 * only so that a refused second process can name the holder. It is written
 * after the lock is taken and never trusted for the lock itself.
 *
 * Never open and close session.lock with plain fs calls while the lock is
 * held: on Unix, closing any descriptor of a file drops every lock this
 * process has on it.
 */
import type Database from 'better-sqlite3';
import { openDatabase } from './sqlite';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { errorCode } from './errors';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE, STORE_FILES, createPrivateFile, renameNoReplace, reserveKeptName, storePath } from './folder';

export interface LockHolder {
  pid: number;
  hostname: string;
  /** When the holder took the lock (epoch ms). */
  since: number;
  appVersion: string;
}

export class StoreLockedError extends Error {
  override readonly name = 'StoreLockedError';

  constructor(
    readonly dir: string,
    readonly holder: LockHolder | null,
  ) {
    super(`The session folder ${dir} is in use by ${describeHolder(holder)}. Close that one first, or start with another data dir (--data-dir).`);
  }
}

/** "Moderator Console 0.1.0 (process 4242 on stage-pc, since 2023-10-16 03:00:00 UTC)" */
export function describeHolder(holder: LockHolder | null): string {
  return holder === null
    ? 'another process (it did not record which)'
    : `Moderator Console ${holder.appVersion} (process ${holder.pid} on ${holder.hostname}, since ${new Date(holder.since).toISOString().replace('T', ' ').slice(0, 19)} UTC)`;
}

function isHolder(value: unknown): value is LockHolder {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Record<string, unknown>;
  return Number.isSafeInteger(h.pid) && typeof h.hostname === 'string' && typeof h.since === 'number' && typeof h.appVersion === 'string';
}

/** The holder recorded in lock.json, or null if there is none or it can not be read. */
export function readLockHolder(dir: string): LockHolder | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(storePath(dir, STORE_FILES.holder), 'utf8'));
    return isHolder(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Whether a process holds the folder, without taking the lock or writing
 * anything (for readers such as `npm run export`): a read-only look at
 * session.lock needs a shared lock, which the holder's exclusive one
 * refuses. Returns the holder (as lock.json names it; null when it does
 * not), or false when nobody holds the folder.
 */
export function folderHolder(dir: string): LockHolder | null | false {
  const path = storePath(dir, STORE_FILES.lock);
  if (!existsSync(path)) return false;
  let connection: Database.Database | null = null;
  try {
    connection = openDatabase(path, { readonly: true, fileMustExist: true, timeout: 0 });
    connection.prepare('SELECT count(*) FROM sqlite_master').get();
    return false;
  } catch (error) {
    if (errorCode(error) === 'SQLITE_BUSY') return readLockHolder(dir);
    // A lock file something wrote into can not be held by anyone (see acquire).
    if (errorCode(error) === 'SQLITE_NOTADB') return false;
    throw error;
  } finally {
    connection?.close();
  }
}

export interface LockOptions {
  appVersion: string;
  now: () => number;
  /** How long to wait for a holder that is just closing (ms). */
  waitMs?: number;
}

export class FolderLock {
  private released = false;

  private constructor(
    readonly dir: string,
    private readonly connection: Database.Database,
    readonly holder: LockHolder,
  ) {}

  /** Takes the folder's lock, or throws StoreLockedError naming the holder. */
  static acquire(dir: string, options: LockOptions): FolderLock {
    const path = storePath(dir, STORE_FILES.lock);
    let connection: Database.Database;
    try {
      connection = FolderLock.lockFile(path, options.waitMs ?? 1000);
    } catch (error) {
      if (errorCode(error) === 'SQLITE_BUSY') throw new StoreLockedError(dir, readLockHolder(dir));
      if (errorCode(error) !== 'SQLITE_NOTADB') throw error;
      // Something wrote into the (always empty) lock file, so nobody can hold
      // it: it goes to kept/ like anything unreadable, and a new one is made.
      renameNoReplace(path, join(storePath(dir, STORE_FILES.kept), reserveKeptName(dir, STORE_FILES.lock, options.now())));
      connection = FolderLock.lockFile(path, options.waitMs ?? 1000);
    }
    const holder: LockHolder = { pid: process.pid, hostname: hostname(), since: options.now(), appVersion: options.appVersion };
    try {
      writeFileSync(storePath(dir, STORE_FILES.holder), `${JSON.stringify(holder)}\n`, { mode: PRIVATE_FILE_MODE });
    } catch {
      // Only the refusal message of a second process needs it; a full disk must not stop the start.
    }
    return new FolderLock(dir, connection, holder);
  }

  /** Opens `path` (created empty if missing) and takes SQLite's exclusive lock on it. */
  private static lockFile(path: string, waitMs: number): Database.Database {
    if (!existsSync(path)) {
      try {
        createPrivateFile(path);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
    }
    const connection = openDatabase(path, { timeout: waitMs });
    try {
      connection.pragma('locking_mode = EXCLUSIVE');
      connection.pragma('journal_mode = MEMORY');
      // In exclusive locking mode the lock outlives the transaction; rolling
      // back (instead of committing) writes nothing, so the file stays empty
      // and a full disk can not stop it.
      connection.exec('BEGIN EXCLUSIVE');
      connection.exec('ROLLBACK');
      return connection;
    } catch (error) {
      connection.close();
      throw error;
    }
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const recorded = readLockHolder(this.dir);
    try {
      if (recorded !== null && recorded.pid === this.holder.pid && recorded.since === this.holder.since) rmSync(storePath(this.dir, STORE_FILES.holder), { force: true });
    } catch {
      // A read-only folder keeps a stale lock.json; it names a holder but never blocks anyone.
    }
    this.connection.close();
  }
}
