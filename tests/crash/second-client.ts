/**
 * The harness's second client: another rapporteur on her own WebSocket,
 * capturing recommendations at her own pace while the first client
 * streams its mix, so commands from two connections interleave in the
 * host's queue, and kills land between them.
 *
 * Each capture's text is unique and starts with SECOND_PREFIX. After a
 * restart each of them is counted in the recovered session: an
 * acknowledged one must be there exactly once (none: lost; more: duplicated),
 * an unacknowledged one at most once. The first client's model leaves these
 * records out (model.ts), so each client's checks stay its own.
 */
import type { Patch } from 'immer';
import WebSocket from 'ws';
import type { SessionDoc } from '../../shared/session/document';
import { allRecommendations } from '../../shared/recommendations/model';
import type { Random } from './random';
import { RECOMMENDATIONS } from './texts';
import { readFrame } from '../frames';
import { Conditions } from './conditions';

export const SECOND_PREFIX = 'Second rapporteur #';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True for a recommendation the second client captured. */
export const isSecondClients = (text: string): boolean => text.startsWith(SECOND_PREFIX);

/**
 * True when every change in `patches` is a record the second client
 * captured (a record added to a shard, or a shard made for it): the first
 * client applies such an event to its mirror without taking it for one of
 * its own commands.
 */
export function isSecondClientsChange(patches: readonly Patch[]): boolean {
  const texts = (value: unknown, depth: number): string[] => {
    if (typeof value !== 'object' || value === null) return [''];
    if (depth === 0) return [String((value as { text?: unknown }).text ?? '')];
    return Object.values(value).flatMap((inner) => texts(inner, depth - 1));
  };
  return (
    patches.length > 0 &&
    patches.every((patch) => {
      const [root, book, ...rest] = patch.path;
      if (root !== 'recommendations' || book !== 'byShard' || patch.op !== 'add' || (rest.length !== 1 && rest.length !== 2)) return false;
      return texts(patch.value, rest.length === 1 ? 1 : 0).every(isSecondClients);
    })
  );
}

export interface Capture {
  text: string;
  outcome: 'pending' | 'acked' | 'rejected' | 'unacked';
  error?: string;
}

export interface SecondVerdict {
  acked: number;
  /** Acknowledged captures not in the recovered session. */
  lost: Capture[];
  /** Captures in the recovered session more than once. */
  duplicated: Capture[];
  unackedApplied: number;
  unackedAbsent: number;
  refused: Capture[];
}

/** Rate limit of a socket: 100 frames at once, 50 a second; stay under it. */
const PER_SECOND = 25;

export class SecondClient {
  readonly captures: Capture[] = [];
  private readonly outstanding = new Map<number, Capture>();
  private next = 1;
  private sending = false;
  private loop: Promise<void> = Promise.resolve();
  private readonly conditions = new Conditions(() => this.open);

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data, isBinary) => {
      // A large opening snapshot comes deflated (shared/contract/protocol.ts).
      const frame = readFrame(data, isBinary);
      if (frame.t !== 'result') return;
      const capture = this.outstanding.get(frame.id);
      if (!capture) return;
      this.outstanding.delete(frame.id);
      capture.outcome = frame.result.ok ? 'acked' : 'rejected';
      if (!frame.result.ok) capture.error = `${frame.result.error.field} ${frame.result.error.message}`;
      this.conditions.check();
    });
    socket.on('close', () => this.conditions.check());
  }

  static async connect(url: string): Promise<SecondClient> {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}ws`);
    socket.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('close', () => reject(new Error('the second client could not connect')));
    });
    return new SecondClient(socket);
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Captures one recommendation after another (one or two in flight, short pauses) until `stop` or the socket closes. */
  start(rng: Random, firstNumber: number): void {
    this.next = firstNumber;
    this.sending = true;
    this.loop = (async () => {
      while (this.sending && this.open) {
        if (this.outstanding.size >= 2) {
          await this.until(() => this.outstanding.size < 2 || !this.sending);
          continue;
        }
        this.send(this.next++, rng.pick(RECOMMENDATIONS));
        await sleep(Math.max(1000 / PER_SECOND, rng.pick([0, 5, 10, 20, 40])));
      }
    })();
  }

  /** Stops capturing and waits until every capture in flight is answered (before a clean stop). */
  async finish(): Promise<void> {
    this.sending = false;
    await this.loop;
    await this.until(() => this.outstanding.size === 0);
  }

  /** After the server died: stops, and every capture still in flight was never acknowledged. */
  async abandon(): Promise<void> {
    this.sending = false;
    await this.loop;
    for (const capture of this.outstanding.values()) capture.outcome = 'unacked';
    this.outstanding.clear();
  }

  close(): void {
    this.socket.terminate();
  }

  /** The number the next capture gets: the next cycle's client goes on from it. */
  get nextNumber(): number {
    return this.next;
  }

  /** Capture number `n` (also the call's id: unique on this socket). */
  private send(n: number, words: string): void {
    const text = `${SECOND_PREFIX}${n}: ${words}`;
    const capture: Capture = { text, outcome: 'pending' };
    this.captures.push(capture);
    this.outstanding.set(n, capture);
    const command = { type: 'rec.add', recommendation: { text, rapporteur: 'Second rapporteur' }, author: 'Second rapporteur' };
    this.socket.send(JSON.stringify({ t: 'call', id: n, method: 'session.dispatch', args: { command } }));
  }

  private until(done: () => boolean): Promise<void> {
    return this.conditions.until(done);
  }

}

/** Counts each capture of a cycle in the recovered session (see the header). */
export function verifySecond(captures: readonly Capture[], recovered: SessionDoc): SecondVerdict {
  const found = new Map<string, number>();
  for (const rec of allRecommendations(recovered.recommendations)) if (isSecondClients(rec.text)) found.set(rec.text, (found.get(rec.text) ?? 0) + 1);
  const verdict: SecondVerdict = { acked: 0, lost: [], duplicated: [], unackedApplied: 0, unackedAbsent: 0, refused: [] };
  for (const capture of captures) {
    const times = found.get(capture.text) ?? 0;
    if (times > 1) verdict.duplicated.push(capture);
    if (capture.outcome === 'acked') {
      verdict.acked++;
      if (times === 0) verdict.lost.push(capture);
    } else if (capture.outcome === 'unacked') {
      if (times > 0) verdict.unackedApplied++;
      else verdict.unackedAbsent++;
    } else {
      verdict.refused.push(capture);
    }
  }
  return verdict;
}
