/**
 * Serve mode's HTTP + WebSocket server: serves the built renderer and speaks
 * the wire protocol (shared/protocol.ts) to every browser view. A bad frame
 * gets an error frame; the connection and every other client carry on.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientFrameSchema, WS_PATH, type ServerFrame } from '../../shared/protocol';
import { LIMITS } from '../../shared/limits';
import type { SessionHost } from './session-host';

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

export interface ServerOptions {
  host: SessionHost;
  staticDir: string;
  hostname: string;
  port: number;
}

export interface RunningServer {
  url: string;
  port: number;
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

async function serveStatic(staticDir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = staticPath(staticDir, url.pathname);
  if (file === null) {
    res.writeHead(400, headers).end('Bad path');
    return;
  }
  const isFile = await stat(file).then((s) => s.isFile(), () => false);
  if (!isFile) {
    // Client-side routes (/, /projector, /stage) all load the app shell.
    if (extname(url.pathname) !== '') {
      res.writeHead(404, headers).end('Not found');
      return;
    }
    file = join(staticDir, 'index.html');
  }
  try {
    const body = await readFile(file);
    const cache = file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable';
    res.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(503, headers).end('The app has not been built: run "npm run build".');
  }
}

function send(socket: WebSocket, frame: ServerFrame): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function attachClient(host: SessionHost, socket: WebSocket): void {
  const unsubscribe = host.subscribe((event) => send(socket, { t: 'event', event }));
  socket.on('close', unsubscribe);
  socket.on('error', unsubscribe);
  send(socket, { t: 'event', event: { type: 'snapshot', snapshot: host.getSnapshot() } });
  socket.on('message', (data, isBinary) => {
    if (isBinary) {
      send(socket, { t: 'error', error: { code: 'invalid', field: 'frame', message: 'binary frames are not accepted; send JSON text' } });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data.toString());
    } catch {
      send(socket, { t: 'error', error: { code: 'invalid', field: 'frame', message: 'is not valid JSON' } });
      return;
    }
    const parsed = clientFrameSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = ['frame', ...issue.path.map(String)].join('.');
      send(socket, { t: 'error', error: { code: 'invalid', field, message: issue.message } });
      return;
    }
    const frame = parsed.data;
    switch (frame.t) {
      case 'dispatch':
        void host.dispatch(frame.command).then(
          (result) => send(socket, { t: 'result', id: frame.id, result }),
          (error: unknown) =>
            send(socket, { t: 'result', id: frame.id, result: { ok: false, error: { code: 'internal', field: 'command', message: String(error) } } }),
        );
        return;
      case 'snapshot':
        send(socket, { t: 'snapshot', id: frame.id, snapshot: host.getSnapshot() });
        return;
      case 'ping':
        send(socket, { t: 'pong', id: frame.id, clientSentAt: frame.clientSentAt, hostAt: Date.now() });
        return;
    }
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const http = createServer((req, res) => {
    void serveStatic(options.staticDir, req, res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.messageBytes });
  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== WS_PATH || !sameOrigin(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attachClient(options.host, ws));
  });
  await new Promise<void>((resolvePromise, rejectPromise) => {
    http.once('error', rejectPromise);
    http.listen(options.port, options.hostname, () => resolvePromise());
  });
  const { port } = http.address() as AddressInfo;
  const shownHost = options.hostname.includes(':') ? `[${options.hostname}]` : options.hostname;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        http.close(() => resolvePromise());
        http.closeAllConnections();
      }),
  };
}
