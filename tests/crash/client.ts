/**
 * The harness's control client: one WebSocket to serve mode, commands sent
 * back to back (several in flight), and a mirror of the session built the
 * way every view builds it (the opening snapshot, then each patch event).
 *
 * The host answers in order and publishes a command's patches, once they
 * are stored, before its result, and before the next command's patches;
 * so every event belongs to the oldest unanswered command (or to the
 * second client, second-client.ts, whose captures it can tell apart), and
 * the mirror after each event is a state the data dir durably held. Those
 * states are what a restart is compared with.
 */
import { applyPatches, enablePatches } from 'immer';
import WebSocket from 'ws';
import type { CommandError } from '../../shared/kernel/errors';
import type { SessionDoc } from '../../shared/session/document';
import type { ServerFrame } from '../../shared/contract/protocol';
import type { SessionEvent } from '../../shared/contract/api';
import type { Projection } from './model';
import type { Planned } from './workload';
import { readFrame } from '../frames';
import { isSecondClientsChange } from './second-client';
import { Conditions } from './conditions';

enablePatches();

export type Outcome = 'pending' | 'acked' | 'rejected' | 'unacked';

export interface Sent extends Planned {
  /** Number of the command over the whole run (its values carry it). */
  n: number;
  /** Position in its cycle, from 1. */
  pos: number;
  /** Client wall time it was sent. */
  sentAt: number;
  outcome: Outcome;
  error?: CommandError;
  /** The model's projection right after this command, until it is answered. */
  expected?: Projection;
}

/** A durable state the client saw: the mirror after command `pos` of the cycle (0: the recovered document). */
export interface Observed {
  pos: number;
  doc: SessionDoc;
}

/** The server's own limit is 100 frames at once and 50 a second per socket; stay under it. */
const BURST = 90;
const PER_SECOND = 45;

export class CrashClient {
  doc: SessionDoc;
  /** The mirror when the last command was answered (ack or refusal). */
  lastAnswered: Observed;
  /** States after each event since then: commands journaled but not yet answered. */
  since: Observed[] = [];
  /** Patch events received, the second client's too: the host's commits since it started (this socket opens right after). */
  events = 0;
  /** Called after each patch event with the command it belongs to (to kill at a chosen commit). */
  onEvent: (sent: Sent) => void = () => undefined;
  /** Things the protocol should never do (results out of order, stray events, refused frames). */
  readonly anomalies: string[] = [];
  private version: number;
  private readonly outstanding: Sent[] = [];
  private readonly replies = new Map<number, (frame: ServerFrame) => void>();
  private readonly conditions = new Conditions(() => this.open);
  private nextPing = 1e9;
  private tokens = BURST;
  private refilledAt = performance.now();

  private constructor(
    private readonly socket: WebSocket,
    first: { doc: SessionDoc; version: number },
    private readonly onAnswer: (sent: Sent, doc: SessionDoc) => void,
  ) {
    this.doc = first.doc;
    this.version = first.version;
    this.lastAnswered = { pos: 0, doc: first.doc };
    socket.on('message', (data, isBinary) => this.receive(readFrame(data, isBinary)));
    socket.on('close', () => {
      for (const reply of this.replies.values()) reply({ t: 'refused', error: { code: 'internal', field: 'socket', message: 'closed' } });
      this.replies.clear();
      this.conditions.check();
    });
  }

  /** Connects and waits for the opening snapshot. */
  static async connect(url: string, onAnswer: (sent: Sent, doc: SessionDoc) => void): Promise<CrashClient> {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}ws`);
    socket.on('error', () => undefined);
    const first = await new Promise<{ doc: SessionDoc; version: number }>((resolve, reject) => {
      // The host says what the connection may do, then sends the snapshot.
      const opening = (data: WebSocket.RawData, isBinary: boolean) => {
        const frame = readFrame(data, isBinary);
        if (frame.t === 'event' && frame.name === 'access') return;
        socket.off('message', opening);
        const event = frame.t === 'event' && frame.name === 'session' ? (frame.payload as SessionEvent) : null;
        if (event?.type === 'snapshot') resolve({ doc: event.snapshot.doc, version: event.snapshot.version });
        else reject(new Error(`expected the opening snapshot, got ${JSON.stringify(frame).slice(0, 200)}`));
      };
      socket.on('message', opening);
      socket.once('close', () => reject(new Error('the socket closed before the opening snapshot')));
    });
    return new CrashClient(socket, first, onAnswer);
  }

  get inFlight(): number {
    return this.outstanding.length;
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  send(sent: Sent): void {
    sent.sentAt = Date.now();
    this.outstanding.push(sent);
    this.socket.send(JSON.stringify({ t: 'call', id: sent.n, method: 'session.dispatch', args: { command: sent.command } }));
  }

  /** Waits for a frame token and a free slot (at most `window` commands in flight). */
  async ready(window: number): Promise<void> {
    for (;;) {
      const now = performance.now();
      this.tokens = Math.min(BURST, this.tokens + ((now - this.refilledAt) / 1000) * PER_SECOND);
      this.refilledAt = now;
      if (!this.open) throw new Error('the socket closed');
      if (this.tokens >= 1 && this.outstanding.length < window) {
        this.tokens -= 1;
        return;
      }
      if (this.tokens < 1) await sleep(Math.ceil(((1 - this.tokens) * 1000) / PER_SECOND));
      else await this.until(() => this.outstanding.length < window);
    }
  }

  /** Resolves once `done()` holds (checked after every frame) or the socket closes. */
  until(done: () => boolean): Promise<void> {
    return this.conditions.until(done);
  }

  /** Host time minus this machine's clock, from the best of a few round trips. */
  async offset(): Promise<{ offsetMs: number; hostAt: number; clientAt: number }> {
    let best = { rtt: Infinity, offsetMs: 0, hostAt: 0, clientAt: 0 };
    for (let i = 0; i < 5; i++) {
      await this.ready(Infinity);
      const id = this.nextPing++;
      const sentAt = Date.now();
      const pong = await new Promise<ServerFrame>((resolve) => {
        if (!this.open) throw new Error('the socket closed');
        this.replies.set(id, resolve);
        this.socket.send(JSON.stringify({ t: 'call', id, method: 'session.clock', args: {} }));
      });
      const receivedAt = Date.now();
      const clientAt = (sentAt + receivedAt) / 2;
      if (pong.t !== 'result' || !pong.result.ok) throw new Error('the socket closed during a clock call');
      const { hostAt } = pong.result.value as { hostAt: number };
      if (receivedAt - sentAt < best.rtt) best = { rtt: receivedAt - sentAt, offsetMs: hostAt - clientAt, hostAt, clientAt };
    }
    return best;
  }

  /** After the server died: every command still in flight was never acknowledged. */
  abandon(): Sent[] {
    const lost = this.outstanding.splice(0);
    for (const sent of lost) sent.outcome = 'unacked';
    return lost;
  }

  close(): void {
    this.socket.terminate();
  }

  private receive(frame: ServerFrame): void {
    switch (frame.t) {
      case 'event': {
        const event = frame.payload as SessionEvent;
        // The disk's state (not in play here) changes no document.
        if (event.type === 'meta') break;
        if (event.type === 'patch' && event.fromVersion === this.version && isSecondClientsChange(event.patches)) {
          // The second client's capture: part of the mirror and a commit of the host, but no command of ours.
          this.doc = applyPatches(this.doc, event.patches);
          this.version = event.version;
          this.events++;
          break;
        }
        if (event.type !== 'patch' || event.fromVersion !== this.version) {
          this.anomalies.push(`unexpected ${event.type} event (version ${this.version})`);
          break;
        }
        this.doc = applyPatches(this.doc, event.patches);
        this.version = event.version;
        this.events++;
        const current = this.outstanding[0];
        if (current) {
          this.since.push({ pos: current.pos, doc: this.doc });
          this.onEvent(current);
        } else this.anomalies.push('a patch event with no command in flight');
        break;
      }
      case 'result': {
        const clock = this.replies.get(frame.id);
        if (clock) {
          this.replies.delete(frame.id);
          clock(frame);
          break;
        }
        const sent = this.outstanding[0];
        if (!sent || sent.n !== frame.id) {
          this.anomalies.push(`result for ${frame.id} while waiting for ${sent?.n ?? 'nothing'}`);
          break;
        }
        this.outstanding.shift();
        sent.outcome = frame.result.ok ? 'acked' : 'rejected';
        if (!frame.result.ok) sent.error = frame.result.error;
        this.lastAnswered = { pos: sent.pos, doc: this.doc };
        this.since = [];
        this.onAnswer(sent, this.doc);
        break;
      }
      default:
        this.anomalies.push(`unexpected frame ${JSON.stringify(frame).slice(0, 200)}`);
    }
    this.conditions.check();
  }

}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
