/**
 * One entry point for every export: the format a user picks, the file it
 * becomes (name, type, text). Used by the serve-mode download route, the
 * desktop save dialog and `npm run export`, so all three write the same bytes.
 */
import type { RecommendationsDoc } from '../model';
import { recommendationsCsv } from './csv-export';
import { buildExport, serializeExport, type ExportMeta } from './format';
import { outcomeReport } from './report';

export const EXPORT_FORMATS = ['json', 'csv', 'report'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ExportFormat, string> = { json: 'JSON', csv: 'CSV', report: 'outcome report (HTML)' };

export interface ExportFile {
  fileName: string;
  contentType: string;
  /** File extensions, for save dialogs. */
  extensions: string[];
  text: string;
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function renderExport(doc: RecommendationsDoc, format: ExportFormat, meta: ExportMeta): ExportFile {
  const day = doc.event.date;
  switch (format) {
    case 'json':
      return { fileName: `recommendations-${day}.json`, contentType: 'application/json; charset=utf-8', extensions: ['json'], text: serializeExport(buildExport(doc, meta)) };
    case 'csv':
      return { fileName: `recommendations-${day}.csv`, contentType: 'text/csv; charset=utf-8', extensions: ['csv'], text: recommendationsCsv(doc) };
    case 'report':
      return { fileName: `outcome-report-${day}.html`, contentType: 'text/html; charset=utf-8', extensions: ['html'], text: outcomeReport(doc, meta) };
  }
}
