/**
 * The HTTP + WebSocket server: serves the built renderer and speaks the wire
 * protocol (shared/protocol.ts) to every browser view.
 *
 * Who may do what
 * - The local console: a request on the main listener from a loopback
 *   address. It may read, dispatch and manage network views.
 * - A network view: anything else (the LAN listener, or a non-loopback
 *   client when --host opened the main listener). Refused while network
 *   views are off; otherwise its page and socket need ?token=: the view
 *   token reads, the control token also dispatches. Never manages the LAN.
 * - Every socket: Origin must match Host, frames are size- and
 *   rate-limited, a bad frame gets an error and changes nothing, and the
 *   server keeps serving everyone else.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE_RATE_LIMIT, CLOSE_TOKENS_ROTATED, clientFrameSchema, WS_PATH, type ClientFrame, type ServerFrame } from '../../shared/protocol';
import type { LanStatus } from '../../shared/api';
import type { CommandError } from '../../shared/commands';
import { LIMITS } from '../../shared/limits';
import type { SessionHost } from './session-host';
import { LanAccess, type Scope } from './lan-access';
import { TokenBucket } from './rate-limit';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Who is asking: the local console, or a network view with its token's scope. */
export type Client = { kind: 'local' } | { kind: 'network'; scope: Scope | null };

/** Extra HTTP routes (exports, imports); return true when handled. */
export type RouteHandler = (host: SessionHost, req: IncomingMessage, res: ServerResponse, client: Client) => Promise<boolean>;

export interface ServerOptions {
  host: SessionHost;
  staticDir: string;
  /** The main listener; null in the desktop app, whose console uses IPC. */
  listen: { hostname: string; port: number } | null;
  lan: LanAccess;
  /** Interface the network-view listener binds to once turned on. */
  lanHostname?: string;
  routes?: RouteHandler[];
  /** Messages per socket: burst size and sustained rate per second (default 100 and 50). */
  rateLimit?: { burst: number; perSecond: number };
}

export interface RunningServer {
  url: string | null;
  port: number | null;
  lanStatus(): LanStatus;
  setLanEnabled(enabled: boolean): Promise<LanStatus>;
  rotateLanTokens(): Promise<LanStatus>;
  close(): Promise<void>;
}

/** Maps a URL path to a file inside staticDir, or null if it would leave it. */
export function staticPath(staticDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(staticDir);
  const target = resolve(root, `.${sep}${normalize(decoded)}`);
  return target === root || target.startsWith(root + sep) ? target : null;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

async function serveStatic(staticDir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = staticPath(staticDir, url.pathname);
  if (file === null) {
    res.writeHead(400, SECURITY_HEADERS).end('Bad path');
    return;
  }
  const isFile = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    // Client-side routes (/, /projector, /stage) all load the app shell.
    if (extname(url.pathname) !== '') {
      res.writeHead(404, SECURITY_HEADERS).end('Not found');
      return;
    }
    file = join(staticDir, 'index.html');
  }
  try {
    const body = await readFile(file);
    const cache = file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable';
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(503, SECURITY_HEADERS).end('The app has not been built: run "npm run build".');
  }
}

function send(socket: WebSocket, frame: ServerFrame): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
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

const refusal = (code: CommandError['code'], field: string, message: string): CommandError => ({ code, field, message });

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { host, lan } = options;
  const mainServers = new Set<Server>();
  /** Connections that arrived on the main listener (as opposed to the LAN one). */
  const mainConnections = new WeakSet<Socket>();
  let lanServer: Server | null = null;
  let lanPort: number | null = null;
  const networkSockets = new Set<WebSocket>();

  function classify(req: IncomingMessage): Client {
    if (mainConnections.has(req.socket) && isLoopback(req.socket.remoteAddress)) return { kind: 'local' };
    const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
    return { kind: 'network', scope: lan.scopeOf(token) };
  }

  /** Why a network client may not load a page or open a socket, or null. */
  function networkRefusal(client: Client, req: IncomingMessage): string | null {
    if (client.kind === 'local') return null;
    if (!lan.current.enabled) return 'Network views are turned off on the console.';
    if (client.scope !== null) return null;
    // A link with a token that no longer matches is most often one from before the tokens were rotated.
    const given = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
    return given ? 'This link is no longer valid: ask the technician for the new one.' : 'A valid view or control token is needed (?token=...).';
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const client = classify(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const isAsset = url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg';
    const refused = isAsset && client.kind === 'network' && lan.current.enabled ? null : networkRefusal(client, req);
    if (refused) {
      res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(refused);
      return;
    }
    for (const route of options.routes ?? []) {
      if (await route(host, req, res, client)) return;
    }
    await serveStatic(options.staticDir, req, res);
  }

  function handleFrame(socket: WebSocket, client: Client, frame: ClientFrame): void {
    switch (frame.t) {
      case 'dispatch':
        if (client.kind === 'network' && client.scope !== 'control') {
          send(socket, { t: 'result', id: frame.id, result: { ok: false, error: refusal('forbidden', 'token', 'a view token can not change the session; use the control token') } });
          return;
        }
        void host.dispatch(frame.command).then(
          (result) => send(socket, { t: 'result', id: frame.id, result }),
          (error: unknown) => send(socket, { t: 'result', id: frame.id, result: { ok: false, error: refusal('internal', 'command', String(error)) } }),
        );
        return;
      case 'snapshot':
        send(socket, { t: 'snapshot', id: frame.id, snapshot: host.getSnapshot() });
        return;
      case 'ping':
        send(socket, { t: 'pong', id: frame.id, clientSentAt: frame.clientSentAt, hostAt: host.now() });
        return;
      case 'lan': {
        if (client.kind !== 'local') {
          send(socket, { t: 'error', id: frame.id, error: refusal('forbidden', 'frame.t', 'network views can only be managed from the console') });
          return;
        }
        const action = frame.action;
        const run =
          action === 'enable' ? setLanEnabled(true) : action === 'disable' ? setLanEnabled(false) : action === 'rotate' ? rotateLanTokens() : Promise.resolve(lanStatus());
        run.then(
          (status) => send(socket, { t: 'lan', id: frame.id, status }),
          (error: unknown) => send(socket, { t: 'error', id: frame.id, error: refusal('internal', 'lan', (error as Error).message) }),
        );
        return;
      }
    }
  }

  function attachClient(socket: WebSocket, client: Client): void {
    const bucket = new TokenBucket(options.rateLimit?.burst ?? 100, options.rateLimit?.perSecond ?? 50);
    let floods = 0;
    if (client.kind === 'network') networkSockets.add(socket);
    const unsubscribe = host.subscribe((event) => send(socket, { t: 'event', event }));
    const detach = () => {
      unsubscribe();
      networkSockets.delete(socket);
    };
    socket.on('close', detach);
    socket.on('error', detach);
    // attachClient is only reached with a token's scope for a network client (networkRefusal).
    send(socket, { t: 'hello', access: client.kind === 'local' ? 'full' : (client.scope ?? 'view') });
    send(socket, { t: 'event', event: { type: 'snapshot', snapshot: host.getSnapshot() } });
    socket.on('message', (data, isBinary) => {
      if (!bucket.take()) {
        send(socket, { t: 'error', id: null, error: refusal('rate-limited', 'frame', 'too many messages; slow down') });
        if (++floods > 50) socket.close(CLOSE_RATE_LIMIT, 'message rate exceeded');
        return;
      }
      if (isBinary) {
        send(socket, { t: 'error', id: null, error: refusal('invalid', 'frame', 'binary frames are not accepted; send JSON text') });
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(data.toString());
      } catch {
        send(socket, { t: 'error', id: null, error: refusal('invalid', 'frame', 'is not valid JSON') });
        return;
      }
      const parsed = clientFrameSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = ['frame', ...issue.path.map(String)].join('.');
        const id = typeof json === 'object' && json !== null && Number.isSafeInteger((json as { id?: unknown }).id) ? (json as { id: number }).id : null;
        send(socket, { t: 'error', id, error: refusal('invalid', field, issue.message) });
        return;
      }
      handleFrame(socket, client, parsed.data);
    });
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.messageBytes });

  function onUpgrade(req: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const client = classify(req);
    const refused = url.pathname !== WS_PATH || !sameOrigin(req) ? 'Forbidden' : networkRefusal(client, req);
    if (refused) {
      socket.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${refused}`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attachClient(ws, client));
  }

  function makeServer(): Server {
    const server = createServer((req, res) => void onRequest(req, res));
    server.on('upgrade', onUpgrade);
    return server;
  }

  function listen(server: Server, hostname: string, port: number): Promise<number> {
    return new Promise((resolvePromise, rejectPromise) => {
      server.once('error', rejectPromise);
      server.listen(port, hostname, () => {
        server.off('error', rejectPromise);
        resolvePromise((server.address() as AddressInfo).port);
      });
    });
  }

  function closeServer(server: Server): Promise<void> {
    return new Promise((resolvePromise) => {
      server.close(() => resolvePromise());
      server.closeAllConnections();
    });
  }

  function disconnectNetworkViews(code: number, reason: string): void {
    for (const socket of networkSockets) socket.close(code, reason);
    networkSockets.clear();
  }

  function lanStatus(): LanStatus {
    const { enabled, viewToken, controlToken } = lan.current;
    return { enabled, port: lanPort, addresses: lanAddresses(), viewToken, controlToken };
  }

  async function startLanListener(): Promise<void> {
    if (lanServer !== null) return;
    const server = makeServer();
    lanPort = await listen(server, options.lanHostname ?? '0.0.0.0', lan.current.port);
    lanServer = server;
  }

  async function setLanEnabled(enabled: boolean): Promise<LanStatus> {
    await lan.update({ enabled });
    if (enabled) {
      await startLanListener();
    } else {
      disconnectNetworkViews(1001, 'network views turned off');
      if (lanServer !== null) await closeServer(lanServer);
      lanServer = null;
      lanPort = null;
    }
    return lanStatus();
  }

  async function rotateLanTokens(): Promise<LanStatus> {
    await lan.rotate();
    return lanStatus();
  }

  lan.onRotate(() => disconnectNetworkViews(CLOSE_TOKENS_ROTATED, 'tokens rotated'));

  let url: string | null = null;
  let port: number | null = null;
  if (options.listen) {
    const server = makeServer();
    server.on('connection', (socket) => mainConnections.add(socket));
    mainServers.add(server);
    port = await listen(server, options.listen.hostname, options.listen.port);
    const shownHost = options.listen.hostname.includes(':') ? `[${options.listen.hostname}]` : options.listen.hostname;
    url = `http://${shownHost}:${port}/`;
  }
  if (lan.current.enabled) await startLanListener();

  return {
    url,
    port,
    lanStatus,
    setLanEnabled,
    rotateLanTokens,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await Promise.all([...mainServers, ...(lanServer ? [lanServer] : [])].map(closeServer));
    },
  };
}
