/**
 * One WebSocket view: the session's changes pushed to it, its calls run
 * through the method map's dispatcher. Frames are size- (the server's
 * maxPayload) and rate-limited;
 * a bad frame gets a refusal for its id and changes nothing; a view that
 * keeps flooding is closed, and everyone else is served on.
 */
import type { WebSocket } from 'ws';
import { callFrameSchema, CLOSE_RATE_LIMIT, type CallResult, type ServerFrame } from '../../../shared/contract/protocol';
import type { CommandError } from '../../../shared/kernel/errors';
import type { SessionHost } from '../session/session-host';
import { runCall, type Caller, type HandlerSet } from './dispatcher';
import { TokenBucket } from './rate-limit';

export interface RateLimit {
  /** Burst size and sustained rate per second. */
  burst: number;
  perSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 100, perSecond: 50 };
/** Refused frames after which a flooding view is closed. */
const FLOODS_BEFORE_CLOSE = 50;

function send(socket: WebSocket, frame: ServerFrame): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

const refusal = (code: CommandError['code'], field: string, message: string): CommandError => ({ code, field, message });

/** The id of a frame that is not a valid call, when it has a usable one. */
function idOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || !Object.hasOwn(json, 'id')) return null;
  const id = (json as { id: unknown }).id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

function refuse(socket: WebSocket, id: number | null, error: CommandError): void {
  send(socket, id === null ? { t: 'refused', error } : { t: 'result', id, result: { ok: false, error } });
}

export function attachView(socket: WebSocket, caller: Caller, host: SessionHost, handlers: HandlerSet, rateLimit: RateLimit = DEFAULT_RATE_LIMIT): void {
  const bucket = new TokenBucket(rateLimit.burst, rateLimit.perSecond);
  let floods = 0;
  const unsubscribe = host.subscribe((event) => send(socket, { t: 'event', name: 'session', payload: event }));
  socket.on('close', unsubscribe);
  socket.on('error', unsubscribe);
  send(socket, { t: 'event', name: 'access', payload: { scope: caller.scope, desktop: caller.desktop } });
  send(socket, { t: 'event', name: 'session', payload: { type: 'snapshot', snapshot: host.getSnapshot() } });
  socket.on('message', (data, isBinary) => {
    const raw = data.toString();
    let json: unknown;
    try {
      json = isBinary ? undefined : JSON.parse(raw);
    } catch {
      json = undefined;
    }
    if (!bucket.take()) {
      refuse(socket, idOf(json), refusal('rate-limited', 'frame', 'too many messages; slow down'));
      if (++floods > FLOODS_BEFORE_CLOSE) socket.close(CLOSE_RATE_LIMIT, 'message rate exceeded');
      return;
    }
    if (isBinary) return refuse(socket, null, refusal('invalid', 'frame', 'binary frames are not accepted; send JSON text'));
    if (json === undefined) return refuse(socket, null, refusal('invalid', 'frame', 'is not valid JSON'));
    const parsed = callFrameSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return refuse(socket, idOf(json), refusal('invalid', ['frame', ...issue.path.map(String)].join('.'), issue.message));
    }
    const { id, method, args } = parsed.data;
    void runCall(handlers, caller, method, args).then((result: CallResult) => send(socket, { t: 'result', id, result }));
  });
}
