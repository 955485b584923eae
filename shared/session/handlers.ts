/**
 * Which slice applies each command, and what it means for undo: one entry
 * per command type, checked for completeness by the compiler (a new command
 * type without an entry here does not compile).
 *
 * - `apply` changes an immer draft of the document (see each slice's
 *   apply.ts); it may refuse with CommandRejected.
 * - `history` names the undo history the change joins, or null: timer
 *   actions are instant and have no undo, a capture draft is not a step
 *   of the record, and a change of language is not an edit.
 * - `planBlame` says which field to blame when the command could break a
 *   rule of the run-of-show's plan (run-of-show/rules.ts: hard-start order,
 *   local times that exist), checked once, on the result.
 */
import type { Draft } from 'immer';
import type { CommandContext } from '../kernel/command-context';
import { applyRunOfShow, planBlame, type PlanBlame } from '../run-of-show/apply';
import type { RunOfShowCommand } from '../run-of-show/commands';
import { applyTimer } from '../timer/apply';
import type { TimerCommand } from '../timer/commands';
import { applyRecommendation } from '../recommendations/apply';
import type { RecommendationCommand } from '../recommendations/commands';
import { applySettings, type SettingsCommand } from './settings';
import { createBlankSession, createExampleSession } from './example-session';
import type { Command, CommandOf, CommandType, HistoryScope } from './commands';
import type { SessionDoc } from './document';
import type { Scope } from '../kernel/scopes';

export interface Handler<C> {
  apply(doc: Draft<SessionDoc>, command: C, ctx: CommandContext): void;
  history: HistoryScope | null;
  /** Who may send it (kernel/scopes.ts); the local console may send everything. */
  scope: Scope | ((command: C) => Scope);
  planBlame?(command: C): PlanBlame | null;
}

const runOfShow: Handler<RunOfShowCommand> = { apply: applyRunOfShow, history: 'runOfShow', scope: 'control', planBlame };
const timer: Handler<TimerCommand> = { apply: applyTimer, history: null, scope: 'control' };
const recommendations: Handler<RecommendationCommand> = { apply: applyRecommendation, history: 'recommendations', scope: 'rapporteur' };
const settings: Handler<SettingsCommand> = { apply: applySettings, history: null, scope: 'control' };

/** A new session or the example replace the document, field by field, all but the settings: the language stays, and undoing does not change it back. */
const replaceSession: Handler<CommandOf<'session.new' | 'session.loadExample'>> = {
  apply(doc, command, ctx) {
    const { settings: _defaults, ...fresh } = command.type === 'session.new' ? createBlankSession(ctx.today) : createExampleSession(ctx.recordedExampleIds);
    Object.assign(doc, fresh);
  },
  history: 'runOfShow',
  // It replaces the rapporteurs' work too: only the console computer may.
  scope: 'local',
};

/** Undo and redo are applied by the reducer itself (reducer.ts), never through `apply`. */
const historyMove: Handler<CommandOf<'history.undo' | 'history.redo'>> = {
  apply() {
    throw new Error('history moves are applied by the reducer');
  },
  history: null,
  scope: (command) => (command.scope === 'recommendations' ? 'rapporteur' : 'control'),
};

export const HANDLERS: { [T in CommandType]: Handler<CommandOf<T>> } = {
  'event.update': runOfShow,
  'part.add': runOfShow,
  'part.update': runOfShow,
  'part.delete': runOfShow,
  'part.move': runOfShow,
  'segment.add': runOfShow,
  'segment.update': runOfShow,
  'segment.delete': runOfShow,
  'segment.move': runOfShow,
  'segment.setStatus': runOfShow,
  'plan.publish': runOfShow,
  'plan.import': runOfShow,
  'speaker.add': runOfShow,
  'speaker.update': runOfShow,
  'speaker.delete': runOfShow,
  'speaker.move': runOfShow,
  'timer.select': timer,
  'timer.start': timer,
  'timer.pause': timer,
  'timer.reset': timer,
  'timer.next': timer,
  'timer.previous': timer,
  'timer.adjust': timer,
  'timer.set': timer,
  'timer.intervention': timer,
  'timer.message': timer,
  'timer.clearMessage': timer,
  'timer.blackout': timer,
  'timer.showTimeOfDay': timer,
  'timer.settings': timer,
  'timer.countdownTo': timer,
  'rec.add': recommendations,
  'rec.update': recommendations,
  'rec.merge': recommendations,
  'rec.draft': { ...recommendations, history: null },
  'rec.import': recommendations,
  'rec.resolve': recommendations,
  'session.new': replaceSession,
  'session.loadExample': replaceSession,
  'settings.language': settings,
  'settings.viewLanguage': settings,
  'history.undo': historyMove,
  'history.redo': historyMove,
};

/** The handler of a command. TypeScript can not relate a union value to its own entry of a mapped type, hence the one widening here. */
export function handlerOf(command: Command): Handler<Command> {
  return HANDLERS[command.type] as Handler<Command>;
}

/** The scope a connection needs to send this command. */
export function commandScope(command: Command): Scope {
  const { scope } = handlerOf(command);
  return typeof scope === 'function' ? scope(command) : scope;
}
