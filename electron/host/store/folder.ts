/**
 * The session folder's layout, and the few file operations every store
 * module shares: private files (0600) and folders (0700), moves into kept/
 * that never overwrite, and flushing a folder after a rename.
 *
 * Files
 *   session.sqlite          the store (WAL; -wal beside it while open)
 *   session.lock            held by the process that owns the folder (see lock.ts)
 *   lock.json               who holds it: only to name the holder in a refusal
 *   backups/                online backups, <stamp>-<reason>-seq<N>.sqlite
 *   kept/                   everything moved aside: damaged files, the state
 *                           before a restore, legacy-<stamp>/ after migration
 *   session.sqlite.tmp      a database being built (never outlives an open)
 *   session.sqlite.ready    a built database about to replace session.sqlite
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export const STORE_FILES = {
  database: 'session.sqlite',
  lock: 'session.lock',
  holder: 'lock.json',
  backups: 'backups',
  kept: 'kept',
  building: 'session.sqlite.tmp',
  ready: 'session.sqlite.ready',
} as const;

/** Files SQLite keeps beside a database, moved and cleaned up with it. */
export const SIDE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_DIR_MODE = 0o700;

/** A file-name-safe UTC timestamp (2023-10-16T03-00-00-000Z), the prefix of everything kept aside. */
export function stamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}

export function storePath(dir: string, name: string): string {
  return join(dir, name);
}

export function ensurePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Creates an empty file readable only by its owner. SQLite gives a
 * database's -wal and -journal the mode of the database, so creating the
 * file first is what keeps the whole store private.
 */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
}

/** Makes renames in `dir` durable. Folders can not be opened on Windows; there a rename is durable already. */
export function syncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to flush a folder (EINVAL); their renames are synchronous.
  } finally {
    closeSync(fd);
  }
}

/**
 * A name in kept/ that nothing there starts with yet, so a group of files
 * (a database and its -wal) can share it and nothing is ever overwritten.
 */
export function reserveKeptName(dir: string, label: string, now: number): string {
  const keptDir = storePath(dir, STORE_FILES.kept);
  ensurePrivateDir(keptDir);
  const taken = readdirSync(keptDir);
  const base = `${stamp(now)}-${label}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${stamp(now)}-${n}-${label}`;
    if (!taken.some((name) => name.startsWith(candidate))) return candidate;
  }
}

/** Renames, refusing to replace anything: we hold the folder lock, so checking first is enough. */
export function renameNoReplace(from: string, to: string): void {
  if (existsSync(to)) throw new Error(`${to} already exists; nothing is ever overwritten`);
  renameSync(from, to);
}

/**
 * Moves a database and whichever side files it has into kept/ under
 * `keptName` (e.g. kept/2024-05-01T10-00-00-000Z-damaged-session.sqlite and
 * its -wal). The database goes first: an interrupted move then leaves only
 * side files behind, which the next open finishes moving (see replace.ts).
 * Returns the kept paths relative to the session folder.
 */
export function moveDatabaseToKept(dir: string, databasePath: string, keptName: string): string[] {
  const keptDir = storePath(dir, STORE_FILES.kept);
  ensurePrivateDir(keptDir);
  const moved: string[] = [];
  for (const suffix of ['', ...SIDE_SUFFIXES]) {
    const from = databasePath + suffix;
    if (!existsSync(from)) continue;
    renameNoReplace(from, join(keptDir, keptName + suffix));
    moved.push(join(STORE_FILES.kept, keptName + suffix));
  }
  syncDir(keptDir);
  syncDir(dir);
  return moved;
}
