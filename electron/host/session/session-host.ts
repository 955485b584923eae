/**
 * The session host: the single owner of the session document.
 * validate -> apply -> show on the displays -> persist -> publish ->
 * acknowledge. Commands run one at a time in arrival order, and a
 * command's answer goes out before the next command's changes are
 * published. No electron import: the same host runs in Electron's main
 * process and under plain Node (serve mode).
 *
 * Displays (projector and stage views, subscribeDisplays) are shown a
 * change as soon as it is applied, just before it is written, so the
 * screens and the disk's flush run side by side instead of one after the
 * other (bench: fan-out). A display only shows; nothing is acknowledged,
 * published to a console or sent to a remote until the write is durable.
 * A write the disk refuses puts the displays back at once (they are shown
 * the state as it was); a crash in the millisecond between leaves them
 * showing a change that is not kept until they reconnect, as a projector
 * that lost the host does anyway.
 *
 * Persistence (the store: electron/host/store/, docs/storage.md)
 * - Open: SessionStore.open takes the folder's lock, checks, recovers or
 *   converts it. The state is put back from the snapshot's chunks
 *   (state-chunks.ts) and the commands after it are replayed with the ids
 *   and host times they were first applied with. A new folder starts with
 *   the example conference; one nothing could be recovered from starts
 *   blank (its note says so; it is never passed off as the user's session).
 *   Either is saved as the first snapshot at once.
 * - A command: applied in memory, appended to the store (one committed,
 *   flushed transaction), and only then made the state, published and
 *   acknowledged. A write the disk refuses refuses the command with the
 *   store's plain message ("Not saved: the disk is full…") and changes
 *   nothing; HostMeta.storage says so until a write succeeds again.
 * - Snapshots are never on a command's path: once SNAPSHOT_AFTER_COMMANDS
 *   commands wait, the first pause of SNAPSHOT_PAUSE_MS, or SNAPSHOT_IDLE_MS
 *   without a command, queues a snapshot of the chunks that changed (a
 *   record edit is a kilobyte: state-chunks.ts) behind whatever commands
 *   are waiting, so it never falls between a command and its follow-ups and
 *   a burst of commands (an import, a fast typist) is not cut into by one.
 *   An unbroken burst gets one after SNAPSHOT_FORCED_AFTER commands, so
 *   replay at start-up stays short. A failed snapshot fails no command
 *   (they are all stored) and is tried again later.
 * - Backups every 5 minutes while the session changes, one at close, and on
 *   request; a restore replaces the session in every view.
 * - Recovery notes stay in HostMeta until someone acknowledges them.
 */
import { randomUUID } from 'node:crypto';
import { formatInTimeZone } from 'date-fns-tz';
import type { BackupSummary, DispatchResult, HostMeta, RecoveryNote, SessionEvent, SessionSnapshot, StorageHealth, Unsubscribe } from '../../../shared/contract/api';
import { parseCommand, type Command } from '../../../shared/session/commands';
import { CommandRejected, reject } from '../../../shared/kernel/errors';
import { EXAMPLE_EVENT, createBlankSession, createExampleSession } from '../../../shared/session/example-session';
import { applyCommand, type SessionState } from '../../../shared/session/reducer';
import { emptyHistory, historyMeta } from '../../../shared/session/history';
import type { SessionDoc } from '../../../shared/session/document';
import { followUps } from '../../../shared/session/follow-ups';
import type { Clock, EpochMs, IsoDate } from '../../../shared/kernel/units';
import { hostTime } from '../../../shared/kernel/host-clock';
import { remainingMs } from '../../../shared/timer/model';
import { SessionStore, type BackupInfo, type OpenedStore, type StoredCommand } from '../store/session-store';
import { StoreWriteError } from '../store/errors';
import { BackupSchedule, type ScheduleTimers } from '../store/backup-schedule';
import { systemClock } from './clock';
import { StateChunks, legacyChunks } from './state-chunks';
import { contextFor, sessionFromStore, type Replayed } from './replay';
import { TimerBoundaries } from './timer-boundaries';

/** Once this many commands wait for a snapshot, it is taken at the first pause of SNAPSHOT_PAUSE_MS... */
export const SNAPSHOT_AFTER_COMMANDS = 25;
export const SNAPSHOT_PAUSE_MS = 50;
/** ...or at once after this many, in an unbroken burst (replay at start-up stays short)... */
export const SNAPSHOT_FORCED_AFTER = 200;
/** ...or once the session has been quiet this long, however few wait. */
export const SNAPSHOT_IDLE_MS = 1_000;

export interface HostOptions {
  dataDir: string;
  clock?: Clock;
  appVersion?: string;
  /** When snapshots are taken (see the header); tests and benchmarks change it. `forcedAfter` is at least `afterCommands`. */
  snapshots?: { afterCommands?: number; pauseMs?: number; forcedAfter?: number; idleMs?: number };
  /** The backup schedule: its interval and, in tests, its timers. */
  backups?: { intervalMs?: number; timers?: ScheduleTimers };
  /** Tests only: SQLite's page limit, standing in for a full disk. */
  maxPageCount?: number;
  /** How long to wait for a holder of the folder that is just closing (ms). */
  lockWaitMs?: number;
  /** Told after each snapshot saved: how long it took and how many chunks it wrote (benchmarks read it). */
  onSnapshot?: (snapshot: { durationMs: number; changed: number; removed: number }) => void;
}

type Listener = (event: SessionEvent) => void;

function storageOf(store: SessionStore): StorageHealth {
  const health = store.health();
  return health.ok ? { ok: true } : { ok: false, problem: health.error.reason, message: health.error.message, since: health.since };
}

function summaryOf(backup: BackupInfo): BackupSummary {
  return { name: backup.name, takenAt: backup.takenAt, reason: backup.reason, seq: backup.seq, sizeBytes: backup.sizeBytes };
}

/** What a refused write tells the caller: the store's own words, and that nothing changed. */
function notSaved(error: StoreWriteError): DispatchResult {
  return { ok: false, error: { code: 'not-saved', field: 'storage', message: error.message } };
}

/** The session a store holds, and whether it needs its first snapshot (a new or unrecoverable folder). */
function load(opened: OpenedStore, now: number): Replayed & { chunks: StateChunks; firstSnapshot: boolean } {
  if (opened.snapshot !== null) return { ...sessionFromStore(opened.snapshot, opened.commands), firstSnapshot: false };
  if (opened.commands.length > 0) throw new Error(`the store in ${opened.store.dir} has commands but no snapshot to replay them on`);
  const today = formatInTimeZone(now, EXAMPLE_EVENT.timeZone, 'yyyy-MM-dd') as IsoDate;
  const doc: SessionDoc = opened.status === 'unrecoverable' ? createBlankSession(today) : createExampleSession();
  return { state: { doc, history: emptyHistory() }, seq: 0, last: null, leftOut: [], chunks: new StateChunks(), firstSnapshot: true };
}

export class SessionHost {
  private state!: SessionState;
  private seq = 0;
  private chunks!: StateChunks;
  private version = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<Listener>();
  private readonly displays = new Set<Listener>();
  private closed = false;
  /** Set when the store could not be reopened after a restore: every write is refused with it. */
  private broken: { error: StoreWriteError; since: number } | null = null;
  private readonly boundaries: TimerBoundaries;
  private schedule: BackupSchedule;
  private unsnapshotted = 0;
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;
  /** The delay the armed snapshot timer was set with. */
  private snapshotDelay = 0;
  private readonly snapshotAfter: number;
  private readonly snapshotPauseMs: number;
  private readonly snapshotForcedAfter: number;
  private readonly snapshotIdleMs: number;
  /** The storage health last published, so a change is published once. */
  private publishedStorage: string;
  /** Host time: wall-clock epoch that advances with the monotonic clock. */
  readonly now: () => EpochMs;

  private constructor(
    private store: SessionStore,
    private readonly appVersion: string,
    private readonly clock: Clock,
    private readonly options: HostOptions,
  ) {
    this.now = hostTime(clock);
    this.boundaries = new TimerBoundaries(this.now, () => {
      this.enqueue(() => this.onBoundary()).catch((error: unknown) => console.error('timer boundary failed:', error));
    });
    this.snapshotAfter = options.snapshots?.afterCommands ?? SNAPSHOT_AFTER_COMMANDS;
    this.snapshotPauseMs = options.snapshots?.pauseMs ?? SNAPSHOT_PAUSE_MS;
    this.snapshotForcedAfter = Math.max(options.snapshots?.forcedAfter ?? SNAPSHOT_FORCED_AFTER, this.snapshotAfter);
    this.snapshotIdleMs = options.snapshots?.idleMs ?? SNAPSHOT_IDLE_MS;
    this.schedule = this.newSchedule();
    this.publishedStorage = JSON.stringify(storageOf(store));
  }

  /** Opens the data dir (see the header); throws with a plain message when it can not be used. */
  static async open(options: HostOptions): Promise<SessionHost> {
    const clock = options.clock ?? systemClock;
    const opened = await SessionStore.open(options.dataDir, {
      now: () => clock.now(),
      appVersion: options.appVersion ?? '0.0.0',
      splitLegacyState: legacyChunks,
      maxPageCount: options.maxPageCount,
      lockWaitMs: options.lockWaitMs,
    });
    try {
      const host = new SessionHost(opened.store, options.appVersion ?? '0.0.0', clock, options);
      const last = host.install(opened);
      // A crash between the last command and its follow-up left the follow-up
      // undone; the command was never acknowledged, but it must not stay
      // half-applied, so finish it now.
      if (last) host.runFollowUps(last);
      host.boundaries.schedule(host.state.doc);
      host.schedule.start();
      return host;
    } catch (error) {
      opened.store.close();
      throw error;
    }
  }

  /** Makes `opened` the session (at open and after a restore); returns the last command replayed. */
  private install(opened: OpenedStore): Command | null {
    const loaded = load(opened, this.clock.now());
    this.store = opened.store;
    this.state = loaded.state;
    this.chunks = loaded.chunks;
    this.seq = loaded.seq;
    // Stored commands this version refuses are left out and told until acknowledged (once each: the note's id names the command).
    for (const { seq, message } of loaded.leftOut) this.store.addNote({ id: `left-out-${this.store.historyId}-${seq}`, at: this.clock.now(), kind: 'left-out', message });
    this.unsnapshotted = opened.commands.length;
    if (loaded.firstSnapshot) {
      const { changed, held } = this.chunks.changesFor(this.state);
      this.store.saveSnapshot(this.seq, changed, [], this.now());
      this.chunks.saved(held);
    }
    // Replayed commands are in no snapshot yet: one is taken once the session is quiet.
    if (this.unsnapshotted > 0) this.armSnapshot();
    return loaded.last;
  }

  private newSchedule(): BackupSchedule {
    return new BackupSchedule(this.store, {
      intervalMs: this.options.backups?.intervalMs,
      timers: this.options.backups?.timers,
      onError: (error) => console.error(`a backup could not be taken (the session itself is saved): ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  private meta(): HostMeta {
    const recovery: RecoveryNote[] = this.store.recoveryNotes();
    const storage: StorageHealth = this.broken ? { ok: false, problem: this.broken.error.reason, message: this.broken.error.message, since: this.broken.since } : storageOf(this.store);
    return { recovery, storage, appVersion: this.appVersion, dataDir: this.store.dir, history: historyMeta(this.state.history) };
  }

  getSnapshot(): SessionSnapshot {
    return { version: this.version, doc: this.state.doc, meta: this.meta() };
  }

  /** The whole host state, for tests and exports. */
  get current(): SessionState {
    return this.state;
  }

  get dataDir(): string {
    return this.store.dir;
  }

  subscribe(listener: Listener): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A display is told, as a snapshot, each change it will show before the
   * change is durable, and the state as it was if the write is then refused
   * (see the header); it is a listener (subscribe) as well, for the rest.
   */
  subscribeDisplays(listener: Listener): Unsubscribe {
    this.displays.add(listener);
    return () => this.displays.delete(listener);
  }

  /**
   * Runs `task` after everything queued before it (commands, snapshots,
   * restores). The next task waits one turn of the event loop: the store
   * writes synchronously, so without it the next command would publish
   * its changes before the previous command's answer had gone out, and a
   * view could not tell which changes an answered command made.
   */
  private enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined).then(() => new Promise((resolve) => setImmediate(resolve)));
    return run;
  }

  /** Validates and applies one command; resolves once it is durable and published. */
  dispatch(input: unknown): Promise<DispatchResult> {
    return this.enqueue(() => this.process(input));
  }

  /** Resolves once every queued command and snapshot has run (tests and benchmarks). */
  async settled(): Promise<void> {
    await this.enqueue(() => undefined);
  }

  private process(input: unknown): DispatchResult {
    if (this.closed) return { ok: false, error: { code: 'conflict', field: 'command', message: 'the session host is closed' } };
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed;
    const result = this.commit(parsed.command);
    if (result.ok) this.runFollowUps(parsed.command);
    this.boundaries.schedule(this.state.doc);
    return result.ok ? { ok: true, version: this.version } : result;
  }

  private runFollowUps(command: Command): void {
    for (const next of followUps(command, this.state.doc)) {
      const result = this.commit(next);
      if (!result.ok) console.error(`the follow-up ${next.type} of ${command.type} was not applied: ${result.error.field} ${result.error.message}`);
    }
  }

  /** At a phase boundary: with auto-advance on and the time up, the next speaker, the clock running on. */
  private onBoundary(): void {
    if (this.closed) return;
    const { timer } = this.state.doc;
    const running = timer.clock.runningSince !== null && timer.mode === 'countdown';
    if (running && timer.autoAdvance && remainingMs(timer.clock, this.now()) <= 0) {
      const result = this.commit({ type: 'timer.next' });
      if (!result.ok && result.error.field !== 'speakerId') console.error('auto-advance failed:', result.error);
    }
    this.boundaries.schedule(this.state.doc);
  }

  private commit(command: Command): DispatchResult {
    const at = this.now();
    const ids: string[] = [];
    let transition;
    try {
      transition = applyCommand(this.state, command, contextFor(this.state, at, ids, randomUUID));
    } catch (error) {
      if (error instanceof CommandRejected) return { ok: false, error: error.error };
      throw error;
    }
    if (transition.patches.length === 0) return { ok: true, version: this.version };
    if (this.broken) return notSaved(this.broken.error);
    const entry: StoredCommand = { seq: this.seq + 1, at, ids, cmd: command };
    const shown = this.displays.size > 0;
    if (shown) this.show({ version: this.version + 1, doc: transition.state.doc, meta: this.meta() });
    try {
      this.store.append(entry);
    } catch (error) {
      if (shown) this.show(this.getSnapshot());
      if (!(error instanceof StoreWriteError)) throw error;
      this.publishStorageChange();
      return notSaved(error);
    }
    this.seq = entry.seq;
    this.state = transition.state;
    const fromVersion = this.version++;
    const meta = this.meta();
    this.publishedStorage = JSON.stringify(meta.storage);
    this.publish({ type: 'patch', fromVersion, version: this.version, patches: transition.patches, meta });
    this.unsnapshotted++;
    this.armSnapshot();
    return { ok: true, version: this.version };
  }

  /** Schedules the next snapshot (see the header): each command puts it off until the pause it waits for, unless it is due at once. */
  private armSnapshot(): void {
    const waiting = this.unsnapshotted;
    const delay = waiting >= this.snapshotForcedAfter ? 0 : waiting >= this.snapshotAfter ? this.snapshotPauseMs : this.snapshotIdleMs;
    if (this.snapshotTimer !== null) {
      // Due at once stays due: putting it off at every command would starve it while commands keep coming.
      if (this.snapshotDelay === 0) return;
      if (delay === this.snapshotDelay) {
        this.snapshotTimer.refresh();
        return;
      }
      clearTimeout(this.snapshotTimer);
    }
    this.snapshotDelay = delay;
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = null;
      void this.enqueue(() => this.snapshot());
    }, delay);
    this.snapshotTimer.unref();
  }

  /** The queued snapshot (see armSnapshot). */
  private snapshot(): void {
    if (!this.closed && !this.broken) this.saveSnapshot();
  }

  /** Saves the chunks that changed since the last snapshot (see the header: never fails a command). */
  private saveSnapshot(): void {
    if (this.unsnapshotted === 0) return;
    const started = performance.now();
    const { changed, removed, held } = this.chunks.changesFor(this.state);
    try {
      this.store.saveSnapshot(this.seq, changed, removed, this.now());
      this.chunks.saved(held);
      this.unsnapshotted = 0;
      this.options.onSnapshot?.({ durationMs: performance.now() - started, changed: changed.length, removed: removed.length });
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      console.error(`a snapshot could not be saved (every command is stored; it is tried again later): ${error.message}`);
    }
    this.publishStorageChange();
  }

  /** Publishes the meta alone when the storage health changed without a document change. */
  private publishStorageChange(): void {
    const meta = this.meta();
    const storage = JSON.stringify(meta.storage);
    if (storage === this.publishedStorage) return;
    this.publishedStorage = storage;
    this.publish({ type: 'meta', version: this.version, meta });
  }

  private show(snapshot: SessionSnapshot): void {
    this.tell(this.displays, { type: 'snapshot', snapshot });
  }

  private publish(event: SessionEvent): void {
    this.tell(this.listeners, event);
  }

  private tell(listeners: ReadonlySet<Listener>, event: SessionEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('session listener failed:', error);
      }
    }
  }

  /** The user has read these notes: they are no longer shown (in any view, after any restart). */
  acknowledgeRecovery(ids: readonly string[]): Promise<void> {
    return this.enqueue(() => {
      try {
        this.store.acknowledgeRecovery(ids);
      } catch (error) {
        if (error instanceof StoreWriteError) {
          this.publishStorageChange();
          reject('not-saved', 'storage', error.message);
        }
        throw error;
      }
      this.publishedStorage = JSON.stringify(storageOf(this.store));
      this.publish({ type: 'meta', version: this.version, meta: this.meta() });
    });
  }

  listBackups(): BackupSummary[] {
    return this.store.listBackups().map(summaryOf);
  }

  /** A backup now (commands go on meanwhile; SQLite copies what they write too). */
  async takeBackup(): Promise<BackupSummary> {
    try {
      return summaryOf((await this.store.backupNow('manual'))!);
    } catch (error) {
      if (error instanceof StoreWriteError) reject('not-saved', 'storage', error.message);
      throw error;
    }
  }

  /**
   * Replaces the session with the backup `name` (the store keeps the
   * current file in kept/ and records a note). Every view gets the
   * restored session as a fresh snapshot. A backup that can not be
   * restored changes nothing and says why.
   */
  restoreBackup(name: string): Promise<void> {
    return this.enqueue(async () => {
      if (this.closed) reject('conflict', 'name', 'the session host is closed');
      if (!this.store.listBackups().some((backup) => backup.name === name)) reject('not-found', 'name', `there is no backup named ${name}`);
      this.schedule.stop();
      this.cancelSnapshot();
      let opened: OpenedStore;
      try {
        opened = await this.store.restoreBackup(name);
      } catch (error) {
        this.afterFailedRestore();
        if (error instanceof StoreWriteError) reject('not-saved', 'storage', error.message);
        reject('conflict', 'name', error instanceof Error ? error.message : String(error));
      }
      try {
        const last = this.install(opened);
        if (last) this.runFollowUps(last);
      } catch (error) {
        opened.store.close();
        this.broken = { error: new StoreWriteError('damaged', 'RESTORE_FAILED', { cause: error }), since: this.clock.now() };
        this.publishStorageChange();
        throw error;
      }
      this.schedule = this.newSchedule();
      this.schedule.start();
      this.version++;
      this.publishedStorage = JSON.stringify(storageOf(this.store));
      this.publish({ type: 'snapshot', snapshot: this.getSnapshot() });
      this.boundaries.schedule(this.state.doc);
    });
  }

  /**
   * A restore that failed before it changed anything left the store open;
   * one whose reopening failed (the disk, after the restored file was in
   * place) closed it, and then nothing more can be saved until a restart.
   */
  private afterFailedRestore(): void {
    if (this.store.isOpen) {
      this.schedule.start();
      return;
    }
    this.broken = { error: new StoreWriteError('damaged', 'RESTORE_FAILED'), since: this.clock.now() };
    this.publishStorageChange();
  }

  private cancelSnapshot(): void {
    if (this.snapshotTimer !== null) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
  }

  /** Waits for queued commands, saves a last snapshot and a backup, and releases the folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.settled();
    this.closed = true;
    this.boundaries.cancel();
    this.cancelSnapshot();
    this.schedule.stop();
    if (!this.broken) {
      this.saveSnapshot();
      try {
        await this.store.backupNow('quit');
      } catch (error) {
        console.error(`the backup at close could not be taken (the session itself is saved): ${error instanceof Error ? error.message : String(error)}`);
      }
      this.store.close();
    }
    this.listeners.clear();
    this.displays.clear();
  }
}
