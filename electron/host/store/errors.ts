/**
 * What went wrong with the disk, in words a user can act on. SQLite and
 * the file system report a full disk, a read-only folder and a failing disk
 * under many codes; the store turns each into one of a few refusals, and
 * says that nothing was changed (a refused write never half-happens).
 */
import { accessSync, constants, statfsSync, utimesSync } from 'node:fs';

export type WriteFailure = 'disk-full' | 'read-only' | 'io' | 'damaged';

const MESSAGES: Record<WriteFailure, string> = {
  'disk-full': 'Not saved: the disk is full. Free some space; nothing was changed.',
  'read-only': 'Not saved: the session folder is read-only. Make it writable again; nothing was changed.',
  io: 'Not saved: the disk reported an error. Check the disk and its connection; nothing was changed.',
  damaged: 'Not saved: the session file is damaged. Restart Moderator Console to recover it from its backups; nothing was changed.',
};

/** A file written by a newer Moderator Console: never read further, never touched. */
export class NewerFormatError extends Error {
  override readonly name = 'NewerFormatError';
}

/** A write the store refused: the command was not saved and must not be acknowledged. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';

  constructor(
    readonly reason: WriteFailure,
    /** The underlying code (SQLITE_FULL, EROFS, ...), for logs. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[reason], options);
  }
}

/**
 * The folder can not be opened (full, read-only, failing). The message
 * says that nothing was changed, or, when the open had already repaired
 * or converted something before it failed, what that was: a notice must
 * never claim nothing changed while a file was moved.
 */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';

  constructor(
    readonly dir: string,
    readonly reason: WriteFailure,
    readonly code: string,
    /** What the open had done before it failed, in words ("the damaged session file was moved to kept/…"), or null. */
    readonly changed: string | null = null,
    options?: { cause?: unknown },
  ) {
    const what: Record<WriteFailure, [problem: string, remedy: string]> = {
      'disk-full': ['the disk is full', 'Free some space'],
      'read-only': ['it is read-only', 'Make it writable'],
      io: NOT_A_FOLDER.has(code) ? [`it is not a folder (${code})`, 'Choose a folder'] : [`the disk reported an error (${code})`, 'Check the disk and its connection'],
      damaged: ['its session file is damaged', 'Restart to recover it from its backups'],
    };
    const [problem, remedy] = what[reason];
    const done = changed === null ? 'Nothing was changed.' : `Before that, ${changed}; that stays, and is reported at the next start.`;
    super(`The session folder ${dir} can not be used: ${problem}. ${done} ${remedy}, or start with another data dir (--data-dir).`, options);
  }
}

const NOT_A_FOLDER = new Set(['ENOTDIR', 'EEXIST', 'EISDIR']);
const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_READONLY_CANTINIT', 'SQLITE_READONLY_CANTLOCK', 'SQLITE_READONLY_RECOVERY', 'SQLITE_READONLY_ROLLBACK', 'SQLITE_AUTH']);
const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB', 'SQLITE_NOTADB']);

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

const ENVIRONMENT_PREFIXES = ['SQLITE_IOERR', 'SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_AUTH'];

/**
 * True for errors from the disk or the folder (errno codes, SQLite's I/O,
 * full, read-only and can't-open codes): they say nothing about the file's
 * content, so they stop an open instead of starting a recovery.
 */
export function isEnvironmentError(error: unknown): boolean {
  const code = errorCode(error);
  return /^E[A-Z]+$/.test(code) || ENVIRONMENT_PREFIXES.some((prefix) => code.startsWith(prefix));
}

/** True for errors that mean the file itself is damaged (not the disk or the folder). */
export function isDamageError(error: unknown): boolean {
  return DAMAGED.has(errorCode(error));
}

/**
 * SQLite reports most failed writes as SQLITE_IOERR_* without the errno
 * behind it, so the folder is asked directly: is it writable, is there room?
 * access() alone is not enough: a file system the kernel turned read-only
 * after an error (ext4's errors=remount-ro) still passes it, so the probe
 * also touches the folder's own timestamps, which needs a writable file
 * system but no free space.
 */
function probeFolder(dir: string): WriteFailure | null {
  try {
    accessSync(dir, constants.W_OK);
    const now = new Date();
    utimesSync(dir, now, now);
  } catch (error) {
    if (READ_ONLY.has(errorCode(error))) return 'read-only';
  }
  try {
    const stats = statfsSync(dir);
    if (stats.bavail === 0) return 'disk-full';
  } catch {
    // No statfs (or the folder is gone): nothing more to learn here.
  }
  return null;
}

/** Turns any error from a write into the refusal the user sees. */
export function classifyWriteFailure(error: unknown, dir: string): { reason: WriteFailure; code: string } {
  const code = errorCode(error);
  if (DISK_FULL.has(code)) return { reason: 'disk-full', code };
  if (READ_ONLY.has(code)) return { reason: 'read-only', code };
  if (DAMAGED.has(code)) return { reason: 'damaged', code };
  return { reason: probeFolder(dir) ?? 'io', code };
}

export function toWriteError(error: unknown, dir: string): StoreWriteError {
  if (error instanceof StoreWriteError) return error;
  const { reason, code } = classifyWriteFailure(error, dir);
  return new StoreWriteError(reason, code, { cause: error });
}

/** An error from the environment (not from a damaged file) while opening, said with what the open had already `changed`. */
export function toOpenError(error: unknown, dir: string, changed: string | null = null): StoreOpenError | null {
  if (error instanceof StoreOpenError) return error;
  if (!isEnvironmentError(error)) return null;
  const code = errorCode(error);
  const { reason } = classifyWriteFailure(error, dir);
  return new StoreOpenError(dir, reason, code, changed, { cause: error });
}
