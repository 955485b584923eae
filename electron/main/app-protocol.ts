/**
 * Serves the built renderer at app://moderator/ instead of file://, with
 * the same path checks, types and CSP as serve mode (host/net/static-files).
 */
import type { Protocol } from 'electron';
import { SECURITY_HEADERS, staticAnswer } from '../host/net/static-files';
import { APP_HOST, APP_SCHEME } from './security';

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export async function appResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  const answer = await staticAnswer(rendererDir, url.pathname);
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request.url));
}
