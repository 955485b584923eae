/**
 * Puts a session back together from what a store holds: the snapshot's
 * chunks (state-chunks.ts), then every command after it, applied with the
 * ids and the host time it was first applied with, so the replay makes
 * exactly the state that was acknowledged. Documents of an earlier format
 * are upgraded (state-chunks.ts, upgradeDocument) and commands replayed as
 * shared/session/upgrade.ts says. The host does this at open and after a
 * restore; `npm run export` does it on a copy.
 */
import { formatInTimeZone } from 'date-fns-tz';
import type { Command } from '../../../shared/session/commands';
import { replayCommand } from '../../../shared/session/upgrade';
import type { CommandContext } from '../../../shared/kernel/command-context';
import type { SessionState } from '../../../shared/session/reducer';
import type { EpochMs, IsoDate } from '../../../shared/kernel/units';
import type { StoredCommand } from '../store/session-store';
import { StateChunks } from './state-chunks';

/** The context a command is applied in: its host time, and new ids (recorded into `ids`), or on replay the recorded ones. */
export function contextFor(state: SessionState, at: number, ids: string[], newId: () => string, replaying = false): CommandContext {
  const take = () => {
    const id = newId();
    ids.push(id);
    return id;
  };
  // Instants are whole milliseconds (host-clock.ts); a command stored before they were is read as such.
  const now = Math.floor(at) as EpochMs;
  let today: IsoDate | null = null;
  return {
    now,
    // Worked out only for the few commands that read it: through the IANA
    // database it costs about a tenth of a millisecond, on every command.
    get today() {
      return (today ??= formatInTimeZone(now, state.doc.event.timeZone, 'yyyy-MM-dd') as IsoDate);
    },
    newId: take,
    // The example's ids are fixed; a stored "Open example" that recorded random ids (older versions) takes them again.
    ...(replaying ? { recordedExampleIds: take } : {}),
  };
}

export interface Replayed {
  state: SessionState;
  seq: number;
  /** The last command replayed: its follow-ups may not have been stored before a crash. */
  last: Command | null;
  /** Stored commands this version's rules refuse (upgrade.ts replayCommand): left out, each with what to tell the user. */
  leftOut: Array<{ seq: number; message: string }>;
}

/**
 * Applies stored commands after `seq` through replayCommand (upgrade.ts): a
 * command that no longer validates or applies under this version's rules is
 * left out and named, so the session still opens. Throws only when a
 * command asks for more ids than were recorded for it (the store is not
 * what was acknowledged).
 */
export function replay(state: SessionState, seq: number, commands: readonly StoredCommand[]): Replayed {
  let last: Command | null = null;
  const leftOut: Replayed['leftOut'] = [];
  for (const entry of commands) {
    let next = 0;
    const recorded = () => {
      const id = entry.ids[next++];
      if (id === undefined) throw new Error(`stored command ${entry.seq} has fewer ids than it needs`);
      return id;
    };
    const replayed = replayCommand(state, entry.cmd, contextFor(state, entry.at, [], recorded, entry.ids.length > 0), entry.seq);
    state = replayed.state;
    seq = entry.seq;
    if (replayed.leftOut !== null) leftOut.push({ seq: entry.seq, message: replayed.leftOut });
    else last = replayed.command;
  }
  return { state, seq, last, leftOut };
}

/** A snapshot's chunks plus the commands after it. */
export function sessionFromStore(snapshot: { seq: number; chunks: ReadonlyMap<string, unknown> }, commands: readonly StoredCommand[]): Replayed & { chunks: StateChunks } {
  const { state, chunks } = StateChunks.load(snapshot.chunks);
  return { ...replay(state, snapshot.seq, commands), chunks };
}
