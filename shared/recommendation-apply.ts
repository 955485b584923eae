/** Applies the rapporteur's commands to a draft of the session document. */
import type { Draft } from 'immer';
import type { CommandOf, CommandType } from './commands';
import type { SessionDoc } from './model';
import type { CommandContext } from './run-of-show';

export type RecommendationCommand = CommandOf<Extract<CommandType, `rec.${string}`>>;

export function applyRecommendation(_doc: Draft<SessionDoc>, command: RecommendationCommand, _ctx: CommandContext): void {
  throw new Error(`unhandled recommendation command ${(command as { type: string }).type}`);
}
