/**
 * The method map over HTTP: POST /api/call/<method> with the arguments as
 * a JSON body, answered with the call's result as JSON. Browsers use it
 * for calls larger than a WebSocket frame (an import of up to 20 MB); the
 * same dispatcher, scopes and schemas apply as on the socket.
 *
 * A browser page may only call from this server's own page (same origin,
 * JSON content type, so no cross-site form can post); the server has
 * already checked the Host (no DNS rebinding) and the caller's token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CALL_PATH, type CallResult } from '../../../shared/contract/protocol';
import { FRAME_MAX_BYTES, isMethodName, METHODS } from '../../../shared/contract/methods';
import type { CommandError } from '../../../shared/kernel/errors';
import { runCall, type Caller, type HandlerSet } from './dispatcher';
import { sameOrigin } from './origins';

const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'Content-Type': 'application/json; charset=utf-8' };

const STATUS: Record<CommandError['code'], number> = { invalid: 400, 'not-found': 404, conflict: 409, forbidden: 403, 'rate-limited': 429, internal: 500, unreachable: 502, 'not-saved': 507 };

function reply(res: ServerResponse, result: CallResult, close = false): void {
  const status = result.ok ? 200 : STATUS[result.error.code];
  res.writeHead(status, close ? { ...HEADERS, Connection: 'close' } : HEADERS).end(JSON.stringify(result));
}

const refused = (code: CommandError['code'], field: string, message: string): CallResult => ({ ok: false, error: { code, field, message } });

/** Reads the body up to `limit` bytes; null when it is larger. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : null));
    req.on('error', reject);
  });
}

/** Answers a call on CALL_PATH; false for any other path. */
export async function handleHttpCall(req: IncomingMessage, res: ServerResponse, caller: Caller, handlers: HandlerSet): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(CALL_PATH)) return false;
  const method = decodeURIComponent(url.pathname.slice(CALL_PATH.length));
  if (req.method !== 'POST') {
    res.writeHead(405, { ...HEADERS, Allow: 'POST' }).end(JSON.stringify(refused('invalid', 'request', 'calls are POST requests')));
    return true;
  }
  if (!sameOrigin(req) || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    reply(res, refused('forbidden', 'request', 'calls are accepted only as JSON from the console page'));
    return true;
  }
  const limit = isMethodName(method) ? (METHODS[method].maxBytes ?? FRAME_MAX_BYTES) : FRAME_MAX_BYTES;
  const body = await readBody(req, limit);
  if (body === null) {
    reply(res, refused('invalid', 'request', `is larger than ${Math.round(limit / 1024 / 1024)} MB`), true);
    req.resume();
    return true;
  }
  let args: unknown;
  try {
    args = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    reply(res, refused('invalid', 'request', 'the body is not JSON in UTF-8'));
    return true;
  }
  reply(res, await runCall(handlers, caller, method, args));
  return true;
}
