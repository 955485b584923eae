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
 * - A view-token socket (a projector, a stage) is one of the host's
 *   displays: it is sent a change while the host writes it, and put back
 *   if the write is refused (session-host.ts); it only ever shows.
 * - Fan-out: each change is scoped and serialized once per scope
 *   (SessionFrames), not once per socket; every socket of that scope is sent
 *   the same bytes.
 * - An opening snapshot of 16 KB or more (6 MB of JSON for a console at
 *   10,000 recommendations) goes out deflated as one binary message
 *   (protocol.ts), compressed once per version for every socket that opens
 *   then; what the socket is sent meanwhile waits behind it, in order. It
 *   is serialized and encoded a slice at a time (json-pieces.ts), so the
 *   chair's commands do not wait behind 7 MB of JSON.
 *   Nothing else is compressed, so a running session's frames cost no zlib
 *   work either way.
 */
import type { WebSocket } from 'ws';
import { deflateInSlices, jsonPieces, readUpTo } from './json-pieces';
import { callFrameSchema, CLOSE_RATE_LIMIT, CLOSE_TOO_SLOW, COMPRESSED_FROM_BYTES, type CallResult, type ServerFrame } from '../../../shared/contract/protocol';
import type { CommandError } from '../../../shared/kernel/errors';
import type { SessionHost } from '../session/session-host';
import { runCall, type Caller, type HandlerSet } from './dispatcher';
import { TokenBucket } from './rate-limit';
import { ScopedFeed, scopeShare, type ScopeShare } from '../../../shared/contract/scoped-data';
import type { Scope } from '../../../shared/kernel/scopes';
import type { SessionEvent } from '../../../shared/contract/api';

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

/** A deflated opening snapshot is shared, with the changes since, until this many changes have followed it. */
const OPENING_REUSE_CHANGES = 200;

interface Opening {
  share: ScopeShare;
  /** The snapshot's frame (deflated when large), then the frames of every change since, in order. */
  frames: Array<Buffer | Promise<Buffer>>;
}

/**
 * Frames made once for every socket of a scope.
 *
 * - A change: the host calls its listeners one after another for one
 *   event, so every socket of a scope asks for the same event before the
 *   next one exists.
 * - An opening snapshot: a large one (a console's) is serialized and
 *   deflated once, then reused, with the changes made since, by every
 *   socket that opens within the next OPENING_REUSE_CHANGES changes: twenty
 *   consoles reconnecting while the chair works cost one deflate, not
 *   twenty. A small one (a projector's) is made afresh each time.
 */
export class SessionFrames {
  private event: SessionEvent | null = null;
  private readonly byScope = new Map<Scope, { share: ScopeShare; frame: Buffer }>();
  private readonly openings = new Map<Scope, Opening>();
  private unsubscribe: (() => void) | null = null;
  private turns: Promise<void> = Promise.resolve();

  constructor(private readonly host: SessionHost) {}

  /**
   * What a connection of `scope` is sent first: its opening snapshot
   * (possibly as a promise of it deflated), then any changes since. `fresh`
   * makes the snapshot anew, as of now (for a view that fell behind: one
   * fresh snapshot, not the changes it missed).
   */
  openingFor(scope: Scope, fresh = false): Opening {
    const cached = this.openings.get(scope);
    if (cached !== undefined && !(fresh && cached.frames.length > 1)) return { share: cached.share, frames: [...cached.frames] };
    const snapshot = this.host.getSnapshot();
    const share = scopeShare(scope, { type: 'snapshot', snapshot }, () => snapshot);
    const pieces = jsonPieces({ t: 'event', name: 'session', payload: share.event } satisfies ServerFrame, PIECE_DEPTH);
    const head = readUpTo(pieces, COMPRESSED_FROM_BYTES);
    if (head.done) return { share, frames: [Buffer.from(head.text)] };
    // Made a slice at a time and deflated on libuv's threads: the host goes on with commands meanwhile.
    const deflated = deflateInSlices(head.text, pieces);
    deflated.catch(() => this.openings.delete(scope));
    const opening: Opening = { share, frames: [deflated] };
    this.openings.set(scope, opening);
    this.unsubscribe ??= this.host.subscribe((event) => this.follow(event));
    return { share, frames: [...opening.frames] };
  }

  /** Keeps each shared opening up to date with the host's changes, or lets it go once too many followed. */
  private follow(event: SessionEvent): void {
    for (const [scope, opening] of this.openings) {
      if (opening.frames.length > OPENING_REUSE_CHANGES) this.openings.delete(scope);
      else opening.frames.push(this.frameFor(scope, event).frame);
    }
    if (this.openings.size === 0) {
      this.unsubscribe?.();
      this.unsubscribe = null;
    }
  }

  frameFor(scope: Scope, event: SessionEvent): { share: ScopeShare; frame: Buffer } {
    if (event !== this.event) {
      this.event = event;
      this.byScope.clear();
    }
    let entry = this.byScope.get(scope);
    if (entry === undefined) {
      const share = scopeShare(scope, event, () => this.host.getSnapshot());
      const frame: ServerFrame = { t: 'event', name: 'session', payload: share.event };
      entry = { share, frame: Buffer.from(JSON.stringify(frame)) };
      this.byScope.set(scope, entry);
    }
    return entry;
  }

  /**
   * Resolves in a turn of the event loop of its own, after every earlier
   * caller's: a large opening is sent to one socket per turn, so commands
   * that arrive meanwhile run in between (twenty consoles' 1.3 MB openings
   * written at once held the host for 35 ms).
   */
  largeSendTurn(): Promise<void> {
    const turn = this.turns.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    this.turns = turn;
    return turn;
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.openings.clear();
  }
}

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 100, perSecond: 50 };
export const DEFAULT_FLOW: Flow = { highWater: 2 * 1024 * 1024, lowWater: 256 * 1024, hardLimit: 16 * 1024 * 1024, behindLimitMs: 60_000 };
/** A frame's levels down to one record shard (frame, payload, snapshot, doc, recommendations, byShard): each shard is one piece. */
const PIECE_DEPTH = 6;
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

export function attachView(socket: WebSocket, caller: Caller, host: SessionHost, handlers: HandlerSet, options: ViewOptions = {}, frames = new SessionFrames(host)): void {
  const { rateLimit = DEFAULT_RATE_LIMIT, flow = DEFAULT_FLOW } = options;
  const bucket = new TokenBucket(rateLimit.burst, rateLimit.perSecond);
  let floods = 0;
  let inFlight = 0;
  let closing = false;
  let behindSince: number | null = null;
  let catchUp: ReturnType<typeof setInterval> | null = null;
  /** What this view's scope may see of each change (shared/contract/scoped-data.ts). */
  const feed = new ScopedFeed(caller.scope);

  const transmit = (data: Buffer | string, binary: boolean) => {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(data, { binary });
    if (socket.bufferedAmount > flow.hardLimit) closeSlow();
    else if (socket.bufferedAmount > flow.highWater) fallBehind();
  };
  /** Frames waiting behind an opening snapshot that is being deflated, in order. */
  const outbox: Array<{ data: Buffer | string | Promise<Buffer>; binary: boolean }> = [];
  let pumping = false;
  async function pump(): Promise<void> {
    pumping = true;
    while (outbox.length > 0) {
      const next = outbox.shift()!;
      try {
        const data = await next.data;
        if (next.data instanceof Promise) await frames.largeSendTurn();
        transmit(data, next.binary);
      } catch (error) {
        console.error('could not compress a snapshot:', error);
        socket.close(1011, 'the host could not send the session; reload to reconnect');
        outbox.length = 0;
      }
    }
    pumping = false;
  }
  const enqueue = (data: Buffer | string | Promise<Buffer>, binary: boolean) => {
    if (!pumping && !(data instanceof Promise)) return transmit(data, binary);
    outbox.push({ data, binary });
    if (!pumping) void pump();
  };
  /** Sends a frame, or the bytes of one already serialized (as text, which is what views read). */
  const send = (frame: ServerFrame | Buffer) => enqueue(Buffer.isBuffer(frame) ? frame : JSON.stringify(frame), false);
  const refuse = (id: number | null, error: CommandError) => send(id === null ? { t: 'refused', error } : { t: 'result', id, result: { ok: false, error } });
  const sendSnapshot = (fresh = false) => {
    const opening = frames.openingFor(caller.scope, fresh);
    feed.accept(opening.share);
    for (const frame of opening.frames) enqueue(frame, !Buffer.isBuffer(frame));
  };

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
        sendSnapshot(true);
      } else if (performance.now() - behindSince! > flow.behindLimitMs) closeSlow();
    }, CATCH_UP_POLL_MS);
  }

  const follow = (event: SessionEvent) => {
    if (behindSince !== null) return;
    if (socket.bufferedAmount > flow.highWater) return fallBehind();
    const { share, frame } = frames.frameFor(caller.scope, event);
    if (feed.accept(share) !== null) send(frame);
  };
  const unsubscribe = host.subscribe(follow);
  // A projector or stage is a display: it is shown a change while the host writes it (session-host.ts).
  const unsubscribeDisplay = caller.scope === 'view' ? host.subscribeDisplays(follow) : () => undefined;
  const detach = () => {
    unsubscribe();
    unsubscribeDisplay();
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
