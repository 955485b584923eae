/**
 * The merge summary as CSV: every import (what it added, updated, left
 * unchanged and left in conflict) and every conflict resolved (which
 * fields were kept, taken from the other rapporteur, or written anew), in
 * the order they happened, times in the venue's zone. What a lead
 * rapporteur keeps as the record of how several rapporteurs' work became
 * one.
 */
import { formatInTimeZone } from 'date-fns-tz';
import { toCsv } from '../../kernel/csv';
import { getRecommendation, recommendationLabel, type MergeChoice, type MergeEntry, type MergeField, type RecommendationsDoc } from '../model';

const fieldsWith = (choices: Partial<Record<MergeField, MergeChoice>>, choice: MergeChoice) =>
  (Object.entries(choices) as Array<[MergeField, MergeChoice]>)
    .filter(([, c]) => c === choice)
    .map(([field]) => field)
    .join('; ');

export function mergeSummaryCsv(doc: RecommendationsDoc): string {
  const zone = doc.event.timeZone;
  const book = doc.recommendations;
  const label = (id: string) => {
    const rec = getRecommendation(book, id);
    return rec ? recommendationLabel(rec) : '';
  };
  const entries = Object.values(book.merges).sort((a, b) => a.at - b.at);
  const rows: Array<Array<string | number>> = [];
  const time = (entry: MergeEntry) => formatInTimeZone(entry.at, zone, 'yyyy-MM-dd HH:mm:ss');
  for (const entry of entries) {
    if (entry.kind === 'import') {
      const counts = `${entry.added.length} added, ${entry.updated.length} updated, ${entry.unchanged} unchanged, ${entry.conflicts.length} in conflict`;
      rows.push([time(entry), 'import', entry.source, entry.author, '', '', counts, '', '', '']);
      for (const [ids, result] of [[entry.added, 'added'], [entry.updated, 'updated'], [entry.conflicts, 'conflict']] as const) {
        for (const id of ids) rows.push([time(entry), 'import', entry.source, entry.author, id, label(id), result, '', '', '']);
      }
    } else {
      rows.push([time(entry), 'resolve', entry.source, entry.author, entry.id, label(entry.id), 'resolved', fieldsWith(entry.choices, 'theirs'), fieldsWith(entry.choices, 'ours'), fieldsWith(entry.choices, 'edited')]);
    }
  }
  return toCsv([`Time (${zone})`, 'Action', 'Source', 'Rapporteur', 'Recommendation ID', 'Recommendation', 'Result', 'Taken from theirs', 'Kept ours', 'Written anew'], rows);
}
