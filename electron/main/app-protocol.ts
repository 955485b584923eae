/**
 * Serves the built renderer at app://moderator/ instead of file://, with
 * the same path checks and CSP as serve mode.
 */
import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CONTENT_SECURITY_POLICY, staticPath } from '../host/net/server';
import { APP_HOST, APP_SCHEME } from './security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export async function appResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404, headers });
  const file = staticPath(rendererDir, url.pathname);
  if (file === null) return new Response('Bad path', { status: 400, headers });
  const target = extname(url.pathname) === '' ? join(rendererDir, 'index.html') : file;
  try {
    const body = await readFile(target);
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' } });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request.url));
}
