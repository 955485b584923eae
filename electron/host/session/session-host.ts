/**
 * The session host: the single owner of the session document.
 * validate -> apply -> persist (file-store.ts) -> publish -> acknowledge.
 * Commands run one at a time in arrival order. No electron import: the same
 * host runs in Electron's main process and under plain Node (serve mode).
 */
import { randomUUID } from 'node:crypto';
import { formatInTimeZone } from 'date-fns-tz';
import type { DispatchResult, HostMeta, SessionEvent, SessionSnapshot, Unsubscribe } from '../../../shared/contract/api';
import { parseCommand, type Command } from '../../../shared/session/commands';
import { CommandRejected } from '../../../shared/kernel/errors';
import { FORMAT_VERSION } from '../../../shared/session/document';
import { createExampleSession } from '../../../shared/session/example-session';
import type { CommandContext } from '../../../shared/kernel/command-context';
import { applyCommand, type SessionState } from '../../../shared/session/reducer';
import { emptyHistory, historyMeta, restoreHistory } from '../../../shared/session/history';
import { followUps } from '../../../shared/session/follow-ups';
import { replayCommand, upgradeState } from '../../../shared/session/upgrade';
import type { Clock, EpochMs, IsoDate } from '../../../shared/kernel/units';
import { hostTime } from '../../../shared/kernel/host-clock';
import { remainingMs } from '../../../shared/timer/model';
import { systemClock } from './clock';
import { FileStore } from './file-store';
import type { JournalEntry } from './journal';
import { TimerBoundaries } from './timer-boundaries';

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

function contextFor(state: SessionState, at: number, ids: string[], replayIds?: string[]): CommandContext {
  let next = 0;
  const newId = () => {
    const id = replayIds ? replayIds[next++] : randomUUID();
    if (id === undefined) throw new Error('journal entry has fewer ids than its command needs');
    ids.push(id);
    return id;
  };
  // Instants are whole milliseconds (host-clock.ts); a journal written before they were is read as such.
  const now = Math.floor(at) as EpochMs;
  return {
    now,
    today: formatInTimeZone(now, state.doc.event.timeZone, 'yyyy-MM-dd') as IsoDate,
    newId,
    ...(replayIds !== undefined && replayIds.length > 0 ? { recordedExampleIds: newId } : {}),
  };
}

export class SessionHost {
  private state: SessionState;
  private seq: number;
  private version = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<Listener>();
  private closed = false;
  private readonly boundaries: TimerBoundaries;
  /** Host time: wall-clock epoch that advances with the monotonic clock. */
  readonly now: () => EpochMs;

  private constructor(
    private readonly store: FileStore,
    state: SessionState,
    seq: number,
    private readonly recovery: string[],
    private readonly appVersion: string,
    clock: Clock,
  ) {
    this.state = state;
    this.seq = seq;
    this.now = hostTime(clock);
    this.boundaries = new TimerBoundaries(this.now, () => {
      this.queue = this.queue.then(() => this.onBoundary()).catch((error: unknown) => console.error('timer boundary failed:', error));
    });
  }

  /** Opens the data dir (recovering it if needed), replays the journal and returns the host. */
  static async open(options: HostOptions): Promise<SessionHost> {
    const clock = options.clock ?? systemClock;
    const { store, loaded } = await FileStore.open({
      dataDir: options.dataDir,
      now: () => clock.now(),
      snapshotEvery: options.snapshotEvery ?? 500,
      fsync: options.fsync ?? true,
      journalPath: options.journalPath ?? ((path: string) => path),
    });
    // A snapshot's document may be of an earlier format, its history may
    // predate authors and labels of steps (upgrade.ts, history.ts).
    let state: SessionState = loaded.base ? upgradeState({ doc: loaded.base.state.doc, history: restoreHistory(loaded.base.state.history) }) : { doc: createExampleSession(), history: emptyHistory() };
    const fresh = loaded.base === null && loaded.entries.length === 0;
    const recovery = [...loaded.recovery];
    let seq = loaded.base?.seq ?? 0;
    let last: Command | null = null;
    for (const entry of loaded.entries) {
      const replayed = replayCommand(state, entry.cmd, contextFor(state, entry.at, [], entry.ids), entry.seq);
      state = replayed.state;
      seq = entry.seq;
      last = replayed.command;
      if (replayed.leftOut !== null) recovery.push(replayed.leftOut);
    }
    const host = new SessionHost(store, state, seq, recovery, options.appVersion ?? '0.0.0', clock);
    // An empty data dir starts with the example conference, written down at
    // once as both snapshot files, so that a damaged snapshot.json finds the
    // session in snapshot.prev.json before any rotation.
    if (fresh || loaded.repaired) await host.writeSnapshot(true);
    // A crash between the last command and its follow-up left the follow-up
    // undone; the command was never acknowledged, but it must not stay
    // half-applied, so finish it now.
    if (last) await host.runFollowUps(last);
    host.boundaries.schedule(host.state.doc);
    return host;
  }

  private meta(): HostMeta {
    return { recovery: this.recovery, appVersion: this.appVersion, dataDir: this.store.dir, history: historyMeta(this.state.history) };
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
    if (result.ok) await this.runFollowUps(parsed.command);
    await this.snapshotWhenDue();
    this.boundaries.schedule(this.state.doc);
    return result.ok ? { ok: true, version: this.version } : result;
  }

  private async runFollowUps(command: Command): Promise<void> {
    for (const next of followUps(command, this.state.doc)) await this.commit(next);
  }

  /** At a phase boundary: with auto-advance on and the time up, the next speaker, the clock running on. */
  private async onBoundary(): Promise<void> {
    const { timer } = this.state.doc;
    const running = timer.clock.runningSince !== null && timer.mode === 'countdown';
    if (running && timer.autoAdvance && remainingMs(timer.clock, this.now()) <= 0) {
      const result = await this.commit({ type: 'timer.next' });
      if (!result.ok && result.error.field !== 'speakerId') console.error('auto-advance failed:', result.error);
      await this.snapshotWhenDue();
    }
    this.boundaries.schedule(this.state.doc);
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
      await this.store.append(entry);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', field: 'command', message: `could not be saved, nothing was changed: ${reason}` } };
    }
    this.seq = entry.seq;
    this.state = transition.state;
    const fromVersion = this.version++;
    this.publish({ type: 'patch', fromVersion, version: this.version, patches: transition.patches, meta: this.meta() });
    return { ok: true, version: this.version };
  }

  /**
   * Rotates once a command and its follow-ups are all journaled, never
   * between them: `open` finds an unfinished follow-up from the journal's
   * last command.
   */
  private async snapshotWhenDue(): Promise<void> {
    if (this.store.snapshotDue) await this.trySnapshot();
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
    await this.store.snapshot({ formatVersion: FORMAT_VERSION, seq: this.seq, savedAt: this.now(), state: this.state }, fresh);
  }

  /** Waits for queued commands, writes a final snapshot and releases the files. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue;
    this.closed = true;
    this.boundaries.cancel();
    if (this.store.unsnapshotted > 0) await this.trySnapshot();
    await this.store.close();
    this.listeners.clear();
  }
}
