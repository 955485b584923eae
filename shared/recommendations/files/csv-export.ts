/**
 * The recommendations as a spreadsheet (CSV through shared/kernel/csv.ts: UTF-8
 * with BOM, quoting, formulas neutralised). One row per record in creation
 * order, labels instead of codes, times in the venue's zone.
 */
import { formatInTimeZone } from 'date-fns-tz';
import { toCsv } from '../../kernel/csv';
import type { RecommendationsDoc } from '../model';
import { attachmentNames, segmentLabel, speakerLabel } from '../names';
import {
  ADDRESSEE_LABELS,
  OBJECTIVE_LABELS,
  OUTCOME_LABELS,
  PILLAR_LABELS,
  PRIORITY_LABELS,
  REC_COUNTRY_LABELS,
  STATUS_LABELS,
  allRecommendations,
  byCreation,
} from '../model';

export function recommendationsCsv(doc: RecommendationsDoc): string {
  const zone = doc.event.timeZone;
  const names = attachmentNames(doc.parts, doc.recommendations.foreign);
  const time = (instant: number) => formatInTimeZone(instant, zone, 'yyyy-MM-dd HH:mm:ss');
  const header = [
    'ID',
    'Title',
    'Recommendation',
    'Status',
    'Priority',
    'WPS pillar',
    'Conference objective',
    'Expected outcome',
    'Countries',
    'Addressees',
    'Tags',
    'Rapporteur',
    'Segment',
    'Speaker',
    'Merged into',
    `Created (${zone})`,
    `Updated (${zone})`,
  ];
  const rows = allRecommendations(doc.recommendations)
    .sort(byCreation)
    .map((rec) => [
      rec.id,
      rec.title,
      rec.text,
      STATUS_LABELS[rec.status],
      rec.priority && PRIORITY_LABELS[rec.priority],
      rec.pillar && PILLAR_LABELS[rec.pillar],
      rec.objective && OBJECTIVE_LABELS[rec.objective],
      rec.outcome && OUTCOME_LABELS[rec.outcome],
      rec.countries.map((c) => REC_COUNTRY_LABELS[c]).join('; '),
      rec.addressees.map((a) => ADDRESSEE_LABELS[a]).join('; '),
      rec.tags.join('; '),
      rec.rapporteur,
      segmentLabel(names, rec.segmentId),
      speakerLabel(names, rec.speakerId),
      rec.mergedInto,
      time(rec.createdAt),
      time(rec.updatedAt),
    ]);
  return toCsv(header, rows);
}
