/**
 * One entry point for every file the session can become: the format a user
 * picks, the file it is (name, type, text). The host builds them for the
 * browser's download, the desktop's save dialog and `npm run export`
 * alike, so all three write the same bytes.
 */
import type { EpochMs } from '../kernel/units';
import type { Scope } from '../kernel/scopes';
import type { SessionDoc } from './document';
import { recommendationsCsv } from '../recommendations/files/csv-export';
import { buildExport, serializeExport, type ExportMeta } from '../recommendations/files/format';
import { outcomeReport } from '../recommendations/files/report';
import { timingReportCsv } from '../timer/speaking-time';

export const EXPORT_FORMATS = ['json', 'csv', 'report', 'timing'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What each file is, for the title of a save dialog ("Export the …"). */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'recommendations (JSON)',
  csv: 'recommendations (CSV)',
  report: 'outcome report (HTML)',
  timing: 'timing report (CSV)',
};

/** Who may have each file (kernel/scopes.ts): the recommendations are the rapporteurs', the timing report the technician's. */
export const EXPORT_SCOPES: Record<ExportFormat, Scope> = { json: 'rapporteur', csv: 'rapporteur', report: 'rapporteur', timing: 'control' };

export interface ExportFile {
  fileName: string;
  contentType: string;
  /** File extensions, for save dialogs. */
  extensions: string[];
  /** The content: UTF-8 text, or the bytes of a binary file (PDF, DOCX, XLSX) in base64, so that it travels in JSON. */
  body: string;
  encoding: 'utf8' | 'base64';
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function renderExport(doc: SessionDoc, format: ExportFormat, meta: ExportMeta): ExportFile {
  const day = doc.event.date;
  switch (format) {
    case 'json':
      return { fileName: `recommendations-${day}.json`, contentType: 'application/json; charset=utf-8', extensions: ['json'], body: serializeExport(buildExport(doc, meta)), encoding: 'utf8' };
    case 'csv':
      return { fileName: `recommendations-${day}.csv`, contentType: 'text/csv; charset=utf-8', extensions: ['csv'], body: recommendationsCsv(doc), encoding: 'utf8' };
    case 'report':
      return { fileName: `outcome-report-${day}.html`, contentType: 'text/html; charset=utf-8', extensions: ['html'], body: outcomeReport(doc, meta), encoding: 'utf8' };
    case 'timing':
      return { fileName: `timing-report-${day}.csv`, contentType: 'text/csv; charset=utf-8', extensions: ['csv'], body: timingReportCsv(doc, meta.exportedAt as EpochMs), encoding: 'utf8' };
  }
}
