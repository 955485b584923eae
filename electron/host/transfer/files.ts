/**
 * The host's half of every export and import, whatever asks for it (the
 * browser over the method map, the desktop app's save and open dialogs):
 * `exportFor` builds the file from the session as it is now, `importText`
 * checks another rapporteur's export and merges it through one journaled
 * rec.import command.
 */
import type { SessionHost } from '../session/session-host';
import { EXPORT_SCOPES, renderExport, type ExportFile, type ExportFormat } from '../../../shared/session/exports';
import { allows } from '../../../shared/kernel/scopes';
import { CommandRejected } from '../../../shared/kernel/errors';
import { parseImportFile } from '../../../shared/recommendations/files/import-file';
import { planImport, summarize } from '../../../shared/recommendations/merge';
import type { ImportOutcome } from '../../../shared/contract/files';
import { scopeRefusal, type HandlerSet } from '../net/dispatcher';

/** The bytes of an export file, to write to disk. */
export function fileBytes(file: ExportFile): Buffer {
  return Buffer.from(file.body, file.encoding);
}

export async function exportFor(host: SessionHost, format: ExportFormat): Promise<ExportFile> {
  return renderExport(host.current.doc, format, { exportedAt: host.now(), appVersion: host.getSnapshot().meta.appVersion });
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
    'files.export': ({ format }, caller) => {
      if (!allows(caller.scope, EXPORT_SCOPES[format])) throw new CommandRejected(scopeRefusal(caller.scope, [EXPORT_SCOPES[format]]));
      return exportFor(host, format);
    },
    'files.import': ({ text, fileName, author }) => importText(host, text, fileName, author),
  };
}
