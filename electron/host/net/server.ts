/**
 * Serve mode's HTTP + WebSocket server: the built renderer as static files,
 * the method map over WebSocket (ws-sessions.ts) and over HTTP
 * (http-calls.ts), and the listener for network views (lan-listener.ts).
 *
 * Who may do what
 * - The local console: a request on the main listener from a loopback
 *   address. Scope `local`: everything.
 * - A network view: anything else (the LAN listener, or a non-loopback
 *   client when --host opened the main listener). Refused while network
 *   views are off; otherwise its page and socket need ?token=: the view
 *   token gives scope `view`, the control token scope `control`.
 * - Every socket: Origin must match Host; see ws-sessions.ts for frames.
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
import { closeServer, LanListener, listen } from './lan-listener';
import { attachView, type RateLimit } from './ws-sessions';
import { handleHttpCall } from './http-calls';
import { isLoopback, sameOrigin } from './origins';
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
  rateLimit?: RateLimit;
}

export interface RunningServer {
  url: string | null;
  port: number | null;
  /** Every method this server answers (the session, files, network views), for the desktop app's IPC too. */
  handlers: HandlerSet;
  lanStatus(): LanStatus;
  close(): Promise<void>;
}

/** The caller behind a request, or null for a network view that may not connect. */
type Classified = { caller: Caller } | { refused: string };

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { host, lan } = options;
  /** Connections that arrived on the main listener (as opposed to the LAN one). */
  const mainConnections = new WeakSet<Socket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: FRAME_MAX_BYTES });
  const listener = new LanListener(lan, makeServer, options.lanHostname ?? '0.0.0.0');
  const handlers: HandlerSet = { ...sessionHandlers(host), ...fileHandlers(host), ...listener.handlers() };

  function classify(req: IncomingMessage): Classified {
    if (mainConnections.has(req.socket) && isLoopback(req.socket.remoteAddress)) return { caller: { scope: 'local', desktop: false } };
    if (!lan.current.enabled) return { refused: 'Network views are turned off on the console.' };
    const given = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
    const scope = lan.scopeOf(given);
    // A link with a token that no longer matches is most often one from before the tokens were rotated.
    if (scope === null) return { refused: given ? 'This link is no longer valid: ask the technician for the new one.' : 'A valid view or control token is needed (?token=...).' };
    return { caller: { scope, desktop: false } };
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const classified = classify(req);
    // A network view's page loads its scripts without the token in their URLs.
    const isAsset = url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg';
    if ('refused' in classified && !(isAsset && lan.current.enabled)) {
      res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(classified.refused);
      return;
    }
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
    const refused = url.pathname !== WS_PATH || !sameOrigin(req) ? 'Forbidden' : 'refused' in classified ? classified.refused : null;
    if (refused !== null || !('caller' in classified)) {
      socket.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${refused}`);
      return;
    }
    const { caller } = classified;
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (caller.scope !== 'local') {
        listener.sockets.add(ws);
        ws.on('close', () => listener.sockets.delete(ws));
      }
      attachView(ws, caller, host, handlers, options.rateLimit);
    });
  }

  function makeServer(): Server {
    const server = createServer((req, res) => void onRequest(req, res));
    server.on('upgrade', onUpgrade);
    return server;
  }

  let main: Server | null = null;
  let url: string | null = null;
  let port: number | null = null;
  if (options.listen) {
    main = makeServer();
    main.on('connection', (socket) => mainConnections.add(socket));
    port = await listen(main, options.listen.hostname, options.listen.port);
    const shownHost = options.listen.hostname.includes(':') ? `[${options.listen.hostname}]` : options.listen.hostname;
    url = `http://${shownHost}:${port}/`;
  }
  await listener.resume();

  return {
    url,
    port,
    handlers,
    lanStatus: () => listener.status(),
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await Promise.all([...(main ? [closeServer(main)] : []), listener.close()]);
    },
  };
}
