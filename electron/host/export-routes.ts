/**
 * Serve mode's file routes for the rapporteur, on the local console only:
 *   GET  /api/export?format=json|csv|report  the export as a download
 *   POST /api/import                         another rapporteur's JSON export
 *                                            as the body (at most 20 MB),
 *                                            answered with an ImportOutcome
 * Network views never get them (403), nor does a page whose Host is not a
 * loopback name (DNS rebinding) or, for the import, a cross-origin form: it
 * must be same-origin JSON. Also the host-side halves of the desktop app's
 * save and open dialogs: `exportFor` and `importText`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SessionHost } from './session-host';
import { sameOrigin, type Client } from './server';
import { isExportFormat, renderExport, EXPORT_FORMATS, type ExportFile, type ExportFormat } from '../../shared/export/files';
import { IMPORT_MAX_BYTES, parseImportFile } from '../../shared/export/import-file';
import { planImport, summarize } from '../../shared/export/merge';
import { AUTHOR_HEADER, EXPORT_URL, FILE_NAME_HEADER, IMPORT_URL, type ImportOutcome } from '../../shared/export/transfer';


const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

export function exportFor(host: SessionHost, format: ExportFormat): ExportFile {
  return renderExport(host.current.doc, format, { exportedAt: host.now(), appVersion: host.getSnapshot().meta.appVersion });
}

/** Checks an export file, merges it through one journaled rec.import command (`author`'s undo step), and says what happened. */
export async function importText(host: SessionHost, text: string, fileName: string, author?: string): Promise<ImportOutcome> {
  const parsed = parseImportFile(text, fileName);
  if (!parsed.ok) return { status: 'failed', ...parsed.error };
  const { doc } = host.current;
  const summary = summarize(planImport(doc.recommendations, doc.parts, parsed.command));
  const result = await host.dispatch(author === undefined ? parsed.command : { ...parsed.command, author });
  if (!result.ok) return { status: 'failed', where: result.error.field, message: result.error.message };
  return { status: 'imported', source: parsed.command.source, summary };
}

function hostName(req: IncomingMessage): string {
  try {
    return new URL(`http://${req.headers.host ?? ''}`).hostname;
  } catch {
    return '';
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

const failed = (where: string, message: string): ImportOutcome => ({ status: 'failed', where, message });

/** RFC 6266: an ASCII fallback and the exact UTF-8 name. */
function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendExport(host: SessionHost, url: URL, res: ServerResponse): void {
  const format = url.searchParams.get('format');
  if (!isExportFormat(format)) {
    reply(res, 400, failed('format', `must be one of: ${EXPORT_FORMATS.join(', ')}`));
    return;
  }
  const file = exportFor(host, format);
  res.writeHead(200, { ...HEADERS, 'Content-Type': file.contentType, 'Content-Disposition': attachment(file.fileName), 'Content-Security-Policy': 'sandbox' });
  res.end(file.text);
}

/** Reads the body up to the limit; null (and a 413 already sent) when it is larger. */
function readBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      res.writeHead(413, { ...HEADERS, 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
      res.end(JSON.stringify(failed('file', `is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`)), () => req.destroy());
      resolve(null);
    };
    if (Number(req.headers['content-length'] ?? 0) > IMPORT_MAX_BYTES) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= IMPORT_MAX_BYTES) chunks.push(chunk);
      else if (size - chunk.length <= IMPORT_MAX_BYTES) tooLarge();
    });
    req.on('end', () => {
      if (size <= IMPORT_MAX_BYTES) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/** A URI-encoded request header, or undefined when absent or not decodable. */
function encodedHeader(req: IncomingMessage, name: string): string | undefined {
  const raw = req.headers[name.toLowerCase()];
  try {
    return typeof raw === 'string' ? decodeURIComponent(raw) : undefined;
  } catch {
    return undefined;
  }
}

async function receiveImport(host: SessionHost, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!sameOrigin(req) || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    reply(res, 403, failed('request', 'imports are accepted only as JSON from the console page'));
    return;
  }
  const body = await readBody(req, res);
  if (body === null) return;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    reply(res, 400, failed('file', 'is not UTF-8 text'));
    return;
  }
  const outcome = await importText(host, text, encodedHeader(req, FILE_NAME_HEADER) ?? '', encodedHeader(req, AUTHOR_HEADER));
  reply(res, outcome.status === 'imported' ? 200 : 400, outcome);
}

/** The route handler for startServer's `routes`: true when it answered the request. */
export async function exportRoutes(host: SessionHost, req: IncomingMessage, res: ServerResponse, client: Client): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== EXPORT_URL && url.pathname !== IMPORT_URL) return false;
  if (client.kind !== 'local' || !LOOPBACK_NAMES.has(hostName(req))) {
    reply(res, 403, failed('request', 'exports and imports are available on the console computer only'));
    return true;
  }
  const method = url.pathname === EXPORT_URL ? 'GET' : 'POST';
  if (req.method !== method) {
    res.writeHead(405, { ...HEADERS, Allow: method }).end();
    return true;
  }
  if (method === 'GET') sendExport(host, url, res);
  else await receiveImport(host, req, res);
  return true;
}
