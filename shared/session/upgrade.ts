/**
 * What earlier versions saved, read by this one. Pure functions over a
 * loaded document or journal line, so whichever store holds the session
 * (files today) calls them the same way.
 *
 * - `upgradeDocument` brings a saved document to FORMAT_VERSION:
 *   1 → 2 adds the published plan (`published`: null, nothing published),
 *   the off-day choice (`eventDateKeptOn`: null) and the timer's countdown
 *   target (`timer.untilTime`: null); and capture drafts, once a map by
 *   rapporteur name, become a list (recommendations/model.ts says why).
 * - `replayCommand` applies one journaled command. A command the current
 *   rules refuse (a date out of range, a time the clocks skip, accepted by
 *   an earlier version) is left out and named, so the session still opens
 *   and the user is told what is missing; later commands that needed it are
 *   left out the same way.
 */
import type { CommandContext } from '../kernel/command-context';
import { CommandRejected, type CommandError } from '../kernel/errors';
import type { TimerState } from '../timer/model';
import type { CaptureDraft } from '../recommendations/model';
import { parseCommand, type Command } from './commands';
import { FORMAT_VERSION, type SessionDoc } from './document';
import { applyCommand, type SessionState } from './reducer';

export function upgradeDocument(saved: object): SessionDoc {
  const doc = withDraftList(saved as Partial<SessionDoc> & { timer: Partial<TimerState> });
  if (doc.formatVersion === FORMAT_VERSION) return doc as SessionDoc;
  return {
    ...doc,
    formatVersion: FORMAT_VERSION,
    published: doc.published ?? null,
    eventDateKeptOn: doc.eventDateKeptOn ?? null,
    timer: { ...doc.timer, untilTime: doc.timer.untilTime ?? null },
  } as SessionDoc;
}

/** Drafts as a list; a document that already has one passes through as it is. */
function withDraftList<D extends Partial<SessionDoc>>(doc: D): D {
  const drafts = doc.recommendations?.drafts as CaptureDraft[] | Record<string, CaptureDraft> | undefined;
  if (drafts === undefined || Array.isArray(drafts)) return doc;
  return { ...doc, recommendations: { ...doc.recommendations!, drafts: Object.values(drafts) } };
}

export type Replayed = { state: SessionState; command: Command; leftOut: null } | { state: SessionState; command: null; leftOut: string };

function leftOut(state: SessionState, line: number, input: unknown, error: CommandError): Replayed {
  const type = typeof input === 'object' && input !== null && 'type' in input ? String((input as { type: unknown }).type).slice(0, 60) : 'no type';
  return { state, command: null, leftOut: `Journal line ${line} (${type}) was left out: this version refuses it (${error.field}: ${error.message}).` };
}

/** Applies journal line `line` (its seq); see the header for what is left out. */
export function replayCommand(state: SessionState, input: unknown, ctx: CommandContext, line: number): Replayed {
  const parsed = parseCommand(input);
  if (!parsed.ok) return leftOut(state, line, input, parsed.error);
  try {
    return { state: applyCommand(state, parsed.command, ctx).state, command: parsed.command, leftOut: null };
  } catch (error) {
    if (error instanceof CommandRejected) return leftOut(state, line, input, error.error);
    throw error;
  }
}
