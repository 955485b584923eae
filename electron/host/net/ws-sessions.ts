/**
 * One WebSocket view: the session's changes pushed to it, its calls run
 * through the method map's dispatcher.
 *
 * - The view receives only what its scope may see (scoped-data.ts).
 * - Frames are size-limited (the server's maxPayload) and rate-limited; a
 *   bad frame gets a refusal for its id and changes nothing.
 * - A view that keeps flooding is closed (4008), once the calls it already
 *   made have been answered.
 * - Backpressure: a view that does not read (a frozen tab, a slow link)
 *   gets no more changes once `highWater` bytes wait in its send buffer;
 *   when it has caught up it gets one fresh snapshot instead of the queue
 *   it missed. Calls that would add a snapshot to a full buffer are
 *   refused. A view still behind after `behindLimitMs`, or with more than
 *   `hardLimit` bytes waiting, is closed (4009). So a view can never make
 *   the host hold more than about `hardLimit` bytes for it.
 */
import type { WebSocket } from 'ws';
import { callFrameSchema, CLOSE_RATE_LIMIT, CLOSE_TOO_SLOW, type CallResult, type ServerFrame } from '../../../shared/contract/protocol';
import type { CommandError } from '../../../shared/kernel/errors';
import type { SessionHost } from '../session/session-host';
import { runCall, type Caller, type HandlerSet } from './dispatcher';
import { TokenBucket } from './rate-limit';
import { ScopedFeed } from '../../../shared/contract/scoped-data';

export interface RateLimit {
  /** Burst size and sustained rate per second. */
  burst: number;
  perSecond: number;
}

/** How much a view may fall behind (see the header). */
export interface Flow {
  highWater: number;
  lowWater: number;
  hardLimit: number;
  behindLimitMs: number;
}

export interface ViewOptions {
  rateLimit?: RateLimit;
  flow?: Flow;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 100, perSecond: 50 };
export const DEFAULT_FLOW: Flow = { highWater: 2 * 1024 * 1024, lowWater: 256 * 1024, hardLimit: 16 * 1024 * 1024, behindLimitMs: 60_000 };
/** Refused frames after which a flooding view is closed. */
const FLOODS_BEFORE_CLOSE = 50;
const CATCH_UP_POLL_MS = 200;

const refusal = (code: CommandError['code'], field: string, message: string): CommandError => ({ code, field, message });

/** The id of a frame that is not a valid call, when it has a usable one. */
function idOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || !Object.hasOwn(json, 'id')) return null;
  const id = (json as { id: unknown }).id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

export function attachView(socket: WebSocket, caller: Caller, host: SessionHost, handlers: HandlerSet, options: ViewOptions = {}): void {
  const { rateLimit = DEFAULT_RATE_LIMIT, flow = DEFAULT_FLOW } = options;
  const bucket = new TokenBucket(rateLimit.burst, rateLimit.perSecond);
  let floods = 0;
  let inFlight = 0;
  let closing = false;
  let behindSince: number | null = null;
  let catchUp: ReturnType<typeof setInterval> | null = null;
  /** What this view's scope may see of each change (shared/contract/scoped-data.ts). */
  const feed = new ScopedFeed(caller.scope);

  const send = (frame: ServerFrame) => {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(JSON.stringify(frame));
    if (socket.bufferedAmount > flow.hardLimit) closeSlow();
    else if (socket.bufferedAmount > flow.highWater) fallBehind();
  };
  const refuse = (id: number | null, error: CommandError) => send(id === null ? { t: 'refused', error } : { t: 'result', id, result: { ok: false, error } });
  const sendSnapshot = () => send({ t: 'event', name: 'session', payload: { type: 'snapshot', snapshot: feed.opening(host.getSnapshot()) } });

  function closeSlow(): void {
    if (closing) return;
    closing = true;
    stopCatchUp();
    socket.close(CLOSE_TOO_SLOW, 'the view did not keep up; reload to reconnect');
    // A view that does not read will not read the close either.
    setTimeout(() => socket.terminate(), 2000).unref();
  }

  function stopCatchUp(): void {
    if (catchUp !== null) clearInterval(catchUp);
    catchUp = null;
  }

  function fallBehind(): void {
    if (behindSince !== null) return;
    behindSince = performance.now();
    catchUp = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return stopCatchUp();
      if (socket.bufferedAmount <= flow.lowWater) {
        behindSince = null;
        stopCatchUp();
        sendSnapshot();
      } else if (performance.now() - behindSince! > flow.behindLimitMs) closeSlow();
    }, CATCH_UP_POLL_MS);
  }

  const unsubscribe = host.subscribe((event) => {
    if (behindSince !== null) return;
    if (socket.bufferedAmount > flow.highWater) return fallBehind();
    const scoped = feed.next(event, () => host.getSnapshot());
    if (scoped !== null) send({ t: 'event', name: 'session', payload: scoped });
  });
  const detach = () => {
    unsubscribe();
    stopCatchUp();
  };
  socket.on('close', detach);
  socket.on('error', detach);
  send({ t: 'event', name: 'access', payload: { scope: caller.scope, desktop: caller.desktop } });
  sendSnapshot();

  const closeIfFlooded = () => {
    if (closing && inFlight === 0) socket.close(CLOSE_RATE_LIMIT, 'message rate exceeded');
  };

  socket.on('message', (data, isBinary) => {
    if (closing) return;
    let json: unknown;
    try {
      json = isBinary ? undefined : JSON.parse(data.toString());
    } catch {
      json = undefined;
    }
    if (!bucket.take()) {
      refuse(idOf(json), refusal('rate-limited', 'frame', 'too many messages; slow down'));
      if (++floods > FLOODS_BEFORE_CLOSE) {
        closing = true;
        closeIfFlooded();
      }
      return;
    }
    if (isBinary) return refuse(null, refusal('invalid', 'frame', 'binary frames are not accepted; send JSON text'));
    if (json === undefined) return refuse(null, refusal('invalid', 'frame', 'is not valid JSON'));
    const parsed = callFrameSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return refuse(idOf(json), refusal('invalid', ['frame', ...issue.path.map(String)].join('.'), issue.message));
    }
    const { id, method, args } = parsed.data;
    if (socket.bufferedAmount > flow.highWater && method === 'session.snapshot') {
      return refuse(id, refusal('rate-limited', 'connection', 'this view has not read what was already sent; it gets a fresh snapshot once it catches up'));
    }
    inFlight++;
    void runCall(handlers, caller, method, args).then((result: CallResult) => {
      inFlight--;
      send({ t: 'result', id, result });
      closeIfFlooded();
    });
  });
}
