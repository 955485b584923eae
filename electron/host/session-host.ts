/**
 * The session host: the single owner of the session document.
 * validate -> apply -> persist (journal, fsync) -> publish -> acknowledge.
 * Commands run one at a time in arrival order. No electron import: the same
 * host runs in Electron's main process and under plain Node (serve mode).
 */
import { randomUUID } from 'node:crypto';
import { formatInTimeZone } from 'date-fns-tz';
import type { DispatchResult, HostMeta, SessionEvent, SessionSnapshot, Unsubscribe } from '../../shared/api';
import { CommandRejected, parseCommand, type Command } from '../../shared/commands';
import { FORMAT_VERSION } from '../../shared/model';
import { createExampleSession } from '../../shared/example-session';
import type { CommandContext } from '../../shared/run-of-show';
import { applyCommand, type SessionState } from '../../shared/session';
import { emptyHistory, historyMeta, restoreHistory } from '../../shared/history';
import type { Clock, EpochMs, IsoDate } from '../../shared/units';
import { hostTime } from '../../shared/host-clock';
import { findSegment } from '../../shared/model';
import { DEFAULT_FINAL_MS, DEFAULT_WARNING_MS, nextBoundary, remainingMs, type Thresholds } from '../../shared/timer';
import { systemClock } from './clock';
import { DataDir } from './data-dir';
import { JournalWriter, type JournalEntry } from './journal';

export interface HostOptions {
  dataDir: string;
  clock?: Clock;
  appVersion?: string;
  /** Take a snapshot (and start a new journal) after this many commands. */
  snapshotEvery?: number;
  /** Only benchmarks of the in-memory path turn this off. */
  fsync?: boolean;
  /**
   * Where the journal is appended (default: journal.jsonl in the data dir).
   * Fault tests point it at a device that fails writes, such as /dev/full.
   */
  journalPath?: (defaultPath: string) => string;
}

type Listener = (event: SessionEvent) => void;

/** File-system errors that mean the data dir itself can not be used. */
const UNUSABLE_DIR_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EEXIST', 'EISDIR', 'EDQUOT']);

function contextFor(state: SessionState, at: number, ids: string[], replayIds?: string[]): CommandContext {
  let next = 0;
  return {
    now: at as EpochMs,
    today: formatInTimeZone(at, state.doc.event.timeZone, 'yyyy-MM-dd') as IsoDate,
    newId: () => {
      const id = replayIds ? replayIds[next++] : randomUUID();
      if (id === undefined) throw new Error('journal entry has fewer ids than its command needs');
      ids.push(id);
      return id;
    },
  };
}

export class SessionHost {
  private state: SessionState;
  private seq: number;
  private version = 0;
  private sinceSnapshot = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<Listener>();
  private closed = false;
  private boundaryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Host time: wall-clock epoch that advances with the monotonic clock. */
  readonly now: () => EpochMs;

  private constructor(
    private readonly store: DataDir,
    private journal: JournalWriter,
    state: SessionState,
    seq: number,
    private readonly recovery: string[],
    private readonly options: Required<Omit<HostOptions, 'dataDir'>>,
  ) {
    this.state = state;
    this.seq = seq;
    this.now = hostTime(options.clock);
  }

  /**
   * Opens the data dir (recovering it if needed) and returns the host. A
   * data dir that can not be written (read-only, full, not a folder) stops
   * the start with a message that says what to do; nothing is changed.
   */
  static async open(options: HostOptions): Promise<SessionHost> {
    try {
      return await SessionHost.openDataDir(options);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined || !UNUSABLE_DIR_CODES.has(code)) throw error;
      throw new Error(
        `The data dir ${options.dataDir} can not be used (${code}). Nothing was changed. Free some space, make it writable, or start with another data dir (--data-dir).`,
        { cause: error },
      );
    }
  }

  private static async openDataDir(options: HostOptions): Promise<SessionHost> {
    const settings = {
      journalPath: options.journalPath ?? ((path: string) => path),
      clock: options.clock ?? systemClock,
      appVersion: options.appVersion ?? '0.0.0',
      snapshotEvery: options.snapshotEvery ?? 500,
      fsync: options.fsync ?? true,
    };
    const store = new DataDir(options.dataDir, () => settings.clock.now());
    const loaded = await store.load();
    // A snapshot's history may predate authors and labels of steps (history.ts).
    let state: SessionState = loaded.base ? { doc: loaded.base.state.doc, history: restoreHistory(loaded.base.state.history) } : { doc: createExampleSession(randomUUID), history: emptyHistory() };
    const fresh = loaded.base === null && loaded.entries.length === 0;
    let seq = loaded.base?.seq ?? 0;
    let last: Command | null = null;
    for (const entry of loaded.entries) {
      const parsed = parseCommand(entry.cmd);
      if (!parsed.ok) throw new Error(`journal command ${entry.seq} no longer validates: ${parsed.error.field} ${parsed.error.message}`);
      state = applyCommand(state, parsed.command, contextFor(state, entry.at, [], entry.ids)).state;
      seq = entry.seq;
      last = parsed.command;
    }
    const journal = await JournalWriter.open(settings.journalPath(store.path('journal.jsonl')), settings.fsync);
    const host = new SessionHost(store, journal, state, seq, loaded.recovery, settings);
    // The replayed commands count toward the next snapshot, so a host that
    // crashes often still bounds its journal (and its start-up replay).
    host.sinceSnapshot = loaded.entries.length;
    // An empty data dir starts with the example conference, written down at
    // once as both snapshot files: its ids are random, so a damaged
    // snapshot.json must find them in snapshot.prev.json before any rotation.
    if (fresh || loaded.repaired) await host.writeSnapshot(true);
    // A crash between the last command and its follow-up (see react) left
    // the follow-up undone; the command was never acknowledged, but it must
    // not stay half-applied, so finish it now.
    if (last) await host.react(last);
    host.scheduleBoundary();
    return host;
  }

  private meta(): HostMeta {
    return { recovery: this.recovery, appVersion: this.options.appVersion, dataDir: this.store.dir, history: historyMeta(this.state.history) };
  }

  getSnapshot(): SessionSnapshot {
    return { version: this.version, doc: this.state.doc, meta: this.meta() };
  }

  /** The whole host state, for tests and exports. */
  get current(): SessionState {
    return this.state;
  }

  subscribe(listener: Listener): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Validates and applies one command; resolves once it is durable and published. */
  dispatch(input: unknown): Promise<DispatchResult> {
    const run = this.queue.then(() => this.process(input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async process(input: unknown): Promise<DispatchResult> {
    if (this.closed) return { ok: false, error: { code: 'conflict', field: 'command', message: 'the session host is closed' } };
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed;
    const result = await this.commit(parsed.command);
    if (result.ok) await this.react(parsed.command);
    await this.snapshotWhenDue();
    this.scheduleBoundary();
    return result.ok ? { ok: true, version: this.version } : result;
  }

  /**
   * Follow-up commands the host issues itself, journaled like any other:
   * when a segment goes live and the speaker timer is not running, the
   * timer loads that segment's speaker queue. Depends only on the command
   * and the state after it, so `open` can finish one a crash cut off.
   */
  private async react(command: Command): Promise<void> {
    if (command.type !== 'segment.setStatus' || command.status !== 'live') return;
    const { timer } = this.state.doc;
    if (timer.clock.runningSince !== null || timer.segmentId === command.segmentId) return;
    await this.commit({ type: 'timer.select', segmentId: command.segmentId });
  }

  private thresholds(): Thresholds {
    const { doc } = this.state;
    const segment = doc.timer.segmentId === null ? null : findSegment(doc, doc.timer.segmentId)?.segment;
    return { warningMs: segment?.warningMs ?? DEFAULT_WARNING_MS, finalMs: segment?.finalMs ?? DEFAULT_FINAL_MS };
  }

  /**
   * Sets one timeout for the running timer's next phase boundary (warning,
   * final, zero); nothing ticks per frame. At zero, with auto-advance on,
   * the next speaker is loaded and keeps the clock running.
   */
  private scheduleBoundary(): void {
    if (this.boundaryTimer !== null) clearTimeout(this.boundaryTimer);
    this.boundaryTimer = null;
    if (this.closed) return;
    const { timer } = this.state.doc;
    const now = this.now();
    const at = nextBoundary(timer, this.thresholds(), now);
    if (at === null) return;
    this.boundaryTimer = setTimeout(() => {
      this.boundaryTimer = null;
      this.queue = this.queue.then(() => this.onBoundary()).catch((error: unknown) => console.error('timer boundary failed:', error));
    }, at - now);
    this.boundaryTimer.unref?.();
  }

  private async onBoundary(): Promise<void> {
    const { timer } = this.state.doc;
    const running = timer.clock.runningSince !== null && timer.mode === 'countdown';
    if (running && timer.autoAdvance && remainingMs(timer.clock, this.now()) <= 0) {
      const result = await this.commit({ type: 'timer.next' });
      if (!result.ok && result.error.field !== 'speakerId') console.error('auto-advance failed:', result.error);
      await this.snapshotWhenDue();
    }
    this.scheduleBoundary();
  }

  private async commit(command: Command): Promise<DispatchResult> {
    const at = this.now();
    const ids: string[] = [];
    let transition;
    try {
      transition = applyCommand(this.state, command, contextFor(this.state, at, ids));
    } catch (error) {
      if (error instanceof CommandRejected) return { ok: false, error: error.error };
      throw error;
    }
    if (transition.patches.length === 0) return { ok: true, version: this.version };
    const entry: JournalEntry = { seq: this.seq + 1, at, ids, cmd: command };
    try {
      await this.journal.append(entry);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', field: 'command', message: `could not be saved, nothing was changed: ${reason}` } };
    }
    this.seq = entry.seq;
    this.state = transition.state;
    const fromVersion = this.version++;
    this.publish({ type: 'patch', fromVersion, version: this.version, patches: transition.patches, meta: this.meta() });
    this.sinceSnapshot++;
    return { ok: true, version: this.version };
  }

  /**
   * Rotates once a command and its follow-ups are all journaled, never
   * between them: `open` finds an unfinished follow-up from the journal's
   * last command.
   */
  private async snapshotWhenDue(): Promise<void> {
    if (this.sinceSnapshot >= this.options.snapshotEvery) await this.trySnapshot();
  }

  /**
   * A snapshot only bounds replay time: every acknowledged command is already
   * in the journal. So a failed snapshot (a full disk) is reported and
   * retried after the next command, and never fails a command.
   */
  private async trySnapshot(): Promise<void> {
    try {
      await this.writeSnapshot(false);
    } catch (error) {
      console.error(`could not write a snapshot (the journal still holds every change): ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private publish(event: SessionEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('session listener failed:', error);
      }
    }
  }

  private async writeSnapshot(fresh: boolean): Promise<void> {
    await this.journal.close();
    try {
      await this.store.rotate({ formatVersion: FORMAT_VERSION, seq: this.seq, savedAt: this.now(), state: this.state }, fresh);
      this.sinceSnapshot = 0;
    } finally {
      this.journal = await JournalWriter.open(this.options.journalPath(this.store.path('journal.jsonl')), this.options.fsync);
    }
  }

  /** Waits for queued commands, writes a final snapshot and releases the files. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue;
    this.closed = true;
    if (this.boundaryTimer !== null) clearTimeout(this.boundaryTimer);
    if (this.sinceSnapshot > 0) await this.trySnapshot();
    await this.journal.close();
    this.listeners.clear();
  }
}
