/**
 * What an export or import the user asked for came to. Both platforms
 * answer with these: the browser after its download and upload, the
 * desktop app after its save and open dialogs.
 */
import type { ImportSummary } from '../recommendations/merge';
import type { AgendaPreview } from '../run-of-show/agenda-sheet';

export type ExportOutcome = { status: 'saved'; fileName: string } | { status: 'cancelled' } | { status: 'failed'; where: string; message: string };

export type ImportOutcome =
  | { status: 'imported'; source: string; summary: ImportSummary }
  | { status: 'cancelled' }
  | { status: 'failed'; where: string; message: string };

/** The run-of-show's own files (electron/host/transfer/agenda-files.ts, docs/agenda-files.md). */
/** `template` is the empty agenda to fill in (CSV), the rest the run-of-show as it stands. */
export const AGENDA_EXPORT_FORMATS = ['pdf', 'xlsx', 'ics', 'template'] as const;
export type AgendaExportFormat = (typeof AGENDA_EXPORT_FORMATS)[number];

/** A binary file the host built, for a browser's download. */
export interface BinaryFile {
  fileName: string;
  contentType: string;
  extensions: string[];
  base64: string;
}

/** What reading an agenda file came to: a preview to confirm (nothing changed yet), or why the file can not be read at all. */
export type AgendaPreviewOutcome = { status: 'preview'; preview: AgendaPreview } | { status: 'cancelled' } | { status: 'failed'; where: string; message: string };
