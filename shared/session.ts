/**
 * The host's state machine: a command in, the next document and the patches
 * that describe the change out. Undo and redo keep immer's inverse patches
 * per scope, and in the recommendations per rapporteur (history.ts: the
 * chair's run-of-show edits do not undo the rapporteur's, nor one
 * rapporteur's another's).
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Command, CommandOf, HistoryScope } from './commands';
import { reject } from './commands';
import type { SessionDoc } from './model';
import type { CommandContext } from './run-of-show';
import { applyRunOfShow, hardStartField, hardStartViolation, type RunOfShowCommand } from './run-of-show';
import { applyTimer, type TimerCommand } from './timer-apply';
import { applyRecommendation, type RecommendationCommand } from './recommendation-apply';
import { createBlankSession, createExampleSession } from './example-session';
import { applySettings, type SettingsCommand } from './settings';
import { labelOf, moveStep, recordStep, type History } from './history';

enablePatches();

export interface SessionState {
  doc: SessionDoc;
  history: History;
}

export interface Transition {
  state: SessionState;
  /** Patches that turn the previous document into the next one. */
  patches: Patch[];
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

/** Whose step a command is: the rapporteur it names for the recommendations, nobody in particular for the run-of-show. */
function authorOf(command: Command): string {
  return 'author' in command ? (command.author ?? '') : '';
}

export function applyCommand(state: SessionState, command: Command, ctx: CommandContext): Transition {
  if (command.type === 'history.undo' || command.type === 'history.redo') {
    if (command.scope === 'runOfShow' && command.author !== undefined) reject('invalid', 'author', 'only the recommendations keep a history per rapporteur; leave it out for the run-of-show');
    const move = moveStep(state.doc, state.history, command.scope, authorOf(command), command.type === 'history.undo');
    return { state: { doc: applyPatches(state.doc, move.patches), history: move.history }, patches: move.patches };
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
  const history = scope === null ? state.history : recordStep(state.history, scope, { patches, inverse, author: authorOf(command), label: labelOf(command, state.doc, doc) });
  return { state: { doc, history }, patches };
}
