/**
 * The remote-control verbs over OSC (UDP), for show-control desks and
 * Bitfocus Companion's OSC module (docs/companion.md). Off by default; the
 * technician sets the port and the addresses allowed to send. OSC has no
 * tokens, so the allow-list is the door: a packet from any other address
 * is dropped unread, and an allowed sender has the control scope.
 *
 * - Verbs: shared/contract/remote.ts (`/moderator/timer/start`, …), each a
 *   call of the method map through the one dispatcher. A refused call is
 *   answered to its sender as `/moderator/error <field> <message>`.
 * - Feedback: `/moderator/subscribe [port]` from an allowed sender adds it
 *   (its address, the given port or its own) to the subscribers, who get
 *   the state as a bundle of `/moderator/state/...` messages on every
 *   change and every second while the timer runs. At most 16 subscribers.
 * - Malformed packets are dropped; the bridge and the host go on.
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { Bundle, decode, encode, Message } from 'node-osc';
import type { SessionHost } from '../session/session-host';
import { OSC_VERBS } from '../../../shared/contract/remote';
import { remoteState, type RemoteState } from '../../../shared/contract/remote-state';
import type { OscStatus } from '../../../shared/contract/api';
import type { EpochMs } from '../../../shared/kernel/units';
import { runCall, type HandlerSet } from './dispatcher';

export interface OscSettings {
  enabled: boolean;
  port: number;
  /** IPv4 or IPv6 addresses allowed to send (and to subscribe). */
  allowedSenders: string[];
}

const MAX_SUBSCRIBERS = 16;
const CALLER = { scope: 'control', desktop: false } as const;

interface Decoded {
  oscType: 'message' | 'bundle';
  address?: string;
  args?: Array<{ value: unknown }>;
  elements?: Decoded[];
}

const plainAddress = (address: string) => address.replace(/^::ffff:/, '');

/** The state as OSC messages (what Companion's variables and feedbacks read). */
export function stateMessages(state: RemoteState): Array<[string, string | number]> {
  const { timer } = state;
  return [
    ['/moderator/state/display', timer.display],
    ['/moderator/state/remaining', Math.ceil(timer.remainingMs / 1000)],
    ['/moderator/state/status', timer.status],
    ['/moderator/state/phase', timer.phase],
    ['/moderator/state/speaker', timer.speaker?.name ?? ''],
    ['/moderator/state/next', timer.next?.name ?? ''],
    ['/moderator/state/message', timer.message?.text ?? ''],
    ['/moderator/state/blackout', timer.blackout ? 1 : 0],
    ['/moderator/state/live', state.live?.title ?? ''],
    ['/moderator/state/late', state.day.lateMinutes],
  ];
}

export class OscBridge {
  private socket: Socket | null = null;
  private boundPort: number | null = null;
  private settings: OscSettings = { enabled: false, port: 9190, allowedSenders: [] };
  private readonly subscribers = new Map<string, { address: string; port: number }>();
  private unsubscribe: (() => void) | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly host: SessionHost,
    private readonly handlers: HandlerSet,
    private readonly hostname = '0.0.0.0',
  ) {}

  status(): OscStatus {
    return { ...this.settings, port: this.boundPort ?? this.settings.port, listening: this.socket !== null, subscribers: [...this.subscribers.keys()] };
  }

  /** Applies new settings: stops, and starts again on the new port when enabled. */
  async configure(settings: OscSettings): Promise<OscStatus> {
    await this.stop();
    this.settings = { ...settings, allowedSenders: settings.allowedSenders.map(plainAddress) };
    if (settings.enabled) await this.start();
    return this.status();
  }

  async close(): Promise<void> {
    await this.stop();
  }

  private async start(): Promise<void> {
    const socket = createSocket(this.hostname.includes(':') ? 'udp6' : 'udp4');
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(this.settings.port, this.hostname, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    socket.on('error', (error) => console.error(`OSC: ${error.message}`));
    socket.on('message', (data, from) => void this.receive(data, from));
    this.socket = socket;
    this.boundPort = socket.address().port;
    this.unsubscribe = this.host.subscribe(() => this.sendState());
    this.ticker = setInterval(() => {
      if (this.host.current.doc.timer.clock.runningSince !== null) this.sendState();
    }, 1000);
    this.ticker.unref();
  }

  private async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
    this.subscribers.clear();
    const socket = this.socket;
    this.socket = null;
    this.boundPort = null;
    if (socket) await new Promise<void>((resolve) => socket.close(() => resolve()));
  }

  private async receive(data: Buffer, from: RemoteInfo): Promise<void> {
    if (!this.settings.allowedSenders.includes(plainAddress(from.address))) return;
    let packet: Decoded;
    try {
      packet = decode(data) as Decoded;
    } catch {
      return;
    }
    const messages = packet.oscType === 'bundle' ? (packet.elements ?? []).filter((e) => e.oscType === 'message') : [packet];
    for (const message of messages) await this.run(message.address ?? '', (message.args ?? []).map((a) => a.value), from);
  }

  private async run(address: string, args: unknown[], from: RemoteInfo): Promise<void> {
    if (address === '/moderator/subscribe') {
      const port = typeof args[0] === 'number' && Number.isInteger(args[0]) && args[0] > 0 && args[0] < 65536 ? args[0] : from.port;
      const key = `${plainAddress(from.address)}:${port}`;
      if (this.subscribers.size < MAX_SUBSCRIBERS || this.subscribers.has(key)) this.subscribers.set(key, { address: from.address, port });
      else this.reply(from, ['/moderator/error', 'subscribe', `at most ${MAX_SUBSCRIBERS} subscribers`]);
      this.sendState();
      return;
    }
    if (address === '/moderator/unsubscribe') {
      this.subscribers.delete(`${plainAddress(from.address)}:${typeof args[0] === 'number' ? args[0] : from.port}`);
      return;
    }
    if (!Object.hasOwn(OSC_VERBS, address)) {
      this.reply(from, ['/moderator/error', 'address', `${address.slice(0, 80)} is not a Moderator Console verb`]);
      return;
    }
    let call;
    try {
      call = OSC_VERBS[address]!(args);
    } catch (error) {
      const issue = (error as { issues?: Array<{ message: string }> }).issues?.[0];
      this.reply(from, ['/moderator/error', 'args', issue?.message ?? 'arguments not understood']);
      return;
    }
    const result = await runCall(this.handlers, CALLER, call.method, call.args);
    if (!result.ok) this.reply(from, ['/moderator/error', result.error.field, result.error.message]);
  }

  private reply(to: RemoteInfo, [address, ...args]: [string, ...Array<string | number>]): void {
    this.socket?.send(encode(new Message(address, ...args)), to.port, to.address);
  }

  private sendState(): void {
    if (this.socket === null || this.subscribers.size === 0) return;
    const { version, doc } = this.host.getSnapshot();
    const messages = stateMessages(remoteState(doc, version, this.host.now() as EpochMs)).map(([address, value]) => new Message(address, value));
    const bundle = encode(new Bundle(0, ...messages));
    for (const { address, port } of this.subscribers.values()) this.socket.send(bundle, port, address);
  }
}
