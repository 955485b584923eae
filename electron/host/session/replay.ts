/**
 * Puts a session back together from what a store holds: the snapshot's
 * chunks (state-chunks.ts), then every command after it, applied with the
 * ids and the host time it was first applied with, so the replay makes
 * exactly the state that was acknowledged. The host does this at open and
 * after a restore; `npm run export` does it on a copy.
 */
import { formatInTimeZone } from 'date-fns-tz';
import { parseCommand, type Command } from '../../../shared/session/commands';
import { CommandRejected } from '../../../shared/kernel/errors';
import type { CommandContext } from '../../../shared/kernel/command-context';
import { applyCommand, type SessionState } from '../../../shared/session/reducer';
import type { EpochMs, IsoDate } from '../../../shared/kernel/units';
import type { StoredCommand } from '../store/session-store';
import { StateChunks } from './state-chunks';

/** The context a command is applied in: its host time, and new ids (recorded into `ids`), or on replay the recorded ones. */
export function contextFor(state: SessionState, at: number, ids: string[], newId: () => string): CommandContext {
  return {
    now: at as EpochMs,
    today: formatInTimeZone(at, state.doc.event.timeZone, 'yyyy-MM-dd') as IsoDate,
    newId: () => {
      const id = newId();
      ids.push(id);
      return id;
    },
  };
}

export interface Replayed {
  state: SessionState;
  seq: number;
  /** The last command replayed: its follow-ups may not have been stored before a crash. */
  last: Command | null;
}

/** Applies stored commands after `seq`; throws, naming the command, if one no longer validates or applies. */
export function replay(state: SessionState, seq: number, commands: readonly StoredCommand[]): Replayed {
  let last: Command | null = null;
  for (const entry of commands) {
    const parsed = parseCommand(entry.cmd);
    if (!parsed.ok) throw new Error(`stored command ${entry.seq} no longer validates: ${parsed.error.field} ${parsed.error.message}`);
    let next = 0;
    const recorded = () => {
      const id = entry.ids[next++];
      if (id === undefined) throw new Error(`stored command ${entry.seq} has fewer ids than it needs`);
      return id;
    };
    try {
      state = applyCommand(state, parsed.command, contextFor(state, entry.at, [], recorded)).state;
    } catch (error) {
      if (error instanceof CommandRejected) throw new Error(`stored command ${entry.seq} (${parsed.command.type}) no longer applies: ${error.message}`, { cause: error });
      throw error;
    }
    seq = entry.seq;
    last = parsed.command;
  }
  return { state, seq, last };
}

/** A snapshot's chunks plus the commands after it. */
export function sessionFromStore(snapshot: { seq: number; chunks: ReadonlyMap<string, unknown> }, commands: readonly StoredCommand[]): Replayed & { chunks: StateChunks } {
  const { state, chunks } = StateChunks.load(snapshot.chunks);
  return { ...replay(state, snapshot.seq, commands), chunks };
}
