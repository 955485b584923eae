/**
 * Restoring a backup on request (from the UI or the CLI). The backup must
 * pass quick_check and every checksum; the current session.sqlite is moved
 * to kept/<stamp>-before-restore-session.sqlite first (never deleted), and
 * the restored store starts a new history, so backups taken after the
 * restored point are never mixed into what follows. The caller holds the
 * folder lock and has closed its writer.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION } from '../../../shared/session/document';
import { lastSeqOf, utcTime, type StoredNote } from './content';
import { NewerFormatError, isEnvironmentError } from './errors';
import { STORE_FILES, reserveKeptName, storePath } from './folder';
import { listBackups, readBackup } from './backups';
import { readStore, type StoreRead } from './read-store';
import { replaceDatabase } from './replace';
import { withReader } from './schema';

export interface RestoreOptions {
  now: () => number;
  appVersion: string;
}

/** What the current file still says, if anything: its notes are carried over and its last command named. */
function readCurrent(path: string): StoreRead | null {
  if (!existsSync(path)) return null;
  try {
    return withReader(path, (db) => readStore(db, { path, parse: false }));
  } catch (error) {
    if (isEnvironmentError(error)) throw error;
    return null;
  }
}

/** Replaces the folder's store with the backup `name`; returns the note recorded. Throws (changing nothing) if the backup is unusable. */
export function restoreFromBackup(dir: string, name: string, options: RestoreOptions): string {
  const backup = listBackups(dir).find((candidate) => candidate.name === name);
  if (backup === undefined) throw new Error(`There is no backup named ${name} in ${join(dir, STORE_FILES.backups)}; nothing was changed.`);
  const read = readBackup(backup.path, true);
  if (read.damage.length > 0 || read.snapshot === null) {
    throw new Error(`The backup ${name} can not be restored: ${read.damage.length > 0 ? read.damage.join('; ') : 'it holds no snapshot'}. Nothing was changed; choose another backup.`);
  }
  if (read.snapshot.formatVersion > FORMAT_VERSION) {
    throw new NewerFormatError(`The backup ${name} was written by a newer Moderator Console (data format ${read.snapshot.formatVersion}; this version reads ${FORMAT_VERSION}). Nothing was changed.`);
  }

  const now = options.now();
  const database = storePath(dir, STORE_FILES.database);
  const current = readCurrent(database);
  const keptAs = existsSync(database) ? reserveKeptName(dir, `before-restore-${STORE_FILES.database}`, now) : null;
  const before = current === null || current.damage.length > 0 ? 'The session as it was before' : `The session as it was before (command ${lastSeqOf(current)})`;
  const message =
    `Restored the backup ${name} (taken ${utcTime(backup.takenAt)}, up to command ${lastSeqOf(read)}) on request.` +
    (keptAs === null ? '' : ` ${before} was kept as ${join(STORE_FILES.kept, keptAs)}.`);
  const carried: StoredNote[] = (current?.notes ?? []).filter((note) => note.acknowledgedAt === null);
  replaceDatabase(
    dir,
    {
      historyId: randomUUID(),
      snapshot: read.snapshot,
      commands: read.commands,
      notes: [...carried, { id: randomUUID(), at: now, kind: 'restored', message, acknowledgedAt: null }],
    },
    { now, appVersion: options.appVersion, replacesKeptAs: keptAs },
  );
  return message;
}
