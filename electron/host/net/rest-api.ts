/**
 * The remote-control API over HTTP (docs/api.md): the routes of
 * shared/contract/remote.ts, each answered by a call of the method map
 * through the one dispatcher, so a remote has the scopes and checks of any
 * other view. The server has already checked the Host and the caller's
 * token (a `?token=`, an `Authorization: Bearer` or an `X-Moderator-Token`
 * header). Answers are JSON: the state, or `{ "ok": true, "version": N }`;
 * a refusal is a 4xx with `{ "ok": false, "error": { code, field, message } }`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchRoute, REST_ROUTES } from '../../../shared/contract/remote';
import type { CommandError } from '../../../shared/kernel/errors';
import { runCall, type Caller, type HandlerSet } from './dispatcher';
import { sameOrigin } from './origins';

export const REST_PREFIX = '/api/v1/';
const BODY_LIMIT = 16 * 1024;

const HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
const STATUS: Record<CommandError['code'], number> = { invalid: 400, 'not-found': 404, conflict: 409, forbidden: 403, 'rate-limited': 429, internal: 500, unreachable: 502, 'not-saved': 503 };

function refuse(res: ServerResponse, code: CommandError['code'], field: string, message: string, status = STATUS[code]): void {
  res.writeHead(status, HEADERS).end(JSON.stringify({ ok: false, error: { code, field, message } }));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= BODY_LIMIT ? Buffer.concat(chunks).toString('utf8') : null));
    req.on('error', reject);
  });
}

/** The first refusal of a zod parse, as a field path and a message. */
function issueOf(error: { issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }> }, prefix: string): { field: string; message: string } {
  const issue = error.issues[0]!;
  return { field: [prefix, ...issue.path.map(String)].join('.'), message: issue.message };
}

/** Answers a request under /api/v1/; false for any other path. */
export async function handleRestCall(req: IncomingMessage, res: ServerResponse, caller: Caller, handlers: HandlerSet): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(REST_PREFIX)) return false;
  if (!sameOrigin(req)) {
    refuse(res, 'forbidden', 'request', 'the API answers programs and this server’s own pages, not other sites');
    return true;
  }
  const matched = matchRoute(req.method ?? 'GET', url.pathname);
  if (!matched) {
    const allowed = REST_ROUTES.filter((r) => new RegExp(`^${r.path.replace('{id}', '[^/]+')}$`).test(url.pathname)).map((r) => r.method);
    if (allowed.length > 0) res.setHeader('Allow', allowed.join(', '));
    refuse(res, allowed.length > 0 ? 'invalid' : 'not-found', 'path', allowed.length > 0 ? `takes ${allowed.join(' or ')}` : `${url.pathname} is not an API route (see docs/api.md)`, allowed.length > 0 ? 405 : 404);
    return true;
  }
  const { route, id } = matched;
  const params = Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'token'));
  const query = route.query ? route.query.safeParse(params) : { success: true as const, data: {} };
  if (!query.success) {
    const { field, message } = issueOf(query.error, 'query');
    refuse(res, 'invalid', field, message);
    return true;
  }
  let body: unknown = undefined;
  if (route.body) {
    const text = await readBody(req);
    if (text === null) {
      refuse(res, 'invalid', 'body', `is larger than ${BODY_LIMIT / 1024} KB`);
      return true;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      refuse(res, 'invalid', 'body', 'is not JSON');
      return true;
    }
    const parsed = route.body.safeParse(json);
    if (!parsed.success) {
      const { field, message } = issueOf(parsed.error, 'body');
      refuse(res, 'invalid', field, message);
      return true;
    }
    body = parsed.data;
  }
  let call;
  try {
    call = route.call({ query: query.data, body, id });
  } catch (error) {
    const { field, message } = issueOf(error as { issues: [] }, 'path');
    refuse(res, 'invalid', field === 'path' ? 'path.id' : field, message);
    return true;
  }
  const result = await runCall(handlers, caller, call.method, call.args);
  if (!result.ok) {
    refuse(res, result.error.code, result.error.field, result.error.message);
    return true;
  }
  const answer = route.result === 'state' ? result.value : { ok: true, ...(result.value as object) };
  res.writeHead(200, HEADERS).end(JSON.stringify(answer));
  return true;
}
