/**
 * Saving an export and picking an import, the way the platform does it: a
 * download and an upload in a browser (browser-files.ts), the native save
 * and open dialogs in the desktop app (desktop.saveFile, desktop.importFile).
 */
import type { Client } from '../../../shared/contract/client';
import type { AgendaExportFormat, ExportOutcome, ImportOutcome } from '../../../shared/contract/files';
import type { ExportFormat, ExportOptions } from '../../../shared/session/exports';

export interface Files {
  save(format: ExportFormat, options?: ExportOptions): Promise<ExportOutcome>;
  /** Picks another rapporteur's export and merges it in, as `author`'s undo step. */
  import(author?: string): Promise<ImportOutcome>;
  /** Saves the programme, the agenda or its template (agenda.export). */
  saveAgenda(format: AgendaExportFormat): Promise<ExportOutcome>;
}

export function desktopFiles(client: Client): Files {
  return {
    save: (format, options = {}) => client.call('desktop.saveFile', { format, options }),
    import: (author) => client.call('desktop.importFile', author === undefined ? {} : { author }),
    saveAgenda: (format) => client.call('desktop.saveAgenda', { format }),
  };
}
