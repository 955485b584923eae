/**
 * Files in the desktop app: native save and open dialogs in the main
 * process (desktop.saveFile, desktop.importFile). What is written and how an
 * import is checked and merged lives in host/transfer/files.ts, shared with
 * serve mode.
 */
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { SessionHost } from '../host/session/session-host';
import { exportFor, fileBytes, importText } from '../host/transfer/files';
import { FORMAT_LABELS, type ExportFormat, type ExportOptions } from '../../shared/session/exports';
import { IMPORT_MAX_BYTES } from '../../shared/recommendations/files/import-file';
import type { AgendaExportFormat, ExportOutcome, ImportOutcome } from '../../shared/contract/files';
import { agendaFile } from '../host/transfer/agenda-files';
import type { HandlerSet } from '../host/net/dispatcher';

export interface DialogContext {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window the dialog belongs to. */
  parent: () => BrowserWindow | null;
  /** Where the save dialog starts. */
  documentsDir: string;
}

const failed = (where: string, message: string) => ({ status: 'failed', where, message }) as const;

function askSave({ dialog, parent }: DialogContext, options: SaveDialogOptions) {
  const window = parent();
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

function askOpen({ dialog, parent }: DialogContext, options: OpenDialogOptions) {
  const window = parent();
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

async function saveExport(host: SessionHost, context: DialogContext, format: ExportFormat, options: ExportOptions): Promise<ExportOutcome> {
  const file = await exportFor(host, format, options);
  const choice = await askSave(context, {
    title: `Export the ${FORMAT_LABELS[format]}`,
    defaultPath: join(context.documentsDir, file.fileName),
    filters: [{ name: FORMAT_LABELS[format], extensions: file.extensions }],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  try {
    await writeFileAtomic(choice.filePath, fileBytes(file), { fsync: true });
  } catch (error) {
    return failed('file', `could not be written: ${(error as Error).message}`);
  }
  return { status: 'saved', fileName: basename(choice.filePath) };
}

const AGENDA_LABELS: Record<AgendaExportFormat, string> = { pdf: 'programme (PDF)', xlsx: 'agenda (XLSX)', ics: 'agenda (iCalendar)', template: 'agenda template (CSV)' };

async function saveAgenda(host: SessionHost, context: DialogContext, format: AgendaExportFormat): Promise<ExportOutcome> {
  const file = await agendaFile(host.current.doc, format, host.now());
  const choice = await askSave(context, {
    title: `Export the ${AGENDA_LABELS[format]}`,
    defaultPath: join(context.documentsDir, file.fileName),
    filters: [{ name: AGENDA_LABELS[format], extensions: file.extensions }],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  try {
    await writeFileAtomic(choice.filePath, file.bytes, { fsync: true });
  } catch (error) {
    return failed('file', `could not be written: ${(error as Error).message}`);
  }
  return { status: 'saved', fileName: basename(choice.filePath) };
}

async function openImport(host: SessionHost, context: DialogContext, author: string | undefined): Promise<ImportOutcome> {
  const choice = await askOpen(context, {
    title: 'Import a rapporteur’s recommendations (JSON export)',
    properties: ['openFile'],
    filters: [{ name: 'Recommendations export', extensions: ['json'] }],
  });
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return { status: 'cancelled' };
  try {
    if ((await stat(path)).size > IMPORT_MAX_BYTES) return failed('file', `is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
    return await importText(host, text, basename(path), author);
  } catch (error) {
    return failed('file', error instanceof TypeError ? 'is not UTF-8 text' : `could not be read: ${(error as Error).message}`);
  }
}

export function fileDialogHandlers(host: SessionHost, context: DialogContext): HandlerSet {
  return {
    'desktop.saveFile': ({ format, options }) => saveExport(host, context, format, options ?? {}),
    'desktop.importFile': ({ author }) => openImport(host, context, author),
    'desktop.saveAgenda': ({ format }) => saveAgenda(host, context, format),
  };
}
