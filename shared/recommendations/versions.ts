/**
 * What earlier versions of a record said, so a conflict can show the base
 * (the last version both sides had) beside ours and theirs, and propose
 * for each field the side that changed it.
 *
 * Every time a record moves from one version to the next (an edit, a merge,
 * taking their version in an import, resolving a conflict), the fields that
 * changed are remembered with the values they had, under the old version's
 * stamp: `book.past[shard][id][stamp]`. Walking back from the record through
 * those entries gives the content of each version this laptop held, however
 * it got there; versions held only elsewhere are not known. A record keeps
 * the entries of its last PAST_KEPT versions. The log is keyed by stamp, not
 * a list, so that each undo step adds or removes only its own entry.
 */
import { CONTENT_FIELDS, recShard, type PastFields, type Recommendation, type RecommendationBook } from './model';
import type { EpochMs } from '../kernel/units';

/** How many earlier versions of a record keep their content. */
export const PAST_KEPT = 16;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Notes what `before` said where `after` differs, under `before`'s stamp (on a draft of the book or a plain one). */
export function rememberVersion(book: Pick<RecommendationBook, 'past'>, before: Recommendation, after: Recommendation): void {
  if (before.updatedAt === after.updatedAt) return;
  const changed: PastFields = {};
  for (const key of CONTENT_FIELDS) if (!same(before[key], after[key])) Object.assign(changed, { [key]: before[key] });
  const shard = (book.past[recShard(before.id)] ??= {});
  const log = (shard[before.id] ??= {});
  log[String(before.updatedAt)] = changed;
  const stamps = Object.keys(log).map(Number).sort((a, b) => b - a);
  for (const old of stamps.slice(PAST_KEPT)) delete log[String(old)];
}

/** The content the record had at `stamp`, or null when this laptop never held that version or no longer remembers it. */
export function versionAt(book: Pick<RecommendationBook, 'past'>, rec: Recommendation, stamp: number): Recommendation | null {
  if (stamp === rec.updatedAt) return rec;
  const log = book.past[recShard(rec.id)]?.[rec.id];
  if (!log || !Object.hasOwn(log, String(stamp))) return null;
  const newerFirst = Object.keys(log)
    .map(Number)
    .filter((s) => s >= stamp && s < rec.updatedAt)
    .sort((a, b) => b - a);
  let content: Recommendation = rec;
  for (const s of newerFirst) content = { ...content, ...log[String(s)] };
  return { ...content, updatedAt: stamp as EpochMs, priorVersions: rec.priorVersions.filter((v) => v < stamp) };
}

/** The last version both sides went through, if this laptop remembers it: the base of a conflict. */
export function commonBase(book: Pick<RecommendationBook, 'past'>, ours: Recommendation, theirs: Recommendation): Recommendation | null {
  const theirStamps = new Set<number>([...theirs.priorVersions, theirs.updatedAt]);
  const shared = [ours.updatedAt, ...ours.priorVersions].filter((s) => theirStamps.has(s));
  if (shared.length === 0) return null;
  return versionAt(book, ours, Math.max(...shared));
}
