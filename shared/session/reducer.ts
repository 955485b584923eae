/**
 * The host's state machine: a command in, the next document and the patches
 * that describe the change out. Undo and redo keep immer's inverse patches
 * per scope, and in the recommendations per rapporteur (history.ts: the
 * chair's run-of-show edits do not undo the rapporteur's, nor one
 * rapporteur's another's). Which slice applies a command, and which
 * history it joins, is in the handler table (handlers.ts).
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Command } from './commands';
import { reject } from '../kernel/errors';
import type { SessionDoc } from './document';
import type { CommandContext } from '../kernel/command-context';
import { planViolation } from '../run-of-show/rules';
import { handlerOf } from './handlers';
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

  const handler = handlerOf(command);
  const [doc, patches, inverse] = produceWithPatches(state.doc, (draft) => handler.apply(draft, command, ctx));
  if (patches.length === 0) return { state, patches };
  const blame = handler.planBlame?.(command) ?? null;
  const violation = blame === null ? null : planViolation(doc);
  const field = violation === null ? null : blame!(violation);
  if (violation && field !== null) reject('conflict', field, violation.message);
  const scope = handler.history;
  const history = scope === null ? state.history : recordStep(state.history, scope, { patches, inverse, author: authorOf(command), label: labelOf(command, state.doc, doc) });
  return { state: { doc, history }, patches };
}
