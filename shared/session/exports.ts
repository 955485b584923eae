/**
 * One entry point for every file the session can become: the format a user
 * picks, the file it is (name, type, content). The host builds them for the
 * browser's download, the desktop's save dialog and `npm run export`
 * alike, so all three write the same bytes.
 *
 * Text files (JSON, CSV, the outcome document as HTML) are rendered here,
 * in pure code. Binary files (PDF, DOCX, XLSX) are rendered by the host
 * (electron/host/transfer/documents/) from the same structures
 * (shared/publish/), because their writers are Node libraries; they travel
 * as base64 (`encoding`), and the browser's download turns them back into
 * bytes.
 */
import { z } from 'zod';
import type { EpochMs } from '../kernel/units';
import type { Scope } from '../kernel/scopes';
import type { SessionDoc } from './document';
import { recommendationsCsv } from '../recommendations/files/csv-export';
import { mergeSummaryCsv } from '../recommendations/files/merge-summary';
import { buildExport, serializeExport, type ExportMeta } from '../recommendations/files/format';
import { outcomeDocument } from '../publish/outcome';
import { outcomeHtml } from '../publish/html';
import { timingReportCsv } from '../timer/speaking-time';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'report', 'report-pdf', 'report-docx', 'roadmap-pdf', 'roadmap-docx', 'merges', 'timing'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const TEXT_FORMATS = ['json', 'csv', 'report', 'merges', 'timing'] as const satisfies readonly ExportFormat[];
export type TextFormat = (typeof TEXT_FORMATS)[number];
export type BinaryFormat = Exclude<ExportFormat, TextFormat>;

/** What each file is, for the title of a save dialog ("Export the …"). */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'recommendations (JSON)',
  csv: 'recommendations (CSV, for tools)',
  xlsx: 'workbook (XLSX)',
  report: 'outcome document (HTML)',
  'report-pdf': 'outcome document (PDF)',
  'report-docx': 'outcome document (DOCX)',
  'roadmap-pdf': 'Roadmap of Cooperation (PDF)',
  'roadmap-docx': 'Roadmap of Cooperation (DOCX)',
  merges: 'merge summary (CSV)',
  timing: 'timing report (CSV)',
};

/**
 * Who may have each file (kernel/scopes.ts), any of the scopes listed: the
 * recommendations and what is made of them are the rapporteurs', the timing
 * report the technician's. The workbook is for both; its sheets are those
 * the caller may see (sheetsFor).
 */
export const EXPORT_SCOPES: Record<ExportFormat, readonly Scope[]> = {
  json: ['rapporteur'],
  csv: ['rapporteur'],
  xlsx: ['rapporteur', 'control'],
  report: ['rapporteur'],
  'report-pdf': ['rapporteur'],
  'report-docx': ['rapporteur'],
  'roadmap-pdf': ['rapporteur'],
  'roadmap-docx': ['rapporteur'],
  merges: ['rapporteur'],
  timing: ['control'],
};

/** Choices a user makes for an export; each format reads those it knows. */
export const exportOptionsSchema = z.strictObject({
  /** The outcome document: add an annex of the recommendations that were not agreed. */
  annex: z.boolean('must be true or false').optional(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

export interface ExportFile {
  fileName: string;
  contentType: string;
  /** File extensions, for save dialogs. */
  extensions: string[];
  /** The content: UTF-8 text, or the bytes of a binary file (PDF, DOCX, XLSX) in base64, so that it travels in JSON. */
  body: string;
  encoding: 'utf8' | 'base64';
}

interface FileType {
  /** The file's name before the event day: "outcome-document" -> outcome-document-2023-10-16.pdf */
  stem: string;
  extension: string;
  contentType: string;
}

const FILE_TYPES: Record<ExportFormat, FileType> = {
  json: { stem: 'recommendations', extension: 'json', contentType: 'application/json; charset=utf-8' },
  csv: { stem: 'recommendations', extension: 'csv', contentType: 'text/csv; charset=utf-8' },
  xlsx: { stem: 'workbook', extension: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  report: { stem: 'outcome-document', extension: 'html', contentType: 'text/html; charset=utf-8' },
  'report-pdf': { stem: 'outcome-document', extension: 'pdf', contentType: 'application/pdf' },
  'report-docx': { stem: 'outcome-document', extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  'roadmap-pdf': { stem: 'roadmap', extension: 'pdf', contentType: 'application/pdf' },
  'roadmap-docx': { stem: 'roadmap', extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  merges: { stem: 'merge-summary', extension: 'csv', contentType: 'text/csv; charset=utf-8' },
  timing: { stem: 'timing-report', extension: 'csv', contentType: 'text/csv; charset=utf-8' },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function isTextFormat(format: ExportFormat): format is TextFormat {
  return (TEXT_FORMATS as readonly string[]).includes(format);
}

/** The file around a content: its name after the event day, its type. */
export function exportFile(doc: Pick<SessionDoc, 'event'>, format: ExportFormat, body: string, encoding: ExportFile['encoding']): ExportFile {
  const type = FILE_TYPES[format];
  return { fileName: `${type.stem}-${doc.event.date}.${type.extension}`, contentType: type.contentType, extensions: [type.extension], body, encoding };
}

function textOf(doc: SessionDoc, format: TextFormat, meta: ExportMeta, options: ExportOptions): string {
  switch (format) {
    case 'json':
      return serializeExport(buildExport(doc, meta));
    case 'csv':
      return recommendationsCsv(doc);
    case 'report':
      return outcomeHtml(outcomeDocument(doc, doc.settings.language, meta, { annex: options.annex ?? false }));
    case 'merges':
      return mergeSummaryCsv(doc);
    case 'timing':
      return timingReportCsv(doc, meta.exportedAt as EpochMs);
  }
}

/** A text export (binary ones are the host's: electron/host/transfer/files.ts). */
export function renderExport(doc: SessionDoc, format: TextFormat, meta: ExportMeta, options: ExportOptions = {}): ExportFile {
  return exportFile(doc, format, textOf(doc, format, meta, options), 'utf8');
}
