/**
 * The rapporteur's record: recommendations as they are made, tagged to the
 * agenda, the WPS pillars and the conference objectives.
 *
 * Storage: records live in 256 shards by a hash of their id, each a map by
 * id. An edit copies one shard (about 1/256 of the records) and the small
 * shard index, never the whole record, so an edit costs the same at 100 or
 * 10,000 recommendations, on the host and in every view. Always go through
 * getRecommendation / putRecommendation / allRecommendations.
 *
 * Versions: every change gives a record a new `updatedAt` (strictly later
 * than the one before, even within one millisecond) and appends the old one
 * to `priorVersions`. Those stamps are what an import compares to tell "an
 * older copy of ours" from "edited on both sides" (see export/merge.ts).
 */
import type { EpochMs } from '../kernel/units';
import type { RunOfShowDoc } from '../run-of-show/model';
import { COUNTRY_NAMES } from '../kernel/countries';

export const WPS_PILLARS = ['prevention', 'participation', 'protection', 'relief-and-recovery'] as const;
export type WpsPillar = (typeof WPS_PILLARS)[number];
export const PILLAR_LABELS: Record<WpsPillar, string> = {
  prevention: 'Prevention',
  participation: 'Participation',
  protection: 'Protection',
  'relief-and-recovery': 'Relief and recovery',
};

/** The concept note's three directions. */
export const OBJECTIVES = ['participation-and-security-policy', 'prevention-and-trust', 'legislation'] as const;
export type Objective = (typeof OBJECTIVES)[number];
export const OBJECTIVE_LABELS: Record<Objective, string> = {
  'participation-and-security-policy': "Women's participation in politics and decision-making; gender in security and conflict-prevention policy",
  'prevention-and-trust': "Conflict prevention; women's role in trust-building, reconciliation, peacekeeping and diplomacy",
  legislation: 'Legislative initiatives for the Women, Peace and Security agenda',
};

export const EXPECTED_OUTCOMES = ['roadmap', 'civil-society-mechanisms', 'other'] as const;
export type ExpectedOutcome = (typeof EXPECTED_OUTCOMES)[number];
export const OUTCOME_LABELS: Record<ExpectedOutcome, string> = {
  roadmap: 'Roadmap of Cooperation',
  'civil-society-mechanisms': 'Mechanisms for civil-society participation',
  other: 'Other',
};

export const REC_COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'regional', 'other'] as const;
export type RecCountry = (typeof REC_COUNTRIES)[number];
export const REC_COUNTRY_LABELS: Record<RecCountry, string> = {
  KZ: COUNTRY_NAMES.KZ,
  KG: COUNTRY_NAMES.KG,
  TJ: COUNTRY_NAMES.TJ,
  TM: COUNTRY_NAMES.TM,
  UZ: COUNTRY_NAMES.UZ,
  regional: 'Regional',
  other: 'Other',
};

export const ADDRESSEES = ['parliaments', 'governments', 'national-womens-machinery', 'civil-society', 'UN', 'OSCE', 'EU', 'other'] as const;
export type Addressee = (typeof ADDRESSEES)[number];
export const ADDRESSEE_LABELS: Record<Addressee, string> = {
  parliaments: 'Parliaments',
  governments: 'Governments',
  'national-womens-machinery': "National women's machinery",
  'civil-society': 'Civil society',
  UN: 'UN',
  OSCE: 'OSCE',
  EU: 'EU',
  other: 'Other',
};

export const REC_STATUSES = ['draft', 'proposed', 'agreed', 'not-agreed', 'merged'] as const;
export type RecStatus = (typeof REC_STATUSES)[number];
export const STATUS_LABELS: Record<RecStatus, string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  agreed: 'Agreed',
  'not-agreed': 'Not agreed',
  merged: 'Merged',
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** Mechanisms of civil-society participation (the concept note's second expected outcome). */
export const MECHANISMS = ['regional-platform', 'consultations', 'working-group', 'joint-monitoring', 'advisory-council', 'other'] as const;
export type Mechanism = (typeof MECHANISMS)[number];
export const MECHANISM_LABELS: Record<Mechanism, string> = {
  'regional-platform': 'Seat in a regional platform',
  consultations: 'Regular consultations',
  'working-group': 'Joint working group',
  'joint-monitoring': 'Joint monitoring and reporting',
  'advisory-council': 'Advisory council',
  other: 'Other',
};

/** How far an action of the Roadmap of Cooperation has come. */
export const ACTION_PROGRESS = ['planned', 'in-progress', 'done'] as const;
export type ActionProgress = (typeof ACTION_PROGRESS)[number];
export const PROGRESS_LABELS: Record<ActionProgress, string> = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done' };

/**
 * A recommendation as an action of the Roadmap of Cooperation: what is to
 * be done, who leads, with whom, by when, which mechanism of civil-society
 * participation, how far it has come. Every record has one (empty until
 * filled); the roadmap lists the agreed records.
 */
export interface RoadmapAction {
  /** What is to be done; empty means the recommendation's title (or text) says it. */
  action: string;
  lead: string;
  partners: string;
  /** By when, a date (YYYY-MM-DD) or not set. */
  due: string | null;
  mechanism: Mechanism | null;
  progress: ActionProgress;
}

export function emptyRoadmap(): RoadmapAction {
  return { action: '', lead: '', partners: '', due: null, mechanism: null, progress: 'planned' };
}

/** How many earlier version stamps a record remembers; older ones make a later import a conflict, never a loss. */
export const PRIOR_VERSIONS_KEPT = 64;

export interface Recommendation {
  /** Stable UUID, kept across exports and merges. */
  id: string;
  text: string;
  title: string;
  pillar: WpsPillar | null;
  objective: Objective | null;
  outcome: ExpectedOutcome | null;
  countries: RecCountry[];
  addressees: Addressee[];
  status: RecStatus;
  priority: Priority | null;
  tags: string[];
  rapporteur: string;
  segmentId: string | null;
  speakerId: string | null;
  /** Set when status is "merged": the recommendation this one was merged into. */
  mergedInto: string | null;
  roadmap: RoadmapAction;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  /** `updatedAt` of the versions this record went through, oldest first. */
  priorVersions: EpochMs[];
}

/** The fields a version had that the next one changed (versions.ts). */
export type PastFields = Partial<Omit<Recommendation, 'id' | 'updatedAt' | 'priorVersions'>>;

/** What a record says: every field but its id and version stamps (compared by merge.ts, kept as past versions by versions.ts). */
export const CONTENT_FIELDS = [
  'text',
  'title',
  'pillar',
  'objective',
  'outcome',
  'countries',
  'addressees',
  'status',
  'priority',
  'tags',
  'rapporteur',
  'segmentId',
  'speakerId',
  'mergedInto',
  'roadmap',
  'createdAt',
] as const satisfies ReadonlyArray<keyof PastFields>;

/**
 * The fields a rapporteur chooses between when resolving a conflict: each
 * taken whole from one side (or edited). The segment and the speaker go
 * together ("attachment"), and so do the status and its merge link.
 */
export const MERGE_FIELDS = [
  'text',
  'title',
  'status',
  'priority',
  'pillar',
  'objective',
  'outcome',
  'countries',
  'addressees',
  'tags',
  'rapporteur',
  'attachment',
  'roadmap.action',
  'roadmap.lead',
  'roadmap.partners',
  'roadmap.due',
  'roadmap.mechanism',
  'roadmap.progress',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
/** The fields a rapporteur may also write anew when resolving (free text). */
export const EDITABLE_MERGE_FIELDS = ['text', 'title', 'tags', 'rapporteur', 'roadmap.action', 'roadmap.lead', 'roadmap.partners'] as const satisfies readonly MergeField[];
export type EditableMergeField = (typeof EDITABLE_MERGE_FIELDS)[number];
export type MergeChoice = 'ours' | 'theirs' | 'edited';

/** One line of the merge summary: an import, or a conflict resolved. */
export type MergeEntry =
  | { kind: 'import'; at: EpochMs; source: string; author: string; added: string[]; updated: string[]; unchanged: number; conflicts: string[] }
  | { kind: 'resolve'; at: EpochMs; source: string; author: string; id: string; choices: Partial<Record<MergeField, MergeChoice>> };

/** The same record edited on both sides of an import: kept until the rapporteur resolves it. */
export interface RecommendationConflict {
  id: string;
  /** Their version; ours stays in `items` and can be edited meanwhile. */
  theirs: Recommendation;
  /** The last version both sides had, when this laptop remembers it (versions.ts): what each side changed is what differs from it. */
  base: Recommendation | null;
  /** The file (or rapporteur) it came from. */
  source: string;
  detectedAt: EpochMs;
}

/** What the rapporteur was typing in the quick-capture box, saved as they type. */
export interface CaptureDraft {
  rapporteur: string;
  text: string;
  updatedAt: EpochMs;
}

/** How an imported record names a segment or speaker of another session (see export/merge.ts). */
export interface ForeignSegment {
  title: string;
  part: string;
}

export interface RecommendationBook {
  /** Shard key (see recShard) -> id -> record. */
  byShard: Record<string, Record<string, Recommendation>>;
  conflicts: Record<string, RecommendationConflict>;
  /**
   * Quick-capture drafts, one per rapporteur. A list, not a map by name: a
   * name is whatever a rapporteur types ("constructor" included), and a
   * key of the document must never be one an object already has.
   */
  drafts: CaptureDraft[];
  /** Names of segments and speakers that imported records refer to and this run-of-show does not have. */
  foreign: { segments: Record<string, ForeignSegment>; speakers: Record<string, string> };
  /** Shard key -> id -> version stamp -> what that version said where the next differs (versions.ts). */
  past: Record<string, Record<string, Record<string, PastFields>>>;
  /** Every import and every resolved conflict, by when it happened: the merge summary (merge.ts). */
  merges: Record<string, MergeEntry>;
}

/** The part of the session document the record reads and changes: the record, and the agenda it is tagged to. */
export interface RecommendationsDoc extends RunOfShowDoc {
  recommendations: RecommendationBook;
}

/** A rapporteur's capture draft, if the host keeps one. */
export function draftOf(book: Pick<RecommendationBook, 'drafts'>, rapporteur: string): CaptureDraft | undefined {
  return book.drafts.find((d) => d.rapporteur === rapporteur);
}

export function emptyBook(): RecommendationBook {
  return { byShard: {}, conflicts: {}, drafts: [], foreign: { segments: {}, speakers: {} }, past: {}, merges: {} };
}

/** The shard of an id: two hex digits of its FNV-1a hash. */
export function recShard(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash & 0xff).toString(16).padStart(2, '0');
}

type Shards<R> = { byShard: Record<string, Record<string, R>> };

export function getRecommendation<R extends Recommendation>(book: Shards<R>, id: string): R | undefined {
  return book.byShard[recShard(id)]?.[id];
}

/** Adds or replaces a record (on a draft or a plain book). */
export function putRecommendation(book: Shards<Recommendation>, record: Recommendation): void {
  const key = recShard(record.id);
  const shard = book.byShard[key];
  if (shard) shard[record.id] = record;
  else book.byShard[key] = { [record.id]: record };
}

/** Every record, in no particular order (sort with byCreation where order matters). */
export function allRecommendations(book: Pick<RecommendationBook, 'byShard'>): Recommendation[] {
  return Object.values(book.byShard).flatMap((shard) => Object.values(shard));
}

/** The stamp for the next version of a record: now, but always after the current one. */
export function nextVersionAt(current: EpochMs, now: EpochMs): EpochMs {
  return Math.max(now, current + 1) as EpochMs;
}

/** Version stamps sorted, without repeats, keeping the newest PRIOR_VERSIONS_KEPT. */
export function mergeVersions(...lists: ReadonlyArray<readonly EpochMs[]>): EpochMs[] {
  const all = [...new Set(lists.flat())].sort((a, b) => a - b);
  return all.slice(-PRIOR_VERSIONS_KEPT);
}

/** Chronological order, ties broken by id: the order of every export. */
export function byCreation(a: Recommendation, b: Recommendation): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A short label for lists: the title, or the start of the text. */
export function recommendationLabel(rec: Pick<Recommendation, 'title' | 'text'>, max = 80): string {
  const source = rec.title.trim() !== '' ? rec.title.trim() : rec.text.trim().replace(/\s+/g, ' ');
  return source.length > max ? `${source.slice(0, max - 1)}…` : source;
}
