/**
 * The host's state machine: a command in, the next document and the patches
 * that describe the change out. Undo and redo keep immer's inverse patches
 * per scope (the chair's run-of-show edits do not undo the rapporteur's).
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Command, HistoryScope } from './commands';
import { reject } from '../kernel/errors';
import type { SessionDoc } from './document';
import type { CommandContext } from '../kernel/command-context';
import { hardStartViolation } from '../run-of-show/apply';
import { handlerOf } from './handlers';

enablePatches();

export const HISTORY_LIMIT = 200;

export interface HistoryEntry {
  patches: Patch[];
  inverse: Patch[];
}

export interface ScopeHistory {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export type History = Record<HistoryScope, ScopeHistory>;

export interface SessionState {
  doc: SessionDoc;
  history: History;
}

export interface Transition {
  state: SessionState;
  /** Patches that turn the previous document into the next one. */
  patches: Patch[];
}

export function emptyHistory(): History {
  return { runOfShow: { undo: [], redo: [] }, recommendations: { undo: [], redo: [] } };
}

function record(history: History, scope: HistoryScope, entry: HistoryEntry): History {
  const undo = [...history[scope].undo, entry].slice(-HISTORY_LIMIT);
  return { ...history, [scope]: { undo, redo: [] } };
}

export function applyCommand(state: SessionState, command: Command, ctx: CommandContext): Transition {
  if (command.type === 'history.undo' || command.type === 'history.redo') {
    const scoped = state.history[command.scope];
    const undoing = command.type === 'history.undo';
    const stack = undoing ? scoped.undo : scoped.redo;
    const entry = stack.at(-1);
    if (!entry) reject('conflict', 'scope', undoing ? 'there is nothing to undo' : 'there is nothing to redo');
    const patches = undoing ? entry.inverse : entry.patches;
    const doc = applyPatches(state.doc, patches);
    const rest = stack.slice(0, -1);
    const other = undoing ? [...scoped.redo, entry] : [...scoped.undo, entry];
    const nextScope: ScopeHistory = undoing ? { undo: rest, redo: other } : { undo: other, redo: rest };
    return { state: { doc, history: { ...state.history, [command.scope]: nextScope } }, patches };
  }

  const handler = handlerOf(command);
  const [doc, patches, inverse] = produceWithPatches(state.doc, (draft) => handler.apply(draft, command, ctx));
  if (patches.length === 0) return { state, patches };
  const field = handler.orderField?.(command) ?? null;
  const violation = field === null ? null : hardStartViolation(doc);
  if (field !== null && violation) reject('conflict', field, violation.message);
  const scope = handler.history;
  const history = scope === null ? state.history : record(state.history, scope, { patches, inverse });
  return { state: { doc, history }, patches };
}
