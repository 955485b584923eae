/**
 * Reads a session folder without changing anything in it: nothing in the
 * folder is created, written, moved or locked. For `npm run export`, which
 * may run while the app has the folder open.
 *
 * - Nobody holds the folder (lock.ts folderHolder): session.sqlite and its
 *   -wal are copied into a private temp folder and read there, with every
 *   check an open makes (the WAL, quick_check, every checksum).
 * - An app or a serve process holds it: it keeps session.sqlite in
 *   exclusive mode (no one else may read it), so the newest backup that
 *   passes every check is read instead, and the note says which and from
 *   when (what changed since is not in it).
 * - session.sqlite is damaged (or missing, with backups beside it): the
 *   newest good backup, with a note; the app repairs the folder at its next
 *   start.
 * - A folder of the previous format: legacy-reader.ts, which reads only.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './sqlite';
import { utcTime, type StoredCommand, type StoredSnapshot } from './content';
import { STORE_FILES, storePath } from './folder';
import { listBackups, type BackupInfo } from './backups';
import { describeHolder, folderHolder } from './lock';
import { hasLegacySession } from './legacy-migration';
import { readLegacyFolder, type LegacyRead } from './legacy-reader';
import { readStore, type StoreRead } from './read-store';
import { checkWal } from './wal-check';

export type FolderContent =
  | { kind: 'store'; snapshot: StoredSnapshot; commands: StoredCommand[]; notes: string[] }
  | { kind: 'legacy'; legacy: LegacyRead; notes: string[] };

/** Copies `files` (those that exist) into a fresh private temp folder, reads the first there, and removes the copy. */
function readCopy(files: Array<[from: string, name: string]>): StoreRead {
  const temp = mkdtempSync(join(tmpdir(), 'moderator-read-'));
  try {
    for (const [from, name] of files) if (existsSync(from)) copyFileSync(from, join(temp, name));
    const path = join(temp, files[0]![1]);
    const wal = checkWal(`${path}-wal`);
    const db = openDatabase(path, { fileMustExist: true, timeout: 0 });
    try {
      const read = readStore(db, { path, parse: true });
      if (wal.state === 'damaged') read.damage.unshift(`its write-ahead log is damaged (${wal.detail})`);
      return read;
    } finally {
      db.close();
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function usable(read: StoreRead): read is StoreRead & { snapshot: StoredSnapshot } {
  return read.damage.length === 0 && read.snapshot !== null;
}

/** The newest backup that passes every check, with what it holds. */
function newestGoodBackup(dir: string): { backup: BackupInfo; read: StoreRead & { snapshot: StoredSnapshot } } | null {
  for (const backup of listBackups(dir)) {
    const read = readCopy([[backup.path, 'backup.sqlite']]);
    if (usable(read)) return { backup, read };
  }
  return null;
}

/** Reads what `dir` holds (see the header); throws with a plain message when it holds no session. */
export function readFolderOffline(dir: string): FolderContent {
  const database = storePath(dir, STORE_FILES.database);
  if (!existsSync(database) && hasLegacySession(dir)) return { kind: 'legacy', legacy: readLegacyFolder(dir), notes: [] };
  const holder = folderHolder(dir);
  let why: string;
  if (holder !== false) {
    why = `The session is open in ${describeHolder(holder)}`;
  } else if (existsSync(database)) {
    const read = readCopy([
      [database, STORE_FILES.database],
      [`${database}-wal`, `${STORE_FILES.database}-wal`],
    ]);
    if (usable(read)) return { kind: 'store', snapshot: read.snapshot, commands: read.commands, notes: [] };
    why = `${STORE_FILES.database} is damaged (${read.damage.length > 0 ? read.damage.join('; ') : 'it holds no snapshot'}); the app repairs it at its next start`;
  } else {
    why = `${STORE_FILES.database} is missing; the app restores it at its next start`;
  }
  const found = newestGoodBackup(dir);
  if (found === null) {
    const none = listBackups(dir).length === 0 ? 'and there is no backup to read instead' : 'and no backup passes its checks';
    // A mistyped --data-dir: nothing here at all.
    throw new Error(holder === false && !existsSync(database) && listBackups(dir).length === 0 ? `there is no session in ${dir}` : `${why}, ${none}.`);
  }
  const { backup, read } = found;
  const last = read.commands.at(-1)?.seq ?? read.snapshot.seq;
  const later = holder === false ? 'later changes are not in it' : 'later changes are not in it (take a backup in the app first, under Backups, to include them)';
  const note = `${why}: this is its newest backup, ${backup.name} (taken ${utcTime(backup.takenAt)}, up to command ${last}); ${later}.`;
  return { kind: 'store', snapshot: read.snapshot, commands: read.commands, notes: [note] };
}
