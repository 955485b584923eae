/**
 * The host's half of every export and import, whatever asks for it (the
 * browser over the method map, the desktop app's save and open dialogs,
 * `npm run export`): `exportFor` builds the file from the session as it is
 * now, text formats in shared code and PDF, DOCX and XLSX here
 * (documents/), and `importText` checks another rapporteur's export and
 * merges it through one journaled rec.import command.
 */
import type { SessionHost } from '../session/session-host';
import { EXPORT_SCOPES, exportFile, isTextFormat, renderExport, type BinaryFormat, type ExportFile, type ExportFormat, type ExportOptions } from '../../../shared/session/exports';
import type { SessionDoc } from '../../../shared/session/document';
import { allows, type Scope } from '../../../shared/kernel/scopes';
import { CommandRejected } from '../../../shared/kernel/errors';
import type { EpochMs } from '../../../shared/kernel/units';
import type { ExportMeta } from '../../../shared/recommendations/files/format';
import { parseImportFile } from '../../../shared/recommendations/files/import-file';
import { planImport, summarize } from '../../../shared/recommendations/merge';
import { outcomeDocument } from '../../../shared/publish/outcome';
import { roadmapTable } from '../../../shared/publish/roadmap';
import { workbookSheets, type SheetName } from '../../../shared/publish/workbook';
import type { ImportOutcome } from '../../../shared/contract/files';
import { scopeRefusal, type HandlerSet } from '../net/dispatcher';
import { agendaDownload, previewAgenda } from './agenda-files';
import { outcomePdf, roadmapPdf } from './documents/pdf';
import { outcomeDocx, roadmapDocx } from './documents/docx';
import { workbookXlsx } from './documents/xlsx';

/** The bytes of an export file, to write to disk. */
export function fileBytes(file: ExportFile): Buffer {
  return Buffer.from(file.body, file.encoding);
}

/** The workbook's sheets a caller may see: the record's for a rapporteur, the timing report for the technician, all for the console. */
export function sheetsFor(scope: Scope): SheetName[] {
  return [...(allows(scope, 'rapporteur') ? (['recommendations', 'roadmap'] as const) : []), ...(allows(scope, 'control') ? (['timing'] as const) : [])];
}

async function binaryOf(doc: SessionDoc, format: BinaryFormat, meta: ExportMeta, options: ExportOptions, scope: Scope): Promise<Buffer> {
  const language = doc.settings.language;
  switch (format) {
    case 'report-pdf':
      return outcomePdf(outcomeDocument(doc, language, meta, { annex: options.annex ?? false }));
    case 'report-docx':
      return outcomeDocx(outcomeDocument(doc, language, meta, { annex: options.annex ?? false }));
    case 'roadmap-pdf':
      return roadmapPdf(roadmapTable(doc, language), language);
    case 'roadmap-docx':
      return roadmapDocx(roadmapTable(doc, language), language);
    case 'xlsx':
      return workbookXlsx(workbookSheets(doc, language, meta.exportedAt as EpochMs, sheetsFor(scope)), doc.event.title);
  }
}

/** The file of a format, as the session is now, for a caller with `scope` (the console: everything). */
export async function exportFor(host: SessionHost, format: ExportFormat, options: ExportOptions = {}, scope: Scope = 'local'): Promise<ExportFile> {
  return exportDoc(host.current.doc, format, { exportedAt: host.now(), appVersion: host.getSnapshot().meta.appVersion }, options, scope);
}

/** The file of a format from a document (the host's, or one `npm run export` read). */
export async function exportDoc(doc: SessionDoc, format: ExportFormat, meta: ExportMeta, options: ExportOptions = {}, scope: Scope = 'local'): Promise<ExportFile> {
  if (isTextFormat(format)) return renderExport(doc, format, meta, options);
  return exportFile(doc, format, (await binaryOf(doc, format, meta, options, scope)).toString('base64'), 'base64');
}

/** Checks an export file, merges it through one journaled rec.import command (`author`'s undo step), and says what happened. */
export async function importText(host: SessionHost, text: string, fileName: string, author?: string): Promise<ImportOutcome> {
  const parsed = parseImportFile(text, fileName);
  if (!parsed.ok) return { status: 'failed', ...parsed.error };
  const { doc } = host.current;
  const summary = summarize(planImport(doc.recommendations, doc, parsed.command));
  const result = await host.dispatch(author === undefined ? parsed.command : { ...parsed.command, author });
  if (!result.ok) return { status: 'failed', where: result.error.field, message: result.error.message };
  return { status: 'imported', source: parsed.command.source, summary };
}

export function fileHandlers(host: SessionHost): HandlerSet {
  return {
    'files.export': ({ format, options }, caller) => {
      const needed = EXPORT_SCOPES[format];
      if (!needed.some((scope) => allows(caller.scope, scope))) throw new CommandRejected(scopeRefusal(caller.scope, [...needed]));
      return exportFor(host, format, options, caller.scope);
    },
    'files.import': ({ text, fileName, author }) => importText(host, text, fileName, author),
    'agenda.preview': ({ fileName, data, mode }) => previewAgenda(host.current.doc, Buffer.from(data, 'base64'), fileName, mode),
    'agenda.export': ({ format }) => agendaDownload(host.current.doc, format, host.now()),
    'agenda.import': async ({ command }) => {
      const result = await host.dispatch(command);
      if (!result.ok) throw new CommandRejected(result.error);
      return { version: result.version };
    },
  };
}
