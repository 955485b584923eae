/**
 * Who a request says it comes from: loopback peers, this machine's own
 * names in Host (against DNS rebinding), and same-origin browser pages.
 */
import type { IncomingMessage } from 'node:http';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** True when a Host header names this machine by a loopback name. */
export function isLoopbackName(host: string | undefined): boolean {
  try {
    return LOOPBACK_NAMES.has(new URL(`http://${host ?? ''}`).hostname);
  } catch {
    return false;
  }
}

/** True when a browser's request comes from a page of this same server (or from no page at all). */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
