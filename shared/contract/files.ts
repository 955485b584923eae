/**
 * What an export or import the user asked for came to. Both platforms
 * answer with these: the browser after its download and upload, the
 * desktop app after its save and open dialogs.
 */
import type { ImportSummary } from '../recommendations/merge';

export type ExportOutcome = { status: 'saved'; fileName: string } | { status: 'cancelled' } | { status: 'failed'; where: string; message: string };

export type ImportOutcome =
  | { status: 'imported'; source: string; summary: ImportSummary }
  | { status: 'cancelled' }
  | { status: 'failed'; where: string; message: string };
