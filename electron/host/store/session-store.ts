/**
 * The session store: one SQLite database per session folder, owned by one
 * process. This is the module the session host uses; the others in this
 * folder are its parts. Design notes: docs/storage.md.
 *
 * Using it (open, restore and backups return promises; everything else
 * is synchronous, so a command's write is one call):
 *
 *   const opened = await SessionStore.open(dir, { now, appVersion, splitLegacyState })
 *     // throws StoreLockedError (another process holds the folder: one line naming it),
 *     // NewerFormatError (written by a newer app: untouched), StoreOpenError (disk full,
 *     // read-only, failing disk: nothing changed).
 *   opened.status      'new' | 'opened' | 'recovered' | 'unrecoverable' | 'migrated' | 'restored'
 *   opened.snapshot    { seq, savedAt, formatVersion, chunks: Map } | null (nothing saved yet)
 *   opened.commands    verified commands after the snapshot, in seq order: replay them
 *   opened.recovery    notes not yet acknowledged: show them until the user acknowledges
 *
 *   store.append({ seq, at, ids, cmd })    one transaction, durable on return (WAL +
 *     synchronous=FULL); acknowledge the command only after it returns. seq must be
 *     lastSeq + 1. Throws StoreWriteError { reason: 'disk-full' | 'read-only' | 'io' |
 *     'damaged', message } and then nothing was stored.
 *   store.saveSnapshot(seq, changed, removedKeys, savedAt)    one transaction: the changed
 *     chunks upserted, removed ones deleted, the snapshot set to seq, commands <= seq pruned;
 *     then the WAL checkpointed (commands never pay for one).
 *   store.health()    { ok: true } or the last refusal of a command or an acknowledgement (not of a
 *     snapshot), until a write succeeds again.
 *   await store.backupNow('interval' | 'quit' | 'manual')    BackupInfo, or null when nothing
 *     changed since the last backup (a manual backup is always taken).
 *   store.listBackups()    newest first.
 *   await store.restoreBackup(name)    closes this store; returns the reopened one.
 *   store.recoveryNotes() / store.acknowledgeRecovery(ids)
 *   store.close()    releases the folder. Take the 'quit' backup before, if wanted.
 *
 *   await SessionStore.restoreBackup(dir, name, options)    the same for the CLI, with no store open.
 */
import type Database from 'better-sqlite3';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { FORMAT_VERSION } from '../../../shared/session/document';
import { listBackups, removeBackupLeftovers, takeBackup, type BackupInfo, type BackupReason } from './backups';
import { EMPTY_DIGEST, chunkRow, commandRow, snapshotSum, toggleDigest, type ChunkRow, type CommandRow } from './checksums';
import { lastSeqOf, type RecoveryNote, type StoredCommand, type StoredNote, type StoredSnapshot } from './content';
import { NewerFormatError, StoreWriteError, isDamageError, isEnvironmentError, toOpenError, toWriteError } from './errors';
import { PRIVATE_FILE_MODE, STORE_FILES, ensurePrivateDir, storePath } from './folder';
import { hasLegacySession, migrateLegacyFolder, moveLegacyFiles, type SplitState } from './legacy-migration';
import { FolderLock } from './lock';
import { readStore, type StoreRead } from './read-store';
import { recoverFolder } from './recovery';
import { finishInterruptedReplacement, replaceDatabase } from './replace';
import { restoreFromBackup } from './restore';
import { META, openWriter, withReader } from './schema';
import { checkWal } from './wal-check';

export type { BackupInfo, BackupReason } from './backups';
export type { RecoveryNote, StoredCommand, StoredSnapshot } from './content';

export interface StoreOptions {
  /** Wall-clock epoch ms, for notes, backups and kept/ names. */
  now: () => number;
  appVersion: string;
  /** Cuts a legacy (snapshot.json) state into the host's chunks (session/state-chunks.ts legacyChunks). */
  splitLegacyState: SplitState;
  /** How long to wait for a holder of the folder that is just closing (ms). */
  lockWaitMs?: number;
  /** Tests only: SQLite's page limit, standing in for a full disk. */
  maxPageCount?: number;
}

export type OpenStatus = 'new' | 'opened' | 'recovered' | 'unrecoverable' | 'migrated' | 'restored';

export interface OpenedStore {
  store: SessionStore;
  status: OpenStatus;
  snapshot: StoredSnapshot | null;
  commands: StoredCommand[];
  recovery: RecoveryNote[];
}

/** What an open has changed so far, for the message if it then fails. */
interface OpenProgress {
  changed: string | null;
}

export type StoreHealth = { ok: true } | { ok: false; error: StoreWriteError; since: number };

interface Statements {
  insertCommand: Database.Statement<[CommandRow]>;
  upsertChunk: Database.Statement<[ChunkRow]>;
  deleteChunk: Database.Statement<[string]>;
  upsertSnapshot: Database.Statement<[Record<string, unknown>]>;
  pruneCommands: Database.Statement<[number]>;
  acknowledge: Database.Statement<[number, string]>;
  insertNote: Database.Statement<[RecoveryNote]>;
}

function prepare(db: Database.Database): Statements {
  return {
    insertCommand: db.prepare('INSERT INTO commands (seq, at, ids, cmd, sum) VALUES (@seq, @at, @ids, @cmd, @sum)'),
    upsertChunk: db.prepare('INSERT INTO snapshot_chunks (key, json, sum) VALUES (@key, @json, @sum) ON CONFLICT (key) DO UPDATE SET json = excluded.json, sum = excluded.sum'),
    deleteChunk: db.prepare('DELETE FROM snapshot_chunks WHERE key = ?'),
    upsertSnapshot: db.prepare(
      'INSERT INTO snapshot (id, seq, saved_at, format_version, chunk_count, digest, sum) VALUES (1, @seq, @saved_at, @format_version, @chunk_count, @digest, @sum) ' +
        'ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, saved_at = excluded.saved_at, format_version = excluded.format_version, chunk_count = excluded.chunk_count, digest = excluded.digest, sum = excluded.sum',
    ),
    pruneCommands: db.prepare('DELETE FROM commands WHERE seq <= ?'),
    acknowledge: db.prepare('UPDATE recovery_notes SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL'),
    insertNote: db.prepare('INSERT OR IGNORE INTO recovery_notes (id, at, kind, message, acknowledged_at) VALUES (@id, @at, @kind, @message, NULL)'),
  };
}

function readDatabase(path: string): StoreRead {
  return withReader(path, (db) => readStore(db, { path, parse: true }));
}

function walProblem(walPath: string): string[] {
  const wal = checkWal(walPath);
  return wal.state === 'damaged' ? [`the write-ahead log (${STORE_FILES.database}-wal) is damaged: ${wal.detail}; changes saved after that point could not be read`] : [];
}

/** Puts a store file back to 0600 if something (an old release, a copy) loosened it. */
function keepPrivate(path: string): void {
  try {
    if ((statSync(path).mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(path, PRIVATE_FILE_MODE);
  } catch {
    // A read-only folder refuses; the first write will say so.
  }
}

export class SessionStore {
  private db: Database.Database | null;
  private statements: Statements;
  private seq: number;
  private snapshotSeq: number | null;
  /** Checksum of each snapshot chunk, so a snapshot updates the digest without reading rows back. */
  private chunkSums: Map<string, string>;
  private digest: string;
  private notes: StoredNote[];
  /** Names this line of history (a restored backup starts a new one). */
  readonly historyId: string;
  private healthState: StoreHealth = { ok: true };
  private needsReconnect = false;
  /** Counts committed writes, so a backup is only taken after a change. */
  private changes = 0;
  /** `changes` when the last backup was taken; null when the newest backup is older than what is stored. */
  private changesAtLastBackup: number | null;
  private backupRunning: Promise<unknown> | null = null;
  private closed = false;

  private constructor(
    readonly dir: string,
    db: Database.Database,
    private readonly lock: FolderLock,
    private readonly options: StoreOptions,
    read: StoreRead,
    changedSinceBackup: boolean,
  ) {
    this.db = db;
    this.statements = prepare(db);
    this.seq = lastSeqOf(read);
    this.snapshotSeq = read.snapshot?.seq ?? null;
    this.chunkSums = new Map();
    this.digest = EMPTY_DIGEST;
    for (const row of db.prepare<[], { key: string; sum: string }>('SELECT key, sum FROM snapshot_chunks').all()) {
      this.chunkSums.set(row.key, row.sum);
      this.digest = toggleDigest(this.digest, row.sum);
    }
    this.notes = read.notes;
    this.historyId = read.historyId ?? 'unknown';
    this.changesAtLastBackup = changedSinceBackup ? null : 0;
  }

  /** Opens (creating, migrating or recovering as needed) the store in `dir`. See the header. */
  static async open(dir: string, options: StoreOptions): Promise<OpenedStore> {
    let lock: FolderLock;
    try {
      ensurePrivateDir(dir);
      lock = FolderLock.acquire(dir, { appVersion: options.appVersion, now: options.now, waitMs: options.lockWaitMs });
    } catch (error) {
      throw toOpenError(error, dir) ?? error;
    }
    const progress: OpenProgress = { changed: null };
    try {
      return await SessionStore.openLocked(dir, lock, options, null, progress);
    } catch (error) {
      lock.release();
      throw toOpenError(error, dir, progress.changed) ?? error;
    }
  }

  private static async openLocked(dir: string, lock: FolderLock, options: StoreOptions, statusAfter: OpenStatus | null, progress: OpenProgress): Promise<OpenedStore> {
    const now = options.now();
    const database = storePath(dir, STORE_FILES.database);
    removeBackupLeftovers(dir);
    if (finishInterruptedReplacement(dir, now) === 'installed') progress.changed = 'an interrupted repair of the session file was finished';

    let status: OpenStatus = 'opened';
    let read: StoreRead | null = null;
    if (!existsSync(database)) {
      if (hasLegacySession(dir)) {
        const { status: migrated, keptDir } = migrateLegacyFolder(dir, { now: options.now, appVersion: options.appVersion, splitState: options.splitLegacyState });
        status = migrated;
        progress.changed = `the session was converted from the previous file format (the old files are in ${keptDir}/)`;
      } else if (listBackups(dir).length > 0) {
        status = recoverFolder(dir, null, ['it was not in the folder, but backups were'], options).status;
        progress.changed = 'the missing session file was restored from a backup';
      } else {
        replaceDatabase(dir, { historyId: randomUUID(), snapshot: null, commands: [], notes: [] }, { now, appVersion: options.appVersion, replacesKeptAs: null });
        status = 'new';
      }
    } else {
      const walProblems = walProblem(`${database}-wal`);
      read = readDatabase(database);
      const problems = [...walProblems, ...read.damage];
      if (problems.length > 0) {
        const recovery = recoverFolder(dir, read, problems, options);
        status = recovery.status;
        progress.changed = `the damaged session file was moved to ${recovery.keptAs ?? STORE_FILES.kept} and the session rebuilt`;
        read = null;
      }
    }
    if (read === null) {
      read = readDatabase(database);
      if (read.damage.length > 0) throw new Error(`The rebuilt store ${database} failed its own check (${read.damage.join('; ')}); the folder was left as it is now.`);
    }
    if (read.snapshot !== null && read.snapshot.formatVersion > FORMAT_VERSION) {
      throw new NewerFormatError(
        `${database} was written by a newer Moderator Console (data format ${read.snapshot.formatVersion}; this version reads ${FORMAT_VERSION}). ` +
          'Update the app, or start with another data dir; the files were left untouched.',
      );
    }

    keepPrivate(database);
    const newest = listBackups(dir)[0];
    const changedSinceBackup = status !== 'opened' || newest === undefined || newest.seq !== lastSeqOf(read);
    const store = new SessionStore(dir, openWriter(database, { maxPageCount: options.maxPageCount }), lock, options, read, changedSinceBackup);
    store.finishLegacyMove(read.meta.get(META.legacyPending));
    return { store, status: statusAfter ?? status, snapshot: read.snapshot, commands: read.commands, recovery: store.recoveryNotes() };
  }

  /**
   * Restores a backup with no store open (the CLI): takes the folder's
   * lock, restores (see restore.ts) and returns the opened store.
   */
  static async restoreBackup(dir: string, name: string, options: StoreOptions): Promise<OpenedStore> {
    const progress: OpenProgress = { changed: null };
    let lock: FolderLock;
    try {
      lock = FolderLock.acquire(dir, { appVersion: options.appVersion, now: options.now, waitMs: options.lockWaitMs });
    } catch (error) {
      throw toOpenError(error, dir) ?? error;
    }
    try {
      removeBackupLeftovers(dir);
      finishInterruptedReplacement(dir, options.now());
      restoreFromBackup(dir, name, options);
      progress.changed = `the backup ${name} was restored`;
      return await SessionStore.openLocked(dir, lock, options, 'restored', progress);
    } catch (error) {
      lock.release();
      throw toOpenError(error, dir, progress.changed) ?? error;
    }
  }

  /** The last command stored (0 for a new store). */
  get lastSeq(): number {
    return this.seq;
  }

  /** False once closed (by close, or by a restore that could not reopen the folder). */
  get isOpen(): boolean {
    return !this.closed;
  }

  health(): StoreHealth {
    return this.healthState;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`the session store for ${this.dir} is closed`);
  }

  private connection(): Database.Database {
    this.assertOpen();
    if (this.needsReconnect || this.db === null) this.reconnect();
    return this.db!;
  }

  /**
   * After a read-only or I/O error the connection is opened afresh before
   * the next write, so a folder that became writable again is used again.
   * What is on disk must then match what was acknowledged: a command that
   * was refused but reached the disk anyway (a failed flush) is removed,
   * since the user was told it was not saved.
   */
  private reconnect(): void {
    try {
      this.db?.close();
    } catch {
      // Closing a connection whose disk failed can fail too; it is released either way.
    }
    this.db = null;
    const db = openWriter(storePath(this.dir, STORE_FILES.database), { maxPageCount: this.options.maxPageCount });
    const onDisk = db.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM commands').get()?.seq ?? this.snapshotSeq ?? 0;
    if (onDisk < this.seq) {
      db.close();
      throw new StoreWriteError('damaged', 'ACKNOWLEDGED_MISSING');
    }
    if (onDisk > this.seq) db.prepare('DELETE FROM commands WHERE seq > ?').run(this.seq);
    this.db = db;
    this.statements = prepare(db);
    this.needsReconnect = false;
  }

  /**
   * Runs one write transaction. A refused write throws StoreWriteError and
   * leaves nothing behind (SQLite rolls the transaction back). A full disk
   * first gets one retry after a checkpoint, which can free the space the
   * write-ahead log holds.
   *
   * `health` is what the user is told: whether changes are being saved.
   * A snapshot's refusal does not change it (no change is lost, and on a
   * nearly full disk the small commands may still fit while a snapshot
   * does not); any write that succeeds clears it.
   */
  private write(run: () => void, options: { affectsHealth: boolean } = { affectsHealth: true }): void {
    let failure: StoreWriteError;
    try {
      this.connection();
      run();
      this.succeeded();
      return;
    } catch (error) {
      // Anything else (a closed store, a malformed command) is the caller's bug, not the disk's.
      if (!isEnvironmentError(error) && !isDamageError(error) && !(error instanceof StoreWriteError)) throw error;
      failure = toWriteError(error, this.dir);
    }
    if (failure.reason === 'disk-full' && this.db !== null && this.checkpoint()) {
      try {
        run();
        this.succeeded();
        return;
      } catch (error) {
        failure = toWriteError(error, this.dir);
      }
    }
    if (failure.reason !== 'disk-full') this.needsReconnect = true;
    if (options.affectsHealth && (this.healthState.ok || this.healthState.error.reason !== failure.reason)) this.healthState = { ok: false, error: failure, since: this.options.now() };
    throw failure;
  }

  private succeeded(): void {
    this.changes++;
    this.healthState = { ok: true };
  }

  private checkpoint(mode: 'PASSIVE' | 'TRUNCATE' = 'TRUNCATE'): boolean {
    try {
      const [result] = this.db!.pragma(`wal_checkpoint(${mode})`) as Array<{ busy: number }>;
      return result?.busy === 0;
    } catch {
      return false;
    }
  }

  /** Stores one command durably; see the header. */
  append(command: StoredCommand): void {
    if (command.seq !== this.seq + 1) throw new RangeError(`command ${command.seq} does not follow the last stored command (${this.seq})`);
    const row = commandRow(command);
    this.write(() => this.statements.insertCommand.run(row));
    this.seq = command.seq;
  }

  /** Saves what changed since the last snapshot, in one transaction; see the header. */
  saveSnapshot(seq: number, changed: ReadonlyArray<readonly [string, unknown]>, removedKeys: readonly string[], savedAt: number): void {
    if (!Number.isSafeInteger(seq) || seq < (this.snapshotSeq ?? 0) || seq > this.seq) {
      throw new RangeError(`a snapshot at command ${seq} must be between the last snapshot (${this.snapshotSeq ?? 'none'}) and the last command (${this.seq})`);
    }
    const rows = changed.map(([key, value]) => chunkRow(key, value));
    // The digest and count after this snapshot, worked out beside the held sums (20,000 of them at 10,000
    // recommendations), which change only once the transaction has committed.
    const removing = new Set(removedKeys);
    const writing = new Set<string>();
    let digest = this.digest;
    let count = this.chunkSums.size;
    for (const row of rows) {
      if (removing.has(row.key)) throw new RangeError(`snapshot chunk ${row.key} is both changed and removed`);
      if (writing.has(row.key)) throw new RangeError(`snapshot chunk ${row.key} is changed twice`);
      writing.add(row.key);
      const old = this.chunkSums.get(row.key);
      if (old === undefined) count++;
      else digest = toggleDigest(digest, old);
      digest = toggleDigest(digest, row.sum);
    }
    const removed = [...removing].filter((key) => this.chunkSums.has(key));
    for (const key of removed) digest = toggleDigest(digest, this.chunkSums.get(key)!);
    count -= removed.length;
    const snapshot = { seq, saved_at: savedAt, format_version: FORMAT_VERSION, chunk_count: count, digest };
    this.write(() =>
      this.connection().transaction(() => {
        for (const row of rows) this.statements.upsertChunk.run(row);
        for (const key of removed) this.statements.deleteChunk.run(key);
        this.statements.upsertSnapshot.run({ ...snapshot, sum: snapshotSum(snapshot) });
        this.statements.pruneCommands.run(seq);
      })(),
      { affectsHealth: false },
    );
    for (const row of rows) this.chunkSums.set(row.key, row.sum);
    for (const key of removed) this.chunkSums.delete(key);
    this.digest = digest;
    this.snapshotSeq = seq;
    // The WAL back into the database here, off the commands' path (schema.ts); one that can not be done now is done by the next.
    this.checkpoint('PASSIVE');
  }

  /** Takes a backup now, unless nothing changed since the last one (a manual backup is always taken). */
  async backupNow(reason: BackupReason): Promise<BackupInfo | null> {
    while (this.backupRunning !== null) await this.backupRunning.catch(() => undefined);
    if (reason !== 'manual' && this.changes === this.changesAtLastBackup) return null;
    const changesBefore = this.changes;
    const running = takeBackup(this.connection(), this.dir, reason, this.options.now);
    this.backupRunning = running;
    try {
      const info = await running;
      // Writes during the backup are in it too, but counting them as a
      // change costs at most one extra backup and needs no proof.
      this.changesAtLastBackup = changesBefore;
      return info;
    } finally {
      this.backupRunning = null;
    }
  }

  listBackups(): BackupInfo[] {
    return listBackups(this.dir);
  }

  /**
   * Restores a backup (see restore.ts). This store is closed; the returned
   * one holds the folder. If the backup can not be restored this store
   * stays open, unchanged, and the error says why.
   */
  async restoreBackup(name: string): Promise<OpenedStore> {
    this.assertOpen();
    while (this.backupRunning !== null) await this.backupRunning.catch(() => undefined);
    this.db?.close();
    this.db = null;
    try {
      restoreFromBackup(this.dir, name, this.options);
    } catch (error) {
      this.reconnect();
      throw error;
    }
    this.closed = true;
    const progress: OpenProgress = { changed: `the backup ${name} was restored` };
    try {
      return await SessionStore.openLocked(this.dir, this.lock, this.options, 'restored', progress);
    } catch (error) {
      this.lock.release();
      throw toOpenError(error, this.dir, progress.changed) ?? error;
    }
  }

  /** Recovery notes the user has not acknowledged yet, oldest first. */
  recoveryNotes(): RecoveryNote[] {
    return this.notes.filter((note) => note.acknowledgedAt === null).map(({ id, at, kind, message }) => ({ id, at, kind, message }));
  }

  /**
   * Keeps a note the host made (a stored command left out on replay) until
   * it is acknowledged. The same id is one note: a command left out at every
   * open until a snapshot covers it is told once. A disk that refuses the
   * write leaves the note in this run's notes only.
   */
  addNote(note: RecoveryNote): void {
    if (this.notes.some((held) => held.id === note.id)) return;
    try {
      this.write(() => this.statements.insertNote.run(note), { affectsHealth: false });
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
    }
    this.notes = [...this.notes, { ...note, acknowledgedAt: null }];
  }

  acknowledgeRecovery(ids: readonly string[]): void {
    const at = this.options.now();
    this.write(() =>
      this.connection().transaction(() => {
        for (const id of ids) this.statements.acknowledge.run(at, id);
      })(),
    );
    const acknowledged = new Set(ids);
    this.notes = this.notes.map((note) => (acknowledged.has(note.id) && note.acknowledgedAt === null ? { ...note, acknowledgedAt: at } : note));
  }

  /** Finishes moving legacy files after a migration (see legacy-migration.ts). */
  private finishLegacyMove(pending: string | undefined): void {
    if (pending === undefined) return;
    try {
      moveLegacyFiles(this.dir, pending);
      this.write(() => this.connection().prepare('DELETE FROM meta WHERE key = ?').run(META.legacyPending));
    } catch (error) {
      // The files stay where they are and the next open tries again; the store itself is fine.
      if (!(error instanceof StoreWriteError) && !isEnvironmentError(error)) throw error;
    }
  }

  /** Releases the folder. Pending writes are already durable; a running backup is abandoned (and cleaned up). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db?.close();
    } catch {
      // A failing disk can refuse the final checkpoint; the WAL keeps everything for the next open.
    }
    this.db = null;
    this.lock.release();
  }
}

