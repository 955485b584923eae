/**
 * Files in a browser (serve mode): an export is built by the host
 * (files.export) and handed to the browser as a download; an import is a
 * file the user picks, read here and sent to the host (files.import).
 */
import type { Client } from '../../../shared/contract/client';
import type { AgendaExportFormat, ExportOutcome, ImportOutcome } from '../../../shared/contract/files';
import { AGENDA_MAX_BYTES } from '../../../shared/run-of-show/agenda-sheet';
import type { ExportFormat, ExportOptions } from '../../../shared/session/exports';
import { IMPORT_MAX_BYTES } from '../../../shared/recommendations/files/import-file';
import type { Files } from './files';

const failed = (where: string, message: string) => ({ status: 'failed', where, message }) as const;

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The bytes of a binary export (PDF, DOCX, XLSX), which travel as base64. */
function base64Bytes(body: string): Uint8Array<ArrayBuffer> {
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Opens the browser's file picker; must be called from a user's click. */
function pickFile(accept = '.json,application/json'): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.click();
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export type PickedAgenda = { status: 'picked'; fileName: string; data: string } | { status: 'cancelled' } | { status: 'failed'; where: string; message: string };

/**
 * Picks an agenda file (XLSX or CSV) and reads it as base64 for
 * agenda.preview; the host decides what it is. In the desktop app the
 * picker is the system's open dialog. Must be called from a user's click.
 */
export async function pickAgendaFile(): Promise<PickedAgenda> {
  const file = await pickFile('.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  if (file === null) return { status: 'cancelled' };
  if (file.size > AGENDA_MAX_BYTES) return failed('file', `is larger than ${AGENDA_MAX_BYTES / 1024 / 1024} MB`);
  return { status: 'picked', fileName: file.name, data: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

export function browserFiles(client: Client): Files {
  return {
    async save(format: ExportFormat, options: ExportOptions = {}): Promise<ExportOutcome> {
      const file = await client.call('files.export', { format, options });
      saveBlob(new Blob([file.encoding === 'base64' ? base64Bytes(file.body) : file.body], { type: file.contentType }), file.fileName);
      return { status: 'saved', fileName: file.fileName };
    },
    async import(author?: string): Promise<ImportOutcome> {
      const file = await pickFile();
      if (file === null) return { status: 'cancelled' };
      if (file.size > IMPORT_MAX_BYTES) return failed('file', `is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
      } catch {
        return failed('file', 'is not UTF-8 text');
      }
      return client.call('files.import', author === undefined ? { fileName: file.name, text } : { fileName: file.name, text, author });
    },
    async saveAgenda(format: AgendaExportFormat): Promise<ExportOutcome> {
      const file = await client.call('agenda.export', { format });
      saveBlob(new Blob([fromBase64(file.base64)], { type: file.contentType }), file.fileName);
      return { status: 'saved', fileName: file.fileName };
    },
  };
}
