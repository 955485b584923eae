/**
 * Recovery: what the store does when a session file is damaged.
 *
 * Recovery rules (the spec tests/unit/store/corruption.test.ts reads)
 *
 * Detection, at every open and before anything is written:
 *  1. The write-ahead log is checked with plain reads (wal-check.ts): a
 *     commit SQLite would not replay is damage.
 *  2. The database is read through a read-only connection (read-store.ts):
 *     quick_check, every row checksum, the snapshot's chunk set (count and
 *     digest), and commands following the snapshot without a gap. A file
 *     that is not a database (SQLITE_NOTADB) or not ours is damage too.
 *  3. session.sqlite missing while backups/ holds backups is damage: a
 *     folder that had a session never silently starts blank.
 *  Errors of the disk itself (full, read-only, I/O) are not damage: the
 *  open is refused and nothing is changed. A file of a newer format is
 *  never touched.
 *
 * Repair:
 *  4. Salvage from the damaged file whatever verifies: its snapshot (only
 *     if every chunk verifies and the set is complete), every command row
 *     that verifies (a damaged page stops a scan from the start; a second
 *     scan from the end reaches the rows behind it), and its notes.
 *  5. Choose the base: the damaged file's own snapshot, or the newest
 *     backup of the same history that passes quick_check and every
 *     checksum (a newer one that fails is moved to kept/ and the next older
 *     one is tried). From a base, commands follow in seq order, each taken
 *     from the backup or from the damaged file, whichever has a verified
 *     copy, stopping at the first seq neither has: a command is never
 *     applied after a gap. The candidate that reaches the later command
 *     wins; on a tie the file's own snapshot (it is the newer one).
 *  6. Build a new session.sqlite from base + commands + notes (replace.ts),
 *     moving the damaged file with its -wal/-shm to
 *     kept/<stamp>-damaged-session.sqlite. Never deleted, never overwritten.
 *  7. Record a note (kind 'recovered'): what was wrong, what was restored
 *     (the backup's name and time, or the file's own snapshot), up to which
 *     command, how many commands were recovered after the base, what could
 *     not be read, and where the damaged file is. It stays until the user
 *     acknowledges it; the notes of the damaged file and of the backup are
 *     carried over as they were (acknowledged or not).
 *  8. If no base exists, the store starts empty with status
 *     'unrecoverable' and a note saying so, where the damaged file is, and
 *     which backups remain. The host must show it, not pass an empty
 *     session off as the user's.
 *  9. A recovery keeps the history id: the recovered point is at or after
 *     every verified backup of that history. (A user's restore of an older
 *     backup starts a new history, so newer backups of the old one are
 *     never mixed in; see restore.ts.) When the damaged file's history id
 *     can not be read, backups of any history are candidates.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION } from '../../../shared/session/document';
import { lastSeqOf, utcTime, type StoreContent, type StoredCommand, type StoredNote, type StoredSnapshot } from './content';
import { NewerFormatError, isEnvironmentError } from './errors';
import { STORE_FILES, renameNoReplace, reserveKeptName, storePath, syncDir } from './folder';
import { listBackups, readBackup, type BackupInfo } from './backups';
import type { StoreRead } from './read-store';
import { replaceDatabase } from './replace';

export interface RecoveryOptions {
  now: () => number;
  appVersion: string;
}

export interface RecoveryOutcome {
  status: 'recovered' | 'unrecoverable';
  message: string;
  /** Where the damaged file went (kept/<name>), or null when it was missing. */
  keptAs: string | null;
}

interface Candidate {
  snapshot: StoredSnapshot;
  commands: StoredCommand[];
  /** How many of `commands` came from the damaged file. */
  fromDamaged: number;
  backup: BackupInfo | null;
  notes: StoredNote[];
  historyId: string | null;
}

/** Commands after `baseSeq`, in order, from the first source that has each seq; stops at the first gap. */
function chain(baseSeq: number, own: StoredCommand[], damaged: StoredCommand[]): { commands: StoredCommand[]; fromDamaged: number } {
  const bySeq = new Map<number, { command: StoredCommand; damaged: boolean }>();
  for (const command of damaged) bySeq.set(command.seq, { command, damaged: true });
  for (const command of own) bySeq.set(command.seq, { command, damaged: false });
  const commands: StoredCommand[] = [];
  let fromDamaged = 0;
  for (let seq = baseSeq + 1; ; seq++) {
    const next = bySeq.get(seq);
    if (next === undefined) break;
    commands.push(next.command);
    if (next.damaged) fromDamaged++;
  }
  return { commands, fromDamaged };
}

function readOrNull(path: string): StoreRead | null {
  try {
    return readBackup(path, true);
  } catch (error) {
    if (isEnvironmentError(error) || error instanceof NewerFormatError) throw error;
    return null;
  }
}

interface BackupSearch {
  candidate: Candidate | null;
  /** Newer backups that failed their check (rule 5). */
  failed: Array<{ backup: BackupInfo; why: string }>;
  /** Backups passed over: another history, or no snapshot. */
  skipped: number;
}

/** The newest usable backup (rule 5). */
function bestBackup(dir: string, historyId: string | null, damaged: StoredCommand[]): BackupSearch {
  const search: BackupSearch = { candidate: null, failed: [], skipped: 0 };
  for (const backup of listBackups(dir)) {
    const read = readOrNull(backup.path);
    if (read === null || read.damage.length > 0) {
      search.failed.push({ backup, why: read === null ? 'it could not be read' : summarize(read.damage) });
      continue;
    }
    if (read.snapshot === null || (historyId !== null && read.historyId !== historyId)) {
      search.skipped++;
      continue;
    }
    const { commands, fromDamaged } = chain(read.snapshot.seq, read.commands, damaged);
    search.candidate = { snapshot: read.snapshot, commands, fromDamaged, backup, notes: read.notes, historyId: read.historyId };
    return search;
  }
  return search;
}

function carriedNotes(...sources: StoredNote[][]): StoredNote[] {
  const byId = new Map<string, StoredNote>();
  for (const notes of sources) for (const note of notes) if (!byId.has(note.id)) byId.set(note.id, note);
  return [...byId.values()];
}

function describeBase(candidate: Candidate, fileRead: boolean): string {
  const { snapshot, backup } = candidate;
  const reached = lastSeqOf(candidate);
  const base =
    backup === null
      ? `Restored from the file's own snapshot (command ${snapshot.seq}, saved ${utcTime(snapshot.savedAt)})`
      : `Restored the backup ${backup.name} (taken ${utcTime(backup.takenAt)}, up to command ${backup.seq})`;
  if (!fileRead) return `${base}. The session is now at command ${reached}.`;
  const later = candidate.fromDamaged === 0 ? 'no later commands could be recovered from the damaged file' : `${candidate.fromDamaged} later command(s) were recovered from the damaged file`;
  return `${base}; ${later}. The session is now at command ${reached}.`;
}

/** The first problems in full, the rest counted: a note is read by people, not parsed. */
function summarize(problems: string[]): string {
  if (problems.length <= 3) return problems.join('; ');
  return `${problems.slice(0, 2).join('; ')}; and ${problems.length - 2} more problems`;
}

/**
 * Repairs the folder by the rules above. `found` is what reading the
 * damaged file gave (null when session.sqlite is missing); `problems` says
 * what was wrong, in plain words.
 */
export function recoverFolder(dir: string, found: StoreRead | null, problems: string[], options: RecoveryOptions): RecoveryOutcome {
  const now = options.now();
  const database = storePath(dir, STORE_FILES.database);
  const damagedCommands = found?.commands ?? [];
  const historyId = found?.historyId ?? null;

  const own: Candidate | null =
    found?.snapshot != null ? { snapshot: found.snapshot, ...chain(found.snapshot.seq, [], damagedCommands), backup: null, notes: [], historyId } : null;
  const { candidate: fromBackup, failed, skipped } = bestBackup(dir, historyId, damagedCommands);
  const chosen = own !== null && (fromBackup === null || lastSeqOf(own) >= lastSeqOf(fromBackup)) ? own : fromBackup;
  if (chosen !== null && chosen.snapshot.formatVersion > FORMAT_VERSION) {
    throw new NewerFormatError(
      `The session in ${dir} needs repair from a snapshot written by a newer Moderator Console (data format ${chosen.snapshot.formatVersion}; this version reads ${FORMAT_VERSION}). Update the app; nothing was changed.`,
    );
  }

  const present = existsSync(database);
  const keptAs = present ? reserveKeptName(dir, `damaged-${STORE_FILES.database}`, now) : null;
  const failedKeptAs = failed.map(({ backup, why }) => ({ backup, why, keptAs: reserveKeptName(dir, `damaged-backup-${backup.name}`, now) }));
  const parts = [`The session file was ${present ? 'damaged' : 'missing'}${problems.length > 0 ? ` (${summarize(problems)})` : ''}.`];
  if (chosen !== null) {
    parts.push(describeBase(chosen, found !== null));
    const reached = lastSeqOf(chosen);
    if (found !== null && found.highestSeqSeen > reached) {
      parts.push(`Commands ${reached + 1}–${found.highestSeqSeen} could not be recovered: command ${reached + 1} is unreadable or fails its checksum, and the later ones can not be applied without it. They remain in the damaged file.`);
    }
  } else {
    parts.push('Nothing usable was found: neither the file nor any backup of this session holds a verified snapshot. The session starts empty.');
    if (skipped > 0) parts.push(`backups/ holds ${skipped} other backup(s) (from before an earlier restore, or without a snapshot); they can be restored from the list of backups.`);
  }
  for (const { backup, why, keptAs: to } of failedKeptAs) parts.push(`The backup ${backup.name} was damaged too (${why}) and was moved to ${join(STORE_FILES.kept, to)}.`);
  if (keptAs !== null) parts.push(`The damaged file was kept as ${join(STORE_FILES.kept, keptAs)}.`);
  const message = parts.join(' ');

  const content: StoreContent = {
    historyId: historyId ?? chosen?.historyId ?? randomUUID(),
    snapshot: chosen?.snapshot ?? null,
    commands: chosen?.commands ?? [],
    notes: [
      ...carriedNotes(found?.notes ?? [], chosen?.notes ?? []),
      { id: randomUUID(), at: now, kind: chosen === null ? 'unrecoverable' : 'recovered', message, acknowledgedAt: null },
    ],
  };
  replaceDatabase(dir, content, { now, appVersion: options.appVersion, replacesKeptAs: keptAs });

  if (failedKeptAs.length > 0) {
    const keptDir = storePath(dir, STORE_FILES.kept);
    for (const { backup, keptAs: to } of failedKeptAs) renameNoReplace(backup.path, join(keptDir, to));
    syncDir(keptDir);
  }
  return { status: chosen === null ? 'unrecoverable' : 'recovered', message, keptAs: keptAs === null ? null : join(STORE_FILES.kept, keptAs) };
}
