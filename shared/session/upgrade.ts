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
 *   Whatever its version number, a document is also checked for what the
 *   recommendations gained since (each step small, idempotent, and keyed on
 *   what is missing rather than on a number, so documents saved by any
 *   branch of version 2 read alike):
 *   - Recommendations had no roadmap (recommendations/model.ts): they get an
 *     empty one. The record had no log of past versions and no merge
 *     summary, and conflicts no base: empty, and none known.
 *   - Instants had fractions of a millisecond (kernel/host-clock.ts): they
 *     are rounded down, in the document and in the undo history alike, so
 *     an undo step still finds what it wrote, and a version stamp equals
 *     its exported copy.
 * - `replayCommand` applies one journaled command. A command the current
 *   rules refuse (a date out of range, a time the clocks skip, accepted by
 *   an earlier version) is left out and named, so the session still opens
 *   and the user is told what is missing; later commands that needed it are
 *   left out the same way.
 */
import type { CommandContext } from '../kernel/command-context';
import { CommandRejected, type CommandError } from '../kernel/errors';
import { wholeMilliseconds } from '../kernel/host-clock';
import type { TimerState } from '../timer/model';
import { emptyRoadmap, type CaptureDraft, type Recommendation } from '../recommendations/model';
import { parseCommand, type Command } from './commands';
import { FORMAT_VERSION, type SessionDoc } from './document';
import { applyCommand, type SessionState } from './reducer';

export function upgradeDocument(saved: object): SessionDoc {
  const doc = withDraftList(saved as Partial<SessionDoc> & { timer: Partial<TimerState> });
  const current =
    doc.formatVersion === FORMAT_VERSION
      ? (doc as SessionDoc)
      : ({
          ...doc,
          formatVersion: FORMAT_VERSION,
          published: doc.published ?? null,
          eventDateKeptOn: doc.eventDateKeptOn ?? null,
          timer: { ...doc.timer, untilTime: doc.timer.untilTime ?? null },
        } as SessionDoc);
  return wholeMilliseconds(withRoadmaps(withMergeRecords(current)));
}

/** A saved state (document and history) brought up to date. */
export function upgradeState(saved: { doc: object; history: SessionState['history'] }): SessionState {
  return { doc: upgradeDocument(saved.doc), history: upgradeSteps(saved.history) };
}

/**
 * Undo steps saved with the document: their instants rounded down and the
 * records their patches hold given a roadmap, as the document's were, so a
 * step still finds what it wrote (an undo compares them).
 */
export function upgradeSteps<T>(steps: T): T {
  return withStepRoadmaps(wholeMilliseconds(steps));
}

const looksLikeRecord = (value: Record<string, unknown>) => typeof value.text === 'string' && typeof value.status === 'string' && typeof value.createdAt === 'number' && typeof value.updatedAt === 'number' && !('roadmap' in value);

function withStepRoadmaps<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map(withStepRoadmaps);
    return (items.every((item, i) => item === value[i]) ? value : items) as T;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = looksLikeRecord(record) ? { ...record, roadmap: emptyRoadmap() } : null;
  for (const [key, item] of Object.entries(record)) {
    const upgraded = withStepRoadmaps(item);
    if (upgraded === item) continue;
    copy ??= { ...record };
    copy[key] = upgraded;
  }
  return (copy ?? value) as T;
}

/** Drafts as a list; a document that already has one passes through as it is. */
function withDraftList<D extends Partial<SessionDoc>>(doc: D): D {
  const drafts = doc.recommendations?.drafts as CaptureDraft[] | Record<string, CaptureDraft> | undefined;
  if (drafts === undefined || Array.isArray(drafts)) return doc;
  return { ...doc, recommendations: { ...doc.recommendations!, drafts: Object.values(drafts) } };
}

/** A book saved before it kept past versions and merges, and conflicts before they had a base. */
function withMergeRecords(doc: SessionDoc): SessionDoc {
  const book = doc.recommendations as Omit<SessionDoc['recommendations'], 'past' | 'merges'> & Partial<Pick<SessionDoc['recommendations'], 'past' | 'merges'>>;
  const baseless = Object.values(book.conflicts).some((c) => (c as Partial<typeof c>).base === undefined);
  if (book.past !== undefined && book.merges !== undefined && !baseless) return doc;
  const conflicts = Object.fromEntries(Object.entries(book.conflicts).map(([id, c]) => [id, { ...c, base: c.base ?? null }]));
  return { ...doc, recommendations: { ...book, past: book.past ?? {}, merges: book.merges ?? {}, conflicts } };
}

/** Records saved before they had a roadmap get an empty one (conflicts' other versions too); current ones stay the same objects. */
function withRoadmaps(doc: SessionDoc): SessionDoc {
  const book = doc.recommendations;
  const missing = (rec: Recommendation) => (rec as Partial<Recommendation>).roadmap === undefined;
  const fill = (rec: Recommendation) => (missing(rec) ? { ...rec, roadmap: emptyRoadmap() } : rec);
  const shards = Object.entries(book.byShard);
  const conflicts = Object.values(book.conflicts);
  if (!shards.some(([, shard]) => Object.values(shard).some(missing)) && !conflicts.some((c) => missing(c.theirs))) return doc;
  const byShard = Object.fromEntries(shards.map(([key, shard]) => [key, Object.fromEntries(Object.entries(shard).map(([id, rec]) => [id, fill(rec)]))]));
  const fixed = Object.fromEntries(Object.entries(book.conflicts).map(([id, c]) => [id, { ...c, theirs: fill(c.theirs) }]));
  return { ...doc, recommendations: { ...book, byShard, conflicts: fixed } };
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
