/**
 * Who a request says it comes from, and whether to believe it.
 *
 * - Host allow-list (against DNS rebinding): a page of some other site can
 *   make a browser on this machine or the venue network resolve its own
 *   name to this computer and then talk to us "same-origin". Every HTTP
 *   request and WebSocket upgrade must therefore name this computer in its
 *   Host header: a loopback name, one of its own addresses, its host name,
 *   or a name the technician added (--allow-host). Anything else is refused.
 * - Same origin: a browser page may only open a socket or post a call from
 *   a page of this same server.
 * - Loopback peers: only they can be the local console.
 */
import type { IncomingMessage } from 'node:http';
import { hostname as machineName, networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** The host name of a Host header ("Example.org:4190" -> "example.org", "[::1]:80" -> "[::1]"), or null when it is not a plain host. */
export function hostNameOf(host: string | undefined): string | null {
  if (host === undefined || host === '' || /[\s/@?#\\]/.test(host)) return null;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

/** True when a Host header names this machine by a loopback name. */
export function isLoopbackName(host: string | undefined): boolean {
  const name = hostNameOf(host);
  return name !== null && LOOPBACK_NAMES.includes(name);
}

/** This computer's own names and addresses, as they appear in a Host header. */
function ownNames(): string[] {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info ? [info.family === 'IPv6' ? `[${info.address.split('%')[0]!.toLowerCase()}]` : info.address] : []));
  const name = machineName().toLowerCase();
  return [...LOOPBACK_NAMES, ...addresses, name, `${name}.local`];
}

export class HostNames {
  private cached: { names: Set<string>; at: number } | null = null;

  /** `extra`: names the technician added (a DNS name of the venue, a proxy). */
  constructor(private readonly extra: readonly string[] = []) {}

  /** True when the Host header names this computer. Addresses are re-read every few seconds (a laptop changes networks). */
  allows(host: string | undefined): boolean {
    const name = hostNameOf(host);
    if (name === null) return false;
    const now = performance.now();
    if (this.cached === null || now - this.cached.at > 5000) {
      this.cached = { names: new Set([...ownNames(), ...this.extra.map((n) => n.toLowerCase())]), at: now };
    }
    return this.cached.names.has(name);
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
