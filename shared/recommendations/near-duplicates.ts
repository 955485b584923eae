/**
 * Near-duplicate recommendations: the same proposal captured twice (by two
 * rapporteurs, or in two segments) in slightly different words.
 *
 * Similarity is the Jaccard index of word stems: words of three or more
 * letters, accents dropped, cut to their first six letters (a crude stem
 * that works across English, Russian and Kazakh endings). Two records whose
 * index is at least DUPLICATE_THRESHOLD are near-duplicates.
 *
 * Without comparing every pair: see DuplicateIndex. Stems are remembered per
 * record object, so re-indexing after an edit only re-reads that record.
 */
import type { Recommendation } from './model';
import { normalizeText } from './query';

export const DUPLICATE_THRESHOLD = 0.6;
/** At most this many near-duplicates are listed for one record. */
export const MAX_DUPLICATES = 10;

const STEM_LENGTH = 6;

interface Stems {
  list: string[];
  set: Set<string>;
}

const stemCache = new WeakMap<Recommendation, Stems>();

function stemmed(rec: Recommendation): Stems {
  let stems = stemCache.get(rec);
  if (stems === undefined) {
    const words = normalizeText(`${rec.title} ${rec.text}`).split(/[^\p{L}\p{N}]+/u);
    const set = new Set(words.filter((w) => w.length >= 3).map((w) => w.slice(0, STEM_LENGTH)));
    stems = { list: [...set], set };
    stemCache.set(rec, stems);
  }
  return stems;
}

export function stemsOf(rec: Recommendation): string[] {
  return stemmed(rec).list;
}

/** Jaccard index of two stem sets. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface NearDuplicate {
  id: string;
  similarity: number;
}

export interface DuplicateScan {
  /** For every record with near-duplicates, those records, most similar first. */
  byId: Map<string, NearDuplicate[]>;
  /** Pairs compared in full: far fewer than n(n-1)/2. */
  comparisons: number;
}

/** At least this many of x's stems are shared with any y where J(x, y) >= t. */
const minShared = (size: number, threshold: number) => Math.ceil(threshold * size - 1e-9);

/**
 * An index of the records' stems that answers "which records are near
 * duplicates of this one?" and keeps itself up to date one shard at a time.
 *
 * Exact without comparing every pair (prefix filtering: Chaudhuri et al.,
 * "A primitive operator for similarity joins", 2006; Xiao et al., PPJoin,
 * 2008). Stems have one fixed order, rarest first. If J(x, y) >= t, the
 * first |x| - ceil(t|x|) + 1 stems of x and the first |y| - ceil(t|y|) + 1
 * of y share a stem; so only each record's prefix is indexed, and only
 * records whose prefixes meet are compared in full. The order may be any
 * fixed one for exactness; rarest-first keeps postings short. Stems first
 * seen after the order was made rank as rarer than all; the order is
 * remade (and the index rebuilt) once the book has changed by half.
 *
 * Incremental: `sync` reads only the shards whose object changed since the
 * last sync (immer gives an unchanged shard the same object).
 */
export class DuplicateIndex {
  private readonly indexed = new Map<string, Recommendation>();
  /** Stem -> records with it in their prefix -> its position in that record's ordered stems. */
  private readonly postings = new Map<string, Map<string, number>>();
  private rank = new Map<string, number>();
  private nextRareRank = -1;
  private changesSinceOrder = 0;
  private shards: Record<string, Record<string, Recommendation>> = {};
  /** The last answer per record, handed out again while it is unchanged (views memoise on it). */
  private readonly answers = new Map<string, NearDuplicate[]>();
  /** Pairs compared in full so far. */
  comparisons = 0;

  constructor(private readonly threshold = DUPLICATE_THRESHOLD) {}

  /** Brings the index up to date with the records of a book. */
  sync(byShard: Record<string, Record<string, Recommendation>>): void {
    const keys = new Set([...Object.keys(this.shards), ...Object.keys(byShard)]);
    for (const key of keys) {
      const before = this.shards[key] ?? {};
      const after = byShard[key] ?? {};
      if (before === after) continue;
      for (const id of Object.keys(before)) if (after[id] !== before[id]) this.remove(id);
      for (const rec of Object.values(after)) if (before[rec.id] !== rec) this.add(rec);
    }
    this.shards = byShard;
    if (this.changesSinceOrder > Math.max(1000, this.indexed.size / 2)) this.reorder();
  }

  /** Indexes many records at once, with the stem order made from them. */
  load(records: Iterable<Recommendation>): void {
    for (const rec of records) if (rec.status !== 'merged' && stemmed(rec).set.size > 0) this.indexed.set(rec.id, rec);
    this.reorder();
  }

  /** Indexes a record (merged ones are left out: they are no longer proposals). */
  add(rec: Recommendation): void {
    this.remove(rec.id);
    if (rec.status === 'merged' || stemmed(rec).set.size === 0) return;
    this.indexed.set(rec.id, rec);
    this.changesSinceOrder++;
    this.prefix(rec).forEach((stem, position) => {
      const ids = this.postings.get(stem);
      if (ids) ids.set(rec.id, position);
      else this.postings.set(stem, new Map([[rec.id, position]]));
    });
  }

  remove(id: string): void {
    const rec = this.indexed.get(id);
    if (!rec) return;
    this.indexed.delete(id);
    this.changesSinceOrder++;
    for (const stem of this.prefix(rec)) {
      const ids = this.postings.get(stem)!;
      ids.delete(id);
      if (ids.size === 0) this.postings.delete(stem);
    }
  }

  /** The near-duplicates of a record, most similar first (at most MAX_DUPLICATES). */
  duplicatesOf(rec: Recommendation): NearDuplicate[] {
    if (rec.status === 'merged') return [];
    const x = stemmed(rec).set;
    if (x.size === 0) return [];
    // Positional filter (PPJoin): the stems after a shared one bound what a
    // candidate can still share; one that can no longer reach the needed
    // overlap is dropped before the full comparison.
    const shared = new Map<string, number>();
    const dropped = new Set<string>();
    this.prefix(rec).forEach((stem, i) => {
      for (const [id, j] of this.postings.get(stem) ?? []) {
        if (id === rec.id || dropped.has(id)) continue;
        const y = stemmed(this.indexed.get(id)!).set.size;
        if (y < this.threshold * x.size - 1e-9 || x.size < this.threshold * y - 1e-9) continue;
        const needed = Math.ceil((this.threshold / (1 + this.threshold)) * (x.size + y) - 1e-9);
        const sofar = (shared.get(id) ?? 0) + 1;
        if (sofar + Math.min(x.size - i - 1, y - j - 1) >= needed) shared.set(id, sofar);
        else {
          shared.delete(id);
          dropped.add(id);
        }
      }
    });
    const found: NearDuplicate[] = [];
    for (const id of shared.keys()) {
      const y = stemmed(this.indexed.get(id)!).set;
      this.comparisons++;
      const score = similarity(x, y);
      if (score >= this.threshold) found.push({ id, similarity: score });
    }
    const answer = found.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1)).slice(0, MAX_DUPLICATES);
    const previous = this.answers.get(rec.id);
    if (previous && previous.length === answer.length && previous.every((d, i) => d.id === answer[i]!.id && d.similarity === answer[i]!.similarity)) return previous;
    this.answers.set(rec.id, answer);
    return answer;
  }

  /** A record's first |x| - ceil(t|x|) + 1 stems in the fixed order. */
  private prefix(rec: Recommendation): string[] {
    const { list } = stemmed(rec);
    const rankOf = (stem: string) => {
      let r = this.rank.get(stem);
      if (r === undefined) {
        r = this.nextRareRank--;
        this.rank.set(stem, r);
      }
      return r;
    };
    const ordered = [...list].sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0));
    return ordered.slice(0, list.length - minShared(list.length, this.threshold) + 1);
  }

  /** Remakes the stem order from the current frequencies and rebuilds the postings. */
  private reorder(): void {
    const records = [...this.indexed.values()];
    const frequency = new Map<string, number>();
    for (const rec of records) for (const stem of stemmed(rec).list) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
    this.rank = new Map([...frequency.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([stem], i) => [stem, i]));
    this.nextRareRank = -1;
    this.postings.clear();
    this.indexed.clear();
    for (const rec of records) this.add(rec);
    this.changesSinceOrder = 0;
  }
}

/** Near-duplicates of every record at once (merged ones left out). */
export function findNearDuplicates(records: readonly Recommendation[], threshold = DUPLICATE_THRESHOLD): DuplicateScan {
  const index = new DuplicateIndex(threshold);
  index.load(records);
  const byId = new Map<string, NearDuplicate[]>();
  for (const rec of records) {
    const duplicates = index.duplicatesOf(rec);
    if (duplicates.length > 0) byId.set(rec.id, duplicates);
  }
  return { byId, comparisons: index.comparisons };
}
