/**
 * What an export or import the user asked for came to: the exports part of
 * ModeratorApi. Both transports answer with these (Electron after its save
 * and open dialogs, the browser after its download and upload).
 */
import type { ImportSummary } from './merge';

/** Serve mode's routes (local console only): GET ?format=json|csv|report, and POST of an export file. */
export const EXPORT_URL = '/api/export';
export const IMPORT_URL = '/api/import';
/** Request header with the uploaded file's name (URI-encoded), shown as the source of conflicts. */
export const FILE_NAME_HEADER = 'X-File-Name';
/** Request header with the importing rapporteur's name (URI-encoded): the import is their undo step. */
export const AUTHOR_HEADER = 'X-Rapporteur';

export type ExportOutcome = { status: 'saved'; fileName: string } | { status: 'cancelled' } | { status: 'failed'; where: string; message: string };

export type ImportOutcome =
  | { status: 'imported'; source: string; summary: ImportSummary }
  | { status: 'cancelled' }
  | { status: 'failed'; where: string; message: string };
