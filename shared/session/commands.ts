/**
 * Every change to the session is one of these typed commands. The schemas are
 * the boundary: the host parses every incoming command with `parseCommand`,
 * and a command that does not parse is answered with the field and reason.
 */
import { z } from 'zod';
import { runOfShowCommands } from '../run-of-show/commands';
import { timerCommands } from '../timer/commands';
import { recommendationCommands } from '../recommendations/commands';
import { settingsCommands } from './settings';
import { author } from '../kernel/fields';
import type { CommandError } from '../kernel/errors';

export const HISTORY_SCOPES = ['runOfShow', 'recommendations'] as const;

export const commandSchema = z.discriminatedUnion('type', [
  ...runOfShowCommands,
  ...timerCommands,
  ...recommendationCommands,
  z.strictObject({ type: z.literal('session.new') }),
  z.strictObject({ type: z.literal('session.loadExample') }),
  ...settingsCommands,
  z.strictObject({ type: z.literal('history.undo'), scope: z.enum(HISTORY_SCOPES), author }),
  z.strictObject({ type: z.literal('history.redo'), scope: z.enum(HISTORY_SCOPES), author }),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
export type HistoryScope = (typeof HISTORY_SCOPES)[number];

export type ParseResult = { ok: true; command: Command } | { ok: false; error: CommandError };

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'command' : path.map(String).join('.');
}

/** Validates untrusted input as a command; the error names the first bad field. */
export function parseCommand(input: unknown): ParseResult {
  const result = commandSchema.safeParse(input);
  if (result.success) return { ok: true, command: result.data };
  const issue = result.error.issues[0]!;
  let message = issue.message;
  if (issue.code === 'invalid_union' && pathOf(issue.path) === 'type') {
    const type = typeof input === 'object' && input !== null && 'type' in input ? String((input as { type: unknown }).type) : undefined;
    message = type === undefined ? 'is not a command (no "type")' : `has an unknown command type "${type.slice(0, 60)}"`;
    return { ok: false, error: { code: 'invalid', field: 'type', message } };
  }
  if (issue.path.length === 0) message = 'must be a command object with a "type"';
  if (issue.code === 'unrecognized_keys') message = `has unknown field(s): ${issue.keys.join(', ')}`;
  return { ok: false, error: { code: 'invalid', field: pathOf(issue.path), message } };
}
