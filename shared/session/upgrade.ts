/**
 * Documents saved by earlier versions of this format, brought up to date
 * when the host loads them. Each step is small and idempotent, so a
 * document that is already current passes through unchanged.
 *
 * - Capture drafts were a map by rapporteur name; they are a list now
 *   (recommendations/model.ts says why).
 * - Recommendations had no roadmap (recommendations/model.ts): they get an
 *   empty one. The record had no log of past versions and no merge
 *   summary, and conflicts no base: empty, and none known.
 * - Instants had fractions of a millisecond (kernel/host-clock.ts): they are
 *   rounded down, in the document and in the undo history alike, so an
 *   undo step still finds what it wrote, and a version stamp equals its
 *   exported copy.
 */
import { emptyRoadmap, type CaptureDraft, type Recommendation } from '../recommendations/model';
import { wholeMilliseconds } from '../kernel/host-clock';
import type { SessionDoc } from './document';
import type { SessionState } from './reducer';

type Saved = Omit<SessionDoc, 'recommendations'> & {
  recommendations: Omit<SessionDoc['recommendations'], 'drafts'> & { drafts: CaptureDraft[] | Record<string, CaptureDraft> };
};

export function upgradeDocument(saved: Saved): SessionDoc {
  const { drafts } = saved.recommendations;
  const doc = Array.isArray(drafts) ? (saved as SessionDoc) : { ...saved, recommendations: { ...saved.recommendations, drafts: Object.values(drafts) } };
  return wholeMilliseconds(withRoadmaps(withMergeRecords(doc)));
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

/** A saved state (document and history) brought up to date. */
export function upgradeState(saved: { doc: Saved; history: SessionState['history'] }): SessionState {
  return { doc: upgradeDocument(saved.doc), history: wholeMilliseconds(saved.history) };
}
