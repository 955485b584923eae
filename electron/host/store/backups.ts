/**
 * Rolling backups in backups/, taken with SQLite's online backup API while
 * the session keeps running.
 *
 * - A backup is written to backups/.backup-<stamp>.tmp (created 0600), then
 *   switched out of WAL mode so it is one self-contained file, checked
 *   (quick_check + every checksum), and only then renamed to
 *   <stamp>-<reason>-seq<N>.sqlite. On any failure the temp file and its
 *   side files are removed; an open also removes any a crash left.
 * - Rotation keeps the newest 10, plus the newest backup of each UTC day.
 * - Names carry the time, the reason and the last command, so listing
 *   backups reads no database.
 */
import type Database from 'better-sqlite3';
import { openDatabase } from './sqlite';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lastSeqOf } from './content';
import { isEnvironmentError, toWriteError } from './errors';
import { SIDE_SUFFIXES, STORE_FILES, createPrivateFile, ensurePrivateDir, renameNoReplace, stamp, storePath, syncDir } from './folder';
import { readStore, type StoreRead } from './read-store';
import { withReader } from './schema';

export type BackupReason = 'interval' | 'quit' | 'manual';

export interface BackupInfo {
  /** File name in backups/, also what the UI and the CLI pass to restore. */
  name: string;
  path: string;
  takenAt: number;
  reason: BackupReason;
  /** The last command the backup holds. */
  seq: number;
  sizeBytes: number;
}

export const KEEP_NEWEST_BACKUPS = 10;
/** Pages copied per step of the online backup; between steps the session keeps running. */
const PAGES_PER_STEP = 256;
const TEMP_PREFIX = '.backup-';

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(interval|quit|manual)-seq(\d+)(?:-\d+)?\.sqlite$/;

function stampToEpoch(text: string): number {
  const [date, time] = text.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return Date.parse(`${date}T${h}:${m}:${s}.${ms}Z`);
}

export function backupsDir(dir: string): string {
  return storePath(dir, STORE_FILES.backups);
}

/** The folder's backups, newest first. Files that are not backups are ignored. */
export function listBackups(dir: string): BackupInfo[] {
  const folder = backupsDir(dir);
  if (!existsSync(folder)) return [];
  const backups: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    const match = NAME.exec(name);
    if (match === null) continue;
    const path = join(folder, name);
    let sizeBytes: number;
    try {
      sizeBytes = statSync(path).size;
    } catch {
      continue;
    }
    backups.push({ name, path, takenAt: stampToEpoch(match[1]!), reason: match[2] as BackupReason, seq: Number(match[3]), sizeBytes });
  }
  return backups.sort((a, b) => b.takenAt - a.takenAt || b.seq - a.seq || (a.name < b.name ? 1 : -1));
}

/** Which backups rotation removes: all but the newest `keep` and the newest of each UTC day. */
export function backupsToPrune(backups: readonly BackupInfo[], keep = KEEP_NEWEST_BACKUPS): BackupInfo[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt - a.takenAt);
  const kept = new Set(newestFirst.slice(0, keep));
  const days = new Set<string>();
  for (const backup of newestFirst) {
    const day = new Date(backup.takenAt).toISOString().slice(0, 10);
    if (days.has(day)) continue;
    days.add(day);
    kept.add(backup);
  }
  return newestFirst.filter((backup) => !kept.has(backup));
}

function removeTemp(path: string): void {
  for (const suffix of ['', ...SIDE_SUFFIXES]) rmSync(path + suffix, { force: true });
}

/** Removes what an interrupted backup left (its temp file and side files). */
export function removeBackupLeftovers(dir: string): void {
  const folder = backupsDir(dir);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (name.startsWith(TEMP_PREFIX) && name.includes('.tmp')) rmSync(join(folder, name), { force: true });
  }
}

/** Reads a backup file (or any closed store file) and verifies it. */
export function readBackup(path: string, parse: boolean): StoreRead {
  return withReader(path, (db) => readStore(db, { path, parse }));
}

function uniqueName(folder: string, takenAt: number, reason: BackupReason, seq: number): string {
  for (let n = 1; ; n++) {
    const name = `${stamp(takenAt)}-${reason}-seq${seq}${n === 1 ? '' : `-${n}`}.sqlite`;
    if (!existsSync(join(folder, name))) return name;
  }
}

/**
 * Takes one backup of `source` (the store's own connection) and rotates.
 * Changes committed on `source` while the backup runs are copied into it
 * as well (SQLite does this for writes on the same connection).
 */
export async function takeBackup(source: Database.Database, dir: string, reason: BackupReason, now: () => number): Promise<BackupInfo> {
  const folder = backupsDir(dir);
  const takenAt = now();
  const temp = join(folder, `${TEMP_PREFIX}${stamp(takenAt)}.tmp`);
  let info: BackupInfo;
  try {
    ensurePrivateDir(folder);
    removeTemp(temp);
    createPrivateFile(temp);
    await source.backup(temp, { progress: () => PAGES_PER_STEP });
    const copy = openDatabase(temp, { timeout: 0 });
    let read: StoreRead;
    try {
      copy.pragma('locking_mode = EXCLUSIVE');
      copy.pragma('journal_mode = DELETE');
      read = readStore(copy, { path: temp, parse: false });
    } finally {
      copy.close();
    }
    if (read.damage.length > 0) throw new Error(`the backup failed its check, so the session file may be damaged: ${read.damage.join('; ')}`);
    const name = uniqueName(folder, takenAt, reason, lastSeqOf(read));
    const path = join(folder, name);
    renameNoReplace(temp, path);
    syncDir(folder);
    info = { name, path, takenAt, reason, seq: lastSeqOf(read), sizeBytes: statSync(path).size };
  } catch (error) {
    removeTemp(temp);
    throw isEnvironmentError(error) ? toWriteError(error, dir) : error;
  }
  for (const old of backupsToPrune(listBackups(dir))) rmSync(old.path, { force: true });
  return info;
}
