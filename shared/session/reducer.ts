/**
 * The host's state machine: a command in, the next document and the patches
 * that describe the change out. Undo and redo keep immer's inverse patches
 * per scope (the chair's run-of-show edits do not undo the rapporteur's).
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Command, CommandOf, HistoryScope } from './commands';
import { reject } from './commands';
import type { SessionDoc } from '../run-of-show/model';
import type { CommandContext } from '../run-of-show/apply';
import { applyRunOfShow, hardStartField, hardStartViolation, type RunOfShowCommand } from '../run-of-show/apply';
import { applyTimer, type TimerCommand } from '../timer/apply';
import { applyRecommendation, type RecommendationCommand } from '../recommendations/apply';
import { createBlankSession, createExampleSession } from './example-session';
import { applySettings, type SettingsCommand } from './settings';

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

const isTimer = (command: Command): command is TimerCommand => command.type.startsWith('timer.');
const isRecommendation = (command: Command): command is RecommendationCommand => command.type.startsWith('rec.');
const isSettings = (command: Command): command is SettingsCommand => command.type.startsWith('settings.');

/** Which undo history a command belongs to; timer actions, capture drafts, settings and history moves have none. */
function scopeOf(command: Command): HistoryScope | null {
  if (command.type.startsWith('history.') || command.type === 'rec.draft' || isTimer(command) || isSettings(command)) return null;
  if (isRecommendation(command)) return 'recommendations';
  return 'runOfShow';
}

type SessionCommand = CommandOf<'session.new' | 'session.loadExample'>;
const isSessionCommand = (command: Command): command is SessionCommand => command.type.startsWith('session.');

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

  const [doc, patches, inverse] = produceWithPatches(state.doc, (draft) => {
    if (isSessionCommand(command)) {
      // Field by field, the settings left out: the new session keeps the language, and undoing it does not change the language back.
      const { settings: _defaults, ...fresh } = command.type === 'session.new' ? createBlankSession(ctx.today) : createExampleSession(ctx.newId);
      Object.assign(draft, fresh);
    } else if (isTimer(command)) applyTimer(draft, command, ctx);
    else if (isRecommendation(command)) applyRecommendation(draft, command, ctx);
    else if (isSettings(command)) applySettings(draft, command);
    else applyRunOfShow(draft, command as RunOfShowCommand, ctx);
  });
  if (patches.length === 0) return { state, patches };
  const field = isTimer(command) || isRecommendation(command) || isSessionCommand(command) || isSettings(command) ? null : hardStartField(command as RunOfShowCommand);
  const violation = field === null ? null : hardStartViolation(doc);
  if (field !== null && violation) reject('conflict', field, violation.message);
  const scope = scopeOf(command);
  const history = scope === null ? state.history : record(state.history, scope, { patches, inverse });
  return { state: { doc, history }, patches };
}
