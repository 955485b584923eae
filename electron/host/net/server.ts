/**
 * Serve mode's HTTP + WebSocket server: the built renderer as static files,
 * the method map over WebSocket (ws-sessions.ts) and over HTTP
 * (http-calls.ts), and the listener for network views (lan-listener.ts).
 *
 * Who may do what
 * - Every request must name this computer in its Host header (origins.ts:
 *   no DNS rebinding), and every socket must come from a page of this
 *   server (Origin = Host).
 * - The local console: a request on the main listener from a loopback
 *   address, with a loopback name in Host. Scope `local`: everything.
 * - A network view: anything else (the LAN listener, or a non-loopback
 *   client when --host opened the main listener). Refused while network
 *   views are off; otherwise its page and socket need ?token=: the view
 *   token gives scope `view`, the control token scope `control`. Wrong
 *   tokens are slowed down per address (token-guard.ts).
 * - Sockets are capped per address and overall; see ws-sessions.ts for
 *   frames and for views that do not keep up.
 * - Remotes: the HTTP API under /api/v1/ (rest-api.ts) on either listener,
 *   and OSC over UDP when the technician turns it on (osc-bridge.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { WS_PATH } from '../../../shared/contract/protocol';
import { FRAME_MAX_BYTES } from '../../../shared/contract/methods';
import type { LanStatus } from '../../../shared/contract/api';
import type { SessionHost } from '../session/session-host';
import { sessionHandlers } from '../session/handlers';
import { fileHandlers } from '../transfer/files';
import type { LanAccess } from './lan-access';
import { closeServer, LanListener, lanAddresses, listen } from './lan-listener';
import { attachView, type ViewOptions } from './ws-sessions';
import { handleHttpCall } from './http-calls';
import { handleRestCall } from './rest-api';
import { OscBridge } from './osc-bridge';
import { HostNames, isLoopback, isLoopbackName, sameOrigin } from './origins';
import { TokenGuard } from './token-guard';
import { SECURITY_HEADERS, staticAnswer } from './static-files';
import type { Caller, HandlerSet } from './dispatcher';

export interface ServerOptions {
  host: SessionHost;
  staticDir: string;
  /** The main listener; null in the desktop app, whose console uses IPC. */
  listen: { hostname: string; port: number } | null;
  lan: LanAccess;
  /** Interface the network-view listener binds to once turned on. */
  lanHostname?: string;
  /** Names besides this computer's own that may appear in Host (a venue DNS name, a proxy). */
  allowedHosts?: readonly string[];
  /** Rate limit and backpressure of each socket (ws-sessions.ts). */
  views?: ViewOptions;
  /** Sockets per remote address and in all (default 32 and 256). */
  connections?: { perAddress: number; total: number };
}

export interface RunningServer {
  /** The console's address on this computer (a loopback URL when bound to every interface), or null without a main listener. */
  url: string | null;
  /** Every address the main listener can be reached at: this computer's, then the venue network's. */
  urls: string[];
  port: number | null;
  /** Every method this server answers (the session, files, network views), for the desktop app's IPC too. */
  handlers: HandlerSet;
  lanStatus(): LanStatus;
  close(): Promise<void>;
}

/** The token a request carries: `?token=`, `Authorization: Bearer …` or `X-Moderator-Token` (for remotes that can not change the URL). */
function tokenOf(req: IncomingMessage): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const header = req.headers['x-moderator-token'];
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get('token') ?? bearer ?? (typeof header === 'string' ? header : null);
}

/** The caller behind a request, or why it may not come in (with the HTTP status to answer). */
type Classified = { caller: Caller; address: string } | { refused: string; status: 403 | 429; retryAfterS?: number };

/** The URLs people can open for a listener: on every interface (0.0.0.0, ::) that is loopback and each of this computer's addresses. */
function reachableUrls(hostname: string, port: number): string[] {
  const wildcard = hostname === '0.0.0.0' || hostname === '::' || hostname === '';
  const hosts = wildcard ? ['127.0.0.1', ...lanAddresses()] : [hostname.includes(':') ? `[${hostname}]` : hostname];
  return hosts.map((host) => `http://${host}:${port}/`);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { host, lan } = options;
  /** Connections that arrived on the main listener (as opposed to the LAN one). */
  const mainConnections = new WeakSet<Socket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: FRAME_MAX_BYTES });
  const listener = new LanListener(lan, makeServer, options.lanHostname ?? '0.0.0.0');
  const handlers: HandlerSet = { ...sessionHandlers(host), ...fileHandlers(host), ...listener.handlers() };
  const osc = new OscBridge(host, handlers, options.lanHostname ?? '0.0.0.0');
  handlers['osc.status'] = () => osc.status();
  handlers['osc.configure'] = async (settings) => {
    const status = await osc.configure(settings);
    await lan.update({ osc: settings });
    return status;
  };
  const hostNames = new HostNames(options.allowedHosts);
  const guard = new TokenGuard();
  const limits = options.connections ?? { perAddress: 32, total: 256 };
  /** Open sockets (and upgrades under way) by remote address. */
  const perAddress = new Map<string, number>();

  function classify(req: IncomingMessage): Classified {
    const address = req.socket.remoteAddress ?? '';
    const local = mainConnections.has(req.socket) && isLoopback(address);
    if (local ? !isLoopbackName(req.headers.host) : !hostNames.allows(req.headers.host)) {
      return { refused: 'This console answers only to its own names and addresses.', status: 403 };
    }
    if (local) return { caller: { scope: 'local', desktop: false }, address };
    if (!lan.current.enabled) return { refused: 'Network views are turned off on the console.', status: 403 };
    const waitMs = guard.lockedFor(address);
    if (waitMs > 0) return { refused: 'Too many wrong tokens from this address; try again later.', status: 429, retryAfterS: Math.ceil(waitMs / 1000) };
    const given = tokenOf(req);
    const scope = lan.scopeOf(given);
    if (scope === null) {
      // Only a wrong token is a guess; a request with none (a page's scripts, a stray visit) is refused without counting.
      if (given) guard.failed(address);
      // A link with a token that no longer matches is most often one from before the tokens were rotated.
      return { refused: given ? 'This link is no longer valid: ask the technician for the new one.' : 'A valid view or control token is needed (?token=...).', status: 403 };
    }
    guard.succeeded(address);
    return { caller: { scope, desktop: false }, address };
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const classified = classify(req);
    // A network view's page loads its scripts without the token in their URLs.
    const isAsset = url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg';
    if ('refused' in classified && !(isAsset && lan.current.enabled && hostNames.allows(req.headers.host))) {
      const retry = classified.retryAfterS === undefined ? {} : { 'Retry-After': String(classified.retryAfterS) };
      if (url.pathname.startsWith('/api/')) {
        // Programs read JSON: the same refusal, in the API's shape.
        const error = { code: classified.status === 429 ? 'rate-limited' : 'forbidden', field: 'token', message: classified.refused };
        res.writeHead(classified.status, { ...SECURITY_HEADERS, ...retry, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ ok: false, error }));
        return;
      }
      res.writeHead(classified.status, { ...SECURITY_HEADERS, ...retry, 'Content-Type': 'text/plain; charset=utf-8' }).end(classified.refused);
      return;
    }
    if ('caller' in classified && (await handleRestCall(req, res, classified.caller, handlers))) return;
    if ('caller' in classified && (await handleHttpCall(req, res, classified.caller, handlers))) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const answer = await staticAnswer(options.staticDir, url.pathname);
    res.writeHead(answer.status, answer.headers).end(req.method === 'HEAD' ? undefined : answer.body);
  }

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const classified = classify(req);
    const refuse = (status: string, text: string): void => void socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${text}`);
    if ('refused' in classified) return refuse(classified.status === 429 ? '429 Too Many Requests' : '403 Forbidden', classified.refused);
    if (url.pathname !== WS_PATH || !sameOrigin(req)) return refuse('403 Forbidden', 'Forbidden');
    const { caller, address } = classified;
    const fromAddress = perAddress.get(address) ?? 0;
    if (fromAddress >= limits.perAddress || wss.clients.size >= limits.total) return refuse('503 Service Unavailable', 'Too many connections; close other views first.');
    perAddress.set(address, fromAddress + 1);
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
      if (caller.scope !== 'local') {
        listener.sockets.add(ws);
        ws.on('close', () => listener.sockets.delete(ws));
      }
      attachView(ws, caller, host, handlers, options.views);
    });
  }

  function makeServer(): Server {
    const server = createServer((req, res) => void onRequest(req, res));
    server.on('upgrade', onUpgrade);
    return server;
  }

  let main: Server | null = null;
  let urls: string[] = [];
  let port: number | null = null;
  if (options.listen) {
    main = makeServer();
    main.on('connection', (socket) => mainConnections.add(socket));
    port = await listen(main, options.listen.hostname, options.listen.port);
    urls = reachableUrls(options.listen.hostname, port);
  }
  await listener.resume();
  if (lan.current.osc.enabled) {
    await osc.configure(lan.current.osc).catch((error: unknown) => console.error(`OSC could not start on port ${lan.current.osc.port}: ${(error as Error).message}`));
  }

  return {
    url: urls[0] ?? null,
    urls,
    port,
    handlers,
    lanStatus: () => listener.status(),
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await Promise.all([...(main ? [closeServer(main)] : []), listener.close(), osc.close()]);
    },
  };
}
