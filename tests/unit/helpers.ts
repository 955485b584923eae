/**
 * Fixtures shared by the unit tests: a clock the test moves by hand, ids
 * from a counter, temp dirs and session hosts cleaned up after each test,
 * and conference-day times written the way the agenda shows them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { formatInTimeZone } from 'date-fns-tz';
import type { Command } from '../../shared/session/commands';
import { createExampleSession } from '../../shared/session/example-session';
import type { SessionDoc } from '../../shared/session/document';
import { allSegments } from '../../shared/run-of-show/model';
import type { CommandContext } from '../../shared/kernel/command-context';
import { CommandRejected, type CommandError } from '../../shared/kernel/errors';
import { applyCommand, type SessionState, type Transition } from '../../shared/session/reducer';
import { emptyHistory } from '../../shared/session/history';
import type { Clock, EpochMs, IsoDate, MonotonicMs } from '../../shared/kernel/units';
import { SessionHost, type HostOptions } from '../../electron/host/session/session-host';

export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(instant: EpochMs): void;
  /** Steps the wall clock only (NTP, a user changing the time); monotonic time does not move. */
  jumpWall(ms: number): void;
}

/** Wall and monotonic time move only when the test says so. */
export function manualClock(start: EpochMs): ManualClock {
  let wall: number = start;
  let monotonic = 0;
  return {
    now: () => wall as EpochMs,
    monotonic: () => monotonic as MonotonicMs,
    advance(ms) {
      wall += ms;
      monotonic += ms;
    },
    set(instant) {
      monotonic += Math.max(0, instant - wall);
      wall = instant;
    },
    jumpWall(ms) {
      wall += ms;
    },
  };
}

/** Ids "id-1", "id-2", ... so documents are reproducible. */
/** UUID-shaped ids from a counter, different for each prefix number: "00000001-0000-4000-8000-000000000001", ... */
export function counterIds(prefix = 1): () => string {
  let next = 0;
  const head = prefix.toString(16).padStart(8, '0');
  return () => `${head}-0000-4000-8000-${(++next).toString(16).padStart(12, '0')}`;
}

/** The example conference's day; Almaty was UTC+6 then (UTC+5 since 2024-03-01). */
export const CONFERENCE_DAY = '2023-10-16' as IsoDate;
const ALMATY_OFFSET_MS = 6 * 3_600_000;

/** The instant of an Almaty wall-clock time ("10:30") on the conference day. */
export function almaty(time: string): EpochMs {
  return Date.parse(`${CONFERENCE_DAY}T${time}:00+06:00`) as EpochMs;
}

/** An instant on the conference day as the agenda shows it ("10:30"). */
export function agendaTime(instant: number): string {
  return new Date(instant + ALMATY_OFFSET_MS).toISOString().slice(11, 16);
}

export function segmentIdByTitle(doc: Pick<SessionDoc, 'parts'>, titleStart: string): string {
  const matches = allSegments(doc).filter((s) => s.title.startsWith(titleStart));
  if (matches.length !== 1) throw new Error(`expected one segment titled "${titleStart}...", found ${matches.length}`);
  return matches[0]!.id;
}

/**
 * The run-of-show as the host drives it: one clock, one id counter, and
 * the state moving on only when a command is accepted.
 */
export class Story {
  state: SessionState;
  readonly clock: ManualClock;
  private readonly newId = counterIds(2);

  constructor(doc: SessionDoc = createExampleSession(counterIds()), start: EpochMs = almaty('09:00')) {
    this.state = { doc, history: emptyHistory() };
    this.clock = manualClock(start);
  }

  get doc(): SessionDoc {
    return this.state.doc;
  }

  /** As the host makes it: today is the clock's date in the event's zone. */
  context(): CommandContext {
    const now = this.clock.now();
    return { now, newId: this.newId, today: formatInTimeZone(now, this.doc.event.timeZone, 'yyyy-MM-dd') as IsoDate };
  }

  apply(command: Command): Transition {
    const transition = applyCommand(this.state, command, this.context());
    this.state = transition.state;
    return transition;
  }

  /** Applies a command that must be refused: returns the refusal, and fails if it was accepted or changed the state. */
  refusal(command: Command): CommandError {
    const before = this.state;
    try {
      this.apply(command);
    } catch (error) {
      if (!(error instanceof CommandRejected)) throw error;
      if (this.state !== before) throw new Error(`${command.type} was refused but changed the state`, { cause: error });
      return error.error;
    }
    throw new Error(`${command.type} was accepted`);
  }

  /** Moves the clock to a conference-day time, then applies the command. */
  at(time: string, command: Command): Transition {
    this.clock.set(almaty(time));
    return this.apply(command);
  }

  id(titleStart: string): string {
    return segmentIdByTitle(this.doc, titleStart);
  }
}

/** A fresh dir under the OS temp dir, removed when the test finishes. */
export async function tempDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `moderator-${label}-`));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens a session host that is closed when the test finishes (before its dir is removed). */
export async function openHost(options: HostOptions): Promise<SessionHost> {
  const host = await SessionHost.open(options);
  onTestFinished(() => host.close());
  return host;
}
