/**
 * The Roadmap of Cooperation as a table, in the session's language: one
 * row per agreed recommendation, in the outcome document's order and with
 * its numbers, each an action (what, who leads, with whom, by when, which
 * mechanism of civil-society participation, status). "What" is the
 * action as written on the roadmap, else the recommendation's title, else
 * its text. Rendered as a table in DOCX and PDF (host) and as a sheet of
 * the workbook.
 */
import type { Language } from '../i18n/languages';
import type { RecommendationsDoc } from '../recommendations/model';
import { agreedRecommendations } from './outcome';
import { wordsFor } from './words';

export const ROADMAP_COLUMNS = ['number', 'action', 'lead', 'partners', 'due', 'mechanism', 'progress'] as const;
export type RoadmapColumn = (typeof ROADMAP_COLUMNS)[number];

export interface RoadmapRow {
  number: number;
  recommendationId: string;
  action: string;
  lead: string;
  partners: string;
  /** YYYY-MM-DD, or null when not set. */
  due: string | null;
  /** `due` written in the language, '' when not set. */
  dueText: string;
  mechanism: string;
  progress: string;
}

export interface RoadmapTable {
  title: string;
  intro: string;
  /** The column headings, in ROADMAP_COLUMNS order. */
  headings: Record<RoadmapColumn, string>;
  rows: RoadmapRow[];
  /** Said when there are no rows. */
  empty: string;
  runningHeader: string;
  pageTemplate: string;
}

export function roadmapTable(doc: RecommendationsDoc, language: Language): RoadmapTable {
  const words = wordsFor(language);
  const { t } = words;
  const rows = agreedRecommendations(doc.recommendations).map((rec, index) => ({
    number: index + 1,
    recommendationId: rec.id,
    action: rec.roadmap.action || rec.title || rec.text,
    lead: rec.roadmap.lead,
    partners: rec.roadmap.partners,
    due: rec.roadmap.due,
    dueText: rec.roadmap.due === null ? '' : words.date(rec.roadmap.due),
    mechanism: rec.roadmap.mechanism === null ? '' : words.name('mechanism', rec.roadmap.mechanism),
    progress: words.name('progress', rec.roadmap.progress),
  }));
  return {
    title: t('publish.roadmapTitle'),
    intro: t('publish.roadmapIntro', { event: doc.event.title }),
    headings: Object.fromEntries(ROADMAP_COLUMNS.map((c) => [c, t(`roadmap.${c}`)])) as Record<RoadmapColumn, string>,
    rows,
    empty: t('roadmap.none'),
    runningHeader: `${t('publish.roadmapTitle')} · ${doc.event.title}`,
    pageTemplate: t('publish.page'),
  };
}
