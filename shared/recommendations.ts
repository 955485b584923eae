/**
 * The rapporteur's record: recommendations as they are made, tagged to the
 * agenda, the WPS pillars and the conference objectives. Kept as a map by id
 * so that one edit is one small patch whatever the number of records.
 */
import type { EpochMs } from './units';

export const WPS_PILLARS = ['prevention', 'participation', 'protection', 'relief-and-recovery'] as const;
export type WpsPillar = (typeof WPS_PILLARS)[number];

/** The concept note's three directions. */
export const OBJECTIVES = ['participation-and-security-policy', 'prevention-and-trust', 'legislation'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export const EXPECTED_OUTCOMES = ['roadmap', 'civil-society-mechanisms', 'other'] as const;
export type ExpectedOutcome = (typeof EXPECTED_OUTCOMES)[number];

export const REC_COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'regional', 'other'] as const;
export type RecCountry = (typeof REC_COUNTRIES)[number];

export const ADDRESSEES = ['parliaments', 'governments', 'national-womens-machinery', 'civil-society', 'UN', 'OSCE', 'EU', 'other'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

export const REC_STATUSES = ['draft', 'proposed', 'agreed', 'not-agreed', 'merged'] as const;
export type RecStatus = (typeof REC_STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

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
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

/** The same record edited on both sides of an import: kept until the rapporteur resolves it. */
export interface RecommendationConflict {
  id: string;
  ours: Recommendation;
  theirs: Recommendation;
  source: string;
  detectedAt: EpochMs;
}

export interface RecommendationBook {
  items: Record<string, Recommendation>;
  conflicts: Record<string, RecommendationConflict>;
}

export function emptyBook(): RecommendationBook {
  return { items: {}, conflicts: {} };
}

