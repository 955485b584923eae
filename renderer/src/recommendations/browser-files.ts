/**
 * The exports part of ModeratorApi in a browser (serve mode): an export is
 * fetched from the host's local route and handed to the browser as a
 * download; an import is a file the user picks, uploaded to the host.
 */
import type { ExportFormat } from '../../../shared/export/files';
import { IMPORT_MAX_BYTES } from '../../../shared/export/import-file';
import { AUTHOR_HEADER, EXPORT_URL, FILE_NAME_HEADER, IMPORT_URL, type ExportOutcome, type ImportOutcome } from '../../../shared/export/transfer';

function failed(where: string, message: string): { status: 'failed'; where: string; message: string } {
  return { status: 'failed', where, message };
}

/** The name from Content-Disposition (RFC 6266 `filename*` first). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (encoded) return decodeURIComponent(encoded[1]!);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function downloadExport(format: ExportFormat): Promise<ExportOutcome> {
  let response: Response;
  try {
    response = await fetch(`${EXPORT_URL}?format=${format}`, { cache: 'no-store' });
  } catch (error) {
    return failed('connection', (error as Error).message);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ImportOutcome | null;
    return body?.status === 'failed' ? body : failed('export', `the host answered ${response.status}`);
  }
  const fileName = fileNameOf(response.headers.get('Content-Disposition'), `recommendations.${format}`);
  saveBlob(await response.blob(), fileName);
  return { status: 'saved', fileName };
}

async function upload(file: File, author: string | undefined): Promise<ImportOutcome> {
  if (file.size > IMPORT_MAX_BYTES) return failed('file', `is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  try {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', [FILE_NAME_HEADER]: encodeURIComponent(file.name) };
    if (author !== undefined) headers[AUTHOR_HEADER] = encodeURIComponent(author);
    const response = await fetch(IMPORT_URL, {
      method: 'POST',
      headers,
      body: file,
    });
    return (await response.json()) as ImportOutcome;
  } catch (error) {
    return failed('connection', (error as Error).message);
  }
}

/** Opens the browser's file picker; must be called from a user's click. */
export function uploadImport(author?: string): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void upload(file, author).then(resolve);
      else resolve({ status: 'cancelled' });
    });
    input.click();
  });
}
