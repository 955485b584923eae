/**
 * Near-duplicate recommendations: the same proposal captured twice (by two
 * rapporteurs, or in two segments) in slightly different words.
 *
 * Similarity is the Jaccard index of word stems: words of three or more
 * letters, accents dropped, cut to their first six letters (a crude stem
 * that works across English, Russian and Kazakh endings). Two records whose
 * index is at least DUPLICATE_THRESHOLD are near-duplicates.
 *
 * Without comparing every pair: prefix filtering (Chaudhuri et al., "A
 * primitive operator for similarity joins", 2006). Stems are ordered by how
 * rare they are; if J(x, y) >= t then x's first |x| - ceil(t|x|) + 1 stems
 * and y's first |y| - ceil(t|y|) + 1 share a stem. So only records that
 * share one of those rare stems are compared: exact, and close to linear on
 * real text. Stems are remembered per record object, so a new scan after
 * one edit only re-reads the edited record.
 */
import type { Recommendation } from './recommendations';
import { normalizeText } from './recommendation-query';

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

/**
 * Finds near-duplicates among the records (merged ones left out), after
 * Xiao et al., "Efficient similarity joins for near duplicate detection"
 * (PPJoin, 2008). Records go from fewest stems to most, so an indexed record
 * too small to reach the threshold is skipped by size alone. Stems are in one
 * global order, so when a candidate shares the stem at position i of x and j
 * of its own list, the stems after those positions bound what it can still
 * share; a candidate that can no longer reach the threshold is dropped
 * before any full comparison, and so is one that the stems after x's prefix
 * could not carry to it.
 */
export function findNearDuplicates(records: readonly Recommendation[], threshold = DUPLICATE_THRESHOLD): DuplicateScan {
  const live = records.filter((r) => r.status !== 'merged' && stemmed(r).set.size > 0).sort((a, b) => stemmed(a).set.size - stemmed(b).set.size);
  const stems = live.map(stemmed);
  const frequency = new Map<string, number>();
  for (const { list } of stems) for (const stem of list) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  /** For each stem, the records that have it in their prefix and where: [record, position, record, position, ...]. */
  const index = new Map<string, number[]>();
  const byId = new Map<string, NearDuplicate[]>();
  const shared = new Int32Array(live.length);
  const dropped = new Uint8Array(live.length);
  /** Position, in the candidate's own stems, of the last stem it shares with the record probing. */
  const lastAt = new Int32Array(live.length);
  let comparisons = 0;
  const note = (a: number, b: number, score: number) => {
    const list = byId.get(live[a]!.id) ?? [];
    list.push({ id: live[b]!.id, similarity: score });
    byId.set(live[a]!.id, list);
  };

  /** Compares record x with the earlier records that can still reach the threshold. */
  const probe = (x: number, prefix: readonly string[]) => {
    const size = stems[x]!.set.size;
    const candidates: number[] = [];
    prefix.forEach((stem, i) => {
      const postings = index.get(stem) ?? [];
      for (let k = 0; k < postings.length; k += 2) {
        const y = postings[k]!;
        const other = stems[y]!.set.size;
        if (dropped[y] || other < threshold * size) continue;
        const needed = Math.ceil((threshold / (1 + threshold)) * (size + other));
        if (shared[y] === 0) candidates.push(y);
        if (shared[y]! + 1 + Math.min(size - i - 1, other - postings[k + 1]! - 1) >= needed) {
          shared[y]!++;
          lastAt[y] = postings[k + 1]!;
        } else dropped[y] = 1;
      }
    });
    for (const y of candidates) {
      const other = stems[y]!.set.size;
      const bound = shared[y]! + Math.min(size - prefix.length, other - lastAt[y]! - 1);
      const reachable = !dropped[y] && bound >= Math.ceil((threshold / (1 + threshold)) * (size + other));
      const keep = reachable && (byId.get(live[x]!.id)?.length ?? 0) < MAX_DUPLICATES;
      shared[y] = 0;
      dropped[y] = 0;
      if (!keep) continue;
      comparisons++;
      const score = similarity(stems[x]!.set, stems[y]!.set);
      if (score >= threshold) {
        note(x, y, score);
        note(y, x, score);
      }
    }
  };

  stems.forEach(({ list }, x) => {
    const prefix = [...list].sort(rarestFirst).slice(0, list.length - Math.ceil(threshold * list.length) + 1);
    probe(x, prefix);
    prefix.forEach((stem, i) => {
      const postings = index.get(stem);
      if (postings) postings.push(x, i);
      else index.set(stem, [x, i]);
    });
  });
  for (const list of byId.values()) list.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1)).splice(MAX_DUPLICATES);
  return { byId, comparisons };
}
