/**
 * Finding recommendations: full-text search, filters, sort and grouping,
 * as pure functions the rapporteur's panel calls on every keystroke. Each
 * record's search text is normalised once and remembered per record object
 * (immer keeps an unchanged record the same object), so a search over
 * 10,000 records is a substring test per record, a few milliseconds.
 *
 * The search rule (normalizeText), the same for a record and a query: a
 * record is found when every word of the query is in it.
 * - Case is folded in every script (ӘЙЕЛ = әйел, ÉLAN = élan).
 * - Ё is Е (Russian writes either).
 * - Outside Cyrillic, accents and other marks are dropped: é = e, ü = u,
 *   ş = s, so Turkmen and Uzbek Latin text is found from any keyboard.
 * - In Cyrillic, a letter of its own stays itself: й is not и, Tajik ӣ ӯ
 *   are not и у, and Kazakh and Kyrgyz ә ғ қ ң ө ұ ү һ і are never а г к
 *   н о у у х и (they carry no mark to drop; the rule keeps it that way).
 * - Hyphens, dashes of every kind, the minus sign and underscores are
 *   spaces ("decision-making" = "decision making" = "decision–making"); a
 *   soft hyphen is nothing; runs of spaces are one space.
 * - Apostrophes of every kind (’ ‘ ʻ ʼ ` ´) are one: Uzbek oʻ = o'.
 */
import type { AttachmentNames } from './names';
import {
  PRIORITIES,
  WPS_PILLARS,
  byCreation,
  type RecCountry,
  type RecStatus,
  type Recommendation,
  type WpsPillar,
} from './model';

export const SORTS = ['newest', 'oldest', 'updated', 'priority', 'title'] as const;
export type Sort = (typeof SORTS)[number];

export const GROUPINGS = ['none', 'pillar', 'segment'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** "" means any; "none" means the field is not set. */
export interface RecQuery {
  text: string;
  pillar: WpsPillar | 'none' | '';
  status: RecStatus | '';
  country: RecCountry | '';
  segmentId: string;
  rapporteur: string;
  sort: Sort;
  group: Grouping;
}

export const ANY: RecQuery = { text: '', pillar: '', status: '', country: '', segmentId: '', rapporteur: '', sort: 'newest', group: 'none' };

/** The search rule of the header: "Ёлка  É-Élan" -> "елка e elan". */
export function normalizeText(text: string): string {
  return text
    .replace(/\u00AD/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFKD')
    .replace(/(?<!\p{Script=Cyrillic}\p{M}*)\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[\p{Pd}\u2212_]/gu, ' ')
    .replace(/[\u2018\u2019\u02BB\u02BC\u0060\u00B4]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const searchCache = new WeakMap<Recommendation, string>();

/** The record's searchable text, normalised once per version of the record. */
function searchText(rec: Recommendation): string {
  let text = searchCache.get(rec);
  if (text === undefined) {
    text = normalizeText([rec.title, rec.text, rec.tags.join(' '), rec.rapporteur].join('\n'));
    searchCache.set(rec, text);
  }
  return text;
}

/**
 * Prepares the search text of records not seen yet, until `hasTime` says
 * stop (a view calls it in idle time, so the first search is as fast as
 * the next). Returns true once every record is prepared.
 */
export function prepareSearch(records: readonly Recommendation[], hasTime: () => boolean): boolean {
  for (const rec of records) {
    if (searchCache.has(rec)) continue;
    if (!hasTime()) return false;
    searchText(rec);
  }
  return true;
}

function matcher(query: RecQuery): (rec: Recommendation) => boolean {
  const terms = normalizeText(query.text).split(' ').filter((t) => t !== '');
  return (rec) =>
    (query.pillar === '' || (query.pillar === 'none' ? rec.pillar === null : rec.pillar === query.pillar)) &&
    (query.status === '' || rec.status === query.status) &&
    (query.country === '' || rec.countries.includes(query.country)) &&
    (query.segmentId === '' || (query.segmentId === 'none' ? rec.segmentId === null : rec.segmentId === query.segmentId)) &&
    (query.rapporteur === '' || rec.rapporteur === query.rapporteur) &&
    terms.every((term) => searchText(rec).includes(term));
}

const priorityRank = (rec: Recommendation) => (rec.priority === null ? PRIORITIES.length : PRIORITIES.indexOf(rec.priority));

const ORDER: Record<Sort, (a: Recommendation, b: Recommendation) => number> = {
  newest: (a, b) => byCreation(b, a),
  oldest: byCreation,
  updated: (a, b) => b.updatedAt - a.updatedAt || byCreation(a, b),
  priority: (a, b) => priorityRank(a) - priorityRank(b) || byCreation(b, a),
  title: (a, b) => normalizeText(a.title || a.text).localeCompare(normalizeText(b.title || b.text)) || byCreation(a, b),
};

/** The key of the group a record is shown in ("" when not grouping). */
export function groupKey(rec: Recommendation, group: Grouping): string {
  if (group === 'pillar') return rec.pillar ?? 'none';
  if (group === 'segment') return rec.segmentId ?? 'none';
  return '';
}

function groupRank(group: Grouping, names: AttachmentNames): (key: string) => number {
  if (group === 'pillar') return (key) => (key === 'none' ? WPS_PILLARS.length : WPS_PILLARS.indexOf(key as WpsPillar));
  if (group === 'segment') return (key) => (key === 'none' ? Number.MAX_SAFE_INTEGER : (names.segments.get(key)?.order ?? Number.MAX_SAFE_INTEGER - 1));
  return () => 0;
}

/** All records in group order, then in the chosen order (a view sorts once and filters on each keystroke). */
export function sortRecommendations(records: readonly Recommendation[], query: Pick<RecQuery, 'group' | 'sort'>, names: AttachmentNames): Recommendation[] {
  const rank = groupRank(query.group, names);
  const order = ORDER[query.sort];
  const keyed = records.map((rec) => ({ rec, rank: rank(groupKey(rec, query.group)) }));
  return keyed.sort((a, b) => a.rank - b.rank || order(a.rec, b.rec)).map((k) => k.rec);
}

/** The sorted records that match the query's text and filters, in the same order. */
export function filterRecommendations(sorted: readonly Recommendation[], query: RecQuery): Recommendation[] {
  return sorted.filter(matcher(query));
}

/** The records that match, in group order and then in the chosen order. */
export function queryRecommendations(records: readonly Recommendation[], query: RecQuery, names: AttachmentNames): Recommendation[] {
  return filterRecommendations(sortRecommendations(records, query, names), query);
}

/** Every rapporteur named on a record, for the filter. */
export function rapporteursOf(records: readonly Recommendation[]): string[] {
  return [...new Set(records.map((r) => r.rapporteur).filter((r) => r !== ''))].sort((a, b) => a.localeCompare(b));
}
