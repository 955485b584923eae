/**
 * Every change to the session is one of these typed commands. The schemas are
 * the boundary: the host parses every incoming command with `parseCommand`,
 * and a command that does not parse is answered with the field and reason.
 */
import { z } from 'zod';
import { ATTENDANCE, COUNTRIES, EVENT_FORMATS, SEGMENT_KINDS, SEGMENT_STATUSES } from './model';
import { LIMITS } from './limits';
import { author, id, index, isoDate, name, requiredName, text, timeOfDay, timeZone, title, wholeMs } from './fields';
import { timerCommands } from './timer-commands';
import { recommendationCommands } from './recommendation-commands';
import { LANGUAGES } from './languages';

export const participantZoneSchema = z.strictObject({ label: requiredName, timeZone });

export const eventPatchSchema = z
  .strictObject({
    title,
    venue: name,
    date: isoDate,
    timeZone,
    dayStart: timeOfDay,
    format: z.enum(EVENT_FORMATS),
    organizers: z.array(requiredName).max(LIMITS.listItems, `must list at most ${LIMITS.listItems}`),
    participantZones: z.array(participantZoneSchema).max(LIMITS.listItems, `must list at most ${LIMITS.listItems}`),
  })
  .partial();

export const segmentFieldsSchema = z.strictObject({
  title,
  kind: z.enum(SEGMENT_KINDS),
  plannedDurationMs: wholeMs(LIMITS.segmentMaxMs, 60_000),
  hardStart: timeOfDay.nullable(),
  chair: name,
  notes: text,
  warningMs: wholeMs(LIMITS.segmentMaxMs, 0),
  finalMs: wholeMs(LIMITS.segmentMaxMs, 0),
});
export const segmentPatchSchema = segmentFieldsSchema.partial();

export const speakerFieldsSchema = z.strictObject({
  name: requiredName,
  organization: name,
  country: z.enum(COUNTRIES),
  attendance: z.enum(ATTENDANCE),
  allottedMs: wholeMs(LIMITS.speakerMaxMs, 0),
});
export const speakerPatchSchema = speakerFieldsSchema.partial();

export const HISTORY_SCOPES = ['runOfShow', 'recommendations'] as const;

export const commandSchema = z.discriminatedUnion('type', [
  ...timerCommands,
  ...recommendationCommands,
  z.strictObject({ type: z.literal('event.update'), patch: eventPatchSchema }),
  z.strictObject({ type: z.literal('part.add'), title, index: index.optional() }),
  z.strictObject({ type: z.literal('part.update'), partId: id, title }),
  z.strictObject({ type: z.literal('part.delete'), partId: id }),
  z.strictObject({ type: z.literal('part.move'), partId: id, toIndex: index }),
  z.strictObject({
    type: z.literal('segment.add'),
    partId: id,
    index: index.optional(),
    segment: segmentFieldsSchema.partial().extend({ title }),
  }),
  z.strictObject({ type: z.literal('segment.update'), segmentId: id, patch: segmentPatchSchema }),
  z.strictObject({ type: z.literal('segment.delete'), segmentId: id }),
  z.strictObject({ type: z.literal('segment.move'), segmentId: id, toPartId: id, toIndex: index }),
  z.strictObject({ type: z.literal('segment.setStatus'), segmentId: id, status: z.enum(SEGMENT_STATUSES) }),
  z.strictObject({
    type: z.literal('speaker.add'),
    segmentId: id,
    index: index.optional(),
    speaker: speakerFieldsSchema.partial().extend({ name: requiredName }),
  }),
  z.strictObject({ type: z.literal('speaker.update'), speakerId: id, patch: speakerPatchSchema }),
  z.strictObject({ type: z.literal('speaker.delete'), speakerId: id }),
  z.strictObject({ type: z.literal('speaker.move'), speakerId: id, toSegmentId: id, toIndex: index }),
  z.strictObject({ type: z.literal('session.new') }),
  z.strictObject({ type: z.literal('session.loadExample') }),
  z.strictObject({ type: z.literal('settings.language'), language: z.enum(LANGUAGES, `must be one of the supported languages: ${LANGUAGES.join(', ')}`) }),
  z.strictObject({ type: z.literal('history.undo'), scope: z.enum(HISTORY_SCOPES), author }),
  z.strictObject({ type: z.literal('history.redo'), scope: z.enum(HISTORY_SCOPES), author }),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
export type HistoryScope = (typeof HISTORY_SCOPES)[number];

/**
 * A refused command: which field (dotted path from the command), and why.
 * `unreachable` is the view's own answer when the host could not be
 * reached: the command may or may not have arrived.
 */
export interface CommandError {
  code: 'invalid' | 'not-found' | 'conflict' | 'forbidden' | 'rate-limited' | 'internal' | 'unreachable';
  field: string;
  message: string;
}

export class CommandRejected extends Error {
  constructor(readonly error: CommandError) {
    super(`${error.field}: ${error.message}`);
  }
}

export function reject(code: CommandError['code'], field: string, message: string): never {
  throw new CommandRejected({ code, field, message });
}

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
