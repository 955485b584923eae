/**
 * The benchmarks' WebSocket client of the host: opens with a deadline, calls
 * methods by id (answers matched by id, never by arrival order), and keeps
 * the session as a view does (the opening snapshot, then each change).
 */
import WebSocket from 'ws';
import { inflateRawSync } from 'node:zlib';
import { applyPatches, enablePatches, type Patch } from 'immer';
import type { SessionEvent, SessionSnapshot } from '../shared/contract/api';
import type { CallResult, ServerFrame } from '../shared/contract/protocol';
import type { SessionDoc } from '../shared/session/document';
import { until, within } from './wait';

enablePatches();

const OPEN_MS = 10_000;
const CALL_MS = 10_000;

export interface ClientOptions {
  /** Keep the session document (apply patches) as the console's mirror does. */
  mirror?: boolean;
  /**
   * Only note that a deflated opening snapshot arrived, without inflating
   * and parsing it: for many consoles at once, whose parsing is each
   * browser's own work, not the host's, and would here all fall on the
   * bench's one thread.
   */
  countOnly?: boolean;
}

export class BenchClient {
  doc: SessionDoc | null = null;
  /** When the opening snapshot arrived (also with countOnly). */
  openedAt: number | null = null;
  version = -1;
  /** Bytes of the frames received so far, and how many frames. */
  bytesIn = 0;
  framesIn = 0;
  private nextId = 1;
  private readonly replies = new Map<number, (result: CallResult) => void>();
  private readonly versionWaiters = new Map<number, Array<() => void>>();
  onEvent: ((event: SessionEvent, bytes: number) => void) | null = null;

  private constructor(
    readonly socket: WebSocket,
    private readonly options: ClientOptions,
  ) {
    // A large frame comes deflated as a binary message (shared/contract/protocol.ts).
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary && this.options.countOnly) {
        this.bytesIn += data.length;
        this.openedAt ??= performance.now();
        return;
      }
      this.receive(isBinary ? inflateRawSync(data) : data, data.length);
    });
  }

  static async open(url: string, step: string, options: ClientOptions = {}): Promise<BenchClient> {
    // As a browser does: it offers permessage-deflate (the host does not take it up).
    const socket = new WebSocket(url, { perMessageDeflate: true });
    const client = new BenchClient(socket, options);
    await within(
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
        socket.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
      }),
      OPEN_MS,
      `${step}: open ${url.replace(/token=[^&]+/, 'token=…')}`,
    );
    return client;
  }

  private receive(data: Buffer, wireBytes: number): void {
    this.bytesIn += wireBytes;
    this.framesIn++;
    const frame = JSON.parse(data.toString()) as ServerFrame;
    if (frame.t === 'result') {
      this.replies.get(frame.id)?.(frame.result);
      this.replies.delete(frame.id);
      return;
    }
    if (frame.t !== 'event' || frame.name !== 'session') return;
    const event = frame.payload as SessionEvent;
    if (event.type === 'snapshot') {
      this.openedAt ??= performance.now();
      this.doc = event.snapshot.doc;
      this.version = event.snapshot.version;
    } else {
      if (event.type === 'patch' && this.options.mirror !== false && this.doc !== null) this.doc = applyPatches(this.doc, event.patches as Patch[]);
      this.version = event.version;
    }
    this.onEvent?.(event, wireBytes);
    for (const [version, waiting] of this.versionWaiters) {
      if (version > this.version) continue;
      this.versionWaiters.delete(version);
      for (const resolve of waiting) resolve();
    }
  }

  async call<T>(method: string, args: object, step: string): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<CallResult>((resolve) => this.replies.set(id, resolve));
    this.socket.send(JSON.stringify({ t: 'call', id, method, args }));
    const result = await within(answer, CALL_MS, `${step}: ${method}`);
    if (!result.ok) throw new Error(`${step}: ${method} refused: ${result.error.field} ${result.error.message}`);
    return result.value as T;
  }

  dispatch(command: object, step: string): Promise<{ version: number }> {
    return this.call('session.dispatch', { command }, step);
  }

  /** The instant the opening snapshot arrived, once it has. */
  opened(step: string): Promise<number> {
    return until(() => this.openedAt, 30_000, `${step}: the opening snapshot`, 1);
  }

  /** The session once the opening snapshot has arrived. */
  snapshotDoc(step: string): Promise<SessionDoc> {
    return until(() => this.doc, OPEN_MS, `${step}: the opening snapshot`);
  }

  /** Resolves when this client has the session at `version` (or later). */
  reached(version: number): Promise<void> {
    if (this.version >= version) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.versionWaiters.get(version) ?? [];
      list.push(resolve);
      this.versionWaiters.set(version, list);
    });
  }

  close(): void {
    this.socket.terminate();
  }
}

export const snapshotOf = (client: BenchClient, step: string): Promise<SessionSnapshot> => client.call<SessionSnapshot>('session.snapshot', {}, step);
