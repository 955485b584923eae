/**
 * Reads a store file and verifies everything in it: SQLite's quick_check,
 * each row's checksum, the snapshot's chunk set, and that the commands
 * follow the snapshot without a gap. The same reader opens a healthy store
 * (no damage found), checks a backup, and salvages a damaged file (then it
 * returns everything that still verifies and says what it met).
 */
import type Database from 'better-sqlite3';
import { EMPTY_DIGEST, chunkSum, snapshotSum, toggleDigest, verifiedCommand, type ChunkRow, type CommandRow, type SnapshotRow } from './checksums';
import type { StoredCommand, StoredNote, StoredSnapshot, RecoveryKind } from './content';
import { NewerFormatError, errorCode, isEnvironmentError } from './errors';
import { APPLICATION_ID, META, SCHEMA_VERSION } from './schema';

export interface StoreRead {
  /** Plain descriptions of every problem met; empty means the file is healthy. */
  damage: string[];
  meta: Map<string, string>;
  historyId: string | null;
  /** The snapshot, only if every chunk verified and the set is complete. */
  snapshot: StoredSnapshot | null;
  /** Every command row that verifies, in seq order (gaps only where `damage` says so). */
  commands: StoredCommand[];
  /** The highest seq seen in a row that could be read at all, verified or not. */
  highestSeqSeen: number;
  notes: StoredNote[];
}

export interface ReadOptions {
  /** Where the file is, for the newer-format message. */
  path: string;
  /**
   * Parse the JSON of the snapshot chunks (to load them). A backup check
   * only needs their checksums; parsing a large session blocks for longer.
   */
  parse: boolean;
}

/** Runs one read step; a damaged page becomes a line in `damage`, anything from the disk itself is rethrown. */
function attempt<T>(damage: string[], what: string, step: () => T, failed = 'could not be read'): T | null {
  try {
    return step();
  } catch (error) {
    if (isEnvironmentError(error) || error instanceof NewerFormatError) throw error;
    damage.push(`${what} ${failed} (${errorCode(error) === 'UNKNOWN' ? (error as Error).message : errorCode(error)})`);
    return null;
  }
}

/** False when the file can not be a store of ours at all (then nothing else is worth reading). */
function checkHeader(db: Database.Database, options: ReadOptions, damage: string[]): boolean {
  let header: { applicationId: number; version: number };
  try {
    header = { applicationId: db.pragma('application_id', { simple: true }) as number, version: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    if (isEnvironmentError(error)) throw error;
    const code = errorCode(error);
    damage.push(code === 'SQLITE_NOTADB' ? 'the file is not a database (SQLITE_NOTADB)' : `the file header could not be read (${code})`);
    // A malformed file may still hold readable rows; a file that is not a database holds none.
    return code !== 'SQLITE_NOTADB';
  }
  if (header.version > SCHEMA_VERSION) {
    throw new NewerFormatError(
      `${options.path} was written by a newer Moderator Console (store format ${header.version}; this version reads ${SCHEMA_VERSION}). ` +
        'Update the app, or start with another data dir; the files were left untouched.',
    );
  }
  if (header.applicationId !== APPLICATION_ID || header.version < 1) {
    damage.push('the file is not a Moderator Console session store');
    return false;
  }
  return true;
}

function quickCheck(db: Database.Database, damage: string[]): void {
  const rows = attempt(damage, 'quick_check', () => db.pragma('quick_check(20)', { simple: false }) as Array<{ quick_check: string }>, 'stopped');
  if (rows === null) return;
  const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
  if (problems.length > 0) damage.push(`quick_check found ${problems.length === 20 ? '20 or more problems' : `${problems.length} problem(s)`}: ${problems.slice(0, 3).join('; ')}`);
}

function readSnapshot(db: Database.Database, options: ReadOptions, damage: string[]): StoredSnapshot | null {
  const row = attempt(damage, 'the snapshot', () => db.prepare<[], SnapshotRow>('SELECT seq, saved_at, format_version, chunk_count, digest, sum FROM snapshot WHERE id = 1').get());
  if (row === null || row === undefined) return null;
  if (snapshotSum(row) !== row.sum) {
    damage.push('the snapshot record fails its checksum');
    return null;
  }
  const chunks = new Map<string, unknown>();
  let digest = EMPTY_DIGEST;
  let count = 0;
  const ok = attempt(damage, 'the snapshot chunks', () => {
    for (const chunk of db.prepare<[], ChunkRow>('SELECT key, json, sum FROM snapshot_chunks ORDER BY key').iterate()) {
      if (chunkSum(chunk.key, chunk.json) !== chunk.sum) {
        damage.push(`snapshot chunk "${chunk.key}" fails its checksum`);
        return false;
      }
      if (options.parse) chunks.set(chunk.key, JSON.parse(chunk.json));
      digest = toggleDigest(digest, chunk.sum);
      count++;
    }
    return true;
  });
  if (ok !== true) return null;
  if (count !== row.chunk_count || digest !== row.digest) {
    damage.push(`the snapshot should have ${row.chunk_count} chunks with digest ${row.digest.slice(0, 12)}…, but has ${count} with ${digest.slice(0, 12)}…`);
    return null;
  }
  return { seq: row.seq, savedAt: row.saved_at, formatVersion: row.format_version, chunks };
}

interface CommandsRead {
  commands: StoredCommand[];
  firstSeqSeen: number | null;
  highestSeqSeen: number;
}

/**
 * Every row that verifies, in seq order. A gap or a row that fails is
 * damage, and the rows after it are still returned (a backup may bridge
 * the gap). When a damaged page stops the scan, the table is scanned again
 * from its end, which reaches the rows behind that page.
 */
function readCommands(db: Database.Database, damage: string[]): CommandsRead {
  const read: CommandsRead = { commands: [], firstSeqSeen: null, highestSeqSeen: 0 };
  const failed: number[] = [];
  const take = (row: CommandRow) => {
    const command = verifiedCommand(row);
    if (command === null) failed.push(row.seq);
    else read.commands.push(command);
  };
  const forward = attempt(damage, 'the commands', () => {
    for (const row of db.prepare<[], CommandRow>('SELECT seq, at, ids, cmd, sum FROM commands ORDER BY seq').iterate()) {
      if (read.firstSeqSeen === null) read.firstSeqSeen = row.seq;
      else if (row.seq !== read.highestSeqSeen + 1) damage.push(`commands ${read.highestSeqSeen + 1}–${row.seq - 1} are missing`);
      read.highestSeqSeen = row.seq;
      take(row);
    }
    return true;
  });
  if (forward === null) {
    const stoppedAt = read.highestSeqSeen;
    const behind: CommandRow[] = [];
    attempt([], 'the commands from the end', () => {
      for (const row of db.prepare<[number], CommandRow>('SELECT seq, at, ids, cmd, sum FROM commands WHERE seq > ? ORDER BY seq DESC').iterate(stoppedAt)) behind.push(row);
    });
    behind.reverse().forEach(take);
    read.highestSeqSeen = Math.max(stoppedAt, behind.at(-1)?.seq ?? 0);
  }
  if (failed.length === 1) damage.push(`command ${failed[0]} fails its checksum`);
  if (failed.length > 1) damage.push(`${failed.length} commands fail their checksum (${failed.slice(0, 5).join(', ')}${failed.length > 5 ? ', …' : ''})`);
  return read;
}

const KINDS = new Set<RecoveryKind>(['recovered', 'unrecoverable', 'migrated', 'restored', 'left-out']);

function readNotes(db: Database.Database, damage: string[]): StoredNote[] {
  const rows = attempt(damage, 'the recovery notes', () =>
    db.prepare<[], { id: string; at: number; kind: string; message: string; acknowledged_at: number | null }>('SELECT id, at, kind, message, acknowledged_at FROM recovery_notes ORDER BY at, id').all(),
  );
  return (rows ?? []).map((row) => ({
    id: row.id,
    at: row.at,
    kind: KINDS.has(row.kind as RecoveryKind) ? (row.kind as RecoveryKind) : 'recovered',
    message: row.message,
    acknowledgedAt: row.acknowledged_at,
  }));
}

/**
 * Reads everything; `damage` lists what is wrong. Throws only for a newer
 * format (never touch it) and for errors of the disk itself (refuse to open).
 */
export function readStore(db: Database.Database, options: ReadOptions): StoreRead {
  const damage: string[] = [];
  const empty: StoreRead = { damage, meta: new Map(), historyId: null, snapshot: null, commands: [], highestSeqSeen: 0, notes: [] };
  if (!checkHeader(db, options, damage)) return empty;
  quickCheck(db, damage);
  const metaRows = attempt(damage, 'the meta table', () => db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all());
  const meta = new Map((metaRows ?? []).map((row) => [row.key, row.value]));
  const historyId = meta.get(META.historyId) ?? null;
  if (metaRows !== null && historyId === null) damage.push('the store has no history id');
  const damageBeforeSnapshot = damage.length;
  const snapshot = readSnapshot(db, options, damage);
  const snapshotDamaged = damage.length > damageBeforeSnapshot;
  const { commands, firstSeqSeen, highestSeqSeen } = readCommands(db, damage);
  if (snapshot !== null && firstSeqSeen !== null && firstSeqSeen !== snapshot.seq + 1) {
    damage.push(`the commands start at ${firstSeqSeen}, not right after the snapshot (${snapshot.seq})`);
  }
  if (snapshot === null && !snapshotDamaged && firstSeqSeen !== null && firstSeqSeen !== 1) {
    damage.push(`the commands start at ${firstSeqSeen} and there is no snapshot before them`);
  }
  return { damage, meta, historyId, snapshot, commands, highestSeqSeen, notes: readNotes(db, damage) };
}
