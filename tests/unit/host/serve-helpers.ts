/** Serve mode for tests: a real host and server on temp dirs, and a WebSocket client that queues frames. */
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { onTestFinished, expect } from 'vitest';
import WebSocket from 'ws';
import type { ServerFrame } from '../../../shared/contract/protocol';
import { startServer, type RunningServer, type ServerOptions } from '../../../electron/host/net/server';
import { LanAccess } from '../../../electron/host/net/lan-access';
import type { HostOptions, SessionHost } from '../../../electron/host/session/session-host';
import { almaty, manualClock, openHost, tempDir } from '../helpers';
import { readFrame } from '../../frames';

export const INDEX_HTML = '<!doctype html><title>Moderator Console</title>';
export const SECRET = 'do not serve me';

export interface Served {
  server: RunningServer;
  /** The main (local console) listener's port. */
  port: number;
  staticDir: string;
  host: SessionHost;
  lan: LanAccess;
}

/** A host on a temp data dir, served from a temp static dir; a secret file sits next to it. */
export async function serve(options: Pick<ServerOptions, 'views' | 'connections'> = {}, hostOptions: Pick<HostOptions, 'maxPageCount' | 'snapshots'> = {}): Promise<Served> {
  const root = await tempDir('server');
  const staticDir = join(root, 'static');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), INDEX_HTML);
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(join(root, 'secret.txt'), SECRET);
  const host = await openHost({ dataDir: join(root, 'data'), clock: manualClock(almaty('09:00')), ...hostOptions });
  const lan = await LanAccess.load(join(root, 'data'), 0);
  const server = await startServer({ host, staticDir, listen: { hostname: '127.0.0.1', port: 0 }, lan, lanHostname: '127.0.0.1', ...options });
  onTestFinished(() => server.close());
  return { server, port: server.port!, staticDir, host, lan };
}

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET with the path sent exactly as written (fetch would normalise "/../"), and any headers (a forged Host). */
export function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A browser view on /ws: frames are queued from the first one until the test asks for them. */
export class View {
  private readonly frames: ServerFrame[] = [];
  private readonly waiting: ((frame: ServerFrame) => void)[] = [];
  readonly socket: WebSocket;

  private constructor(port: number, origin: string | undefined, path: string, headers: Record<string, string>) {
    this.socket = new WebSocket(`ws://127.0.0.1:${port}${path}`, { ...(origin === undefined ? {} : { origin }), headers });
    onTestFinished(() => this.socket.terminate());
    this.socket.on('message', (data, isBinary) => {
      const frame = readFrame(data, isBinary);
      const waiter = this.waiting.shift();
      if (waiter) waiter(frame);
      else this.frames.push(frame);
    });
  }

  static async connect(port: number, origin?: string, path = '/ws', headers: Record<string, string> = {}): Promise<View> {
    const view = new View(port, origin, path, headers);
    await new Promise<void>((resolve, reject) => {
      view.socket.once('open', () => resolve());
      view.socket.once('error', reject);
    });
    return view;
  }

  next(): Promise<ServerFrame> {
    const queued = this.frames.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Sends a call frame of the method map. */
  call(id: number, method: string, args: unknown = {}): void {
    this.send({ t: 'call', id, method, args });
  }

  /** Sends a command as a session.dispatch call. */
  dispatch(id: number, command: unknown): void {
    this.call(id, 'session.dispatch', { command });
  }
}

/** The frame a view receives for a session event. */
export const sessionEvent = (event: object) => ({ t: 'event', name: 'session', payload: event });

/** A view that has read its opening frames: what it may do, then the snapshot. */
export async function connectedView(port: number, path = '/ws'): Promise<View> {
  const view = await View.connect(port, undefined, path);
  expect(await view.next()).toMatchObject({ t: 'event', name: 'access' });
  expect(await view.next()).toMatchObject(sessionEvent({ type: 'snapshot' }));
  return view;
}

