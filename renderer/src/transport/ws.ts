/**
 * The method map over WebSocket, for browsers (serve mode, network views):
 * calls as frames, pushes as events. Calls larger than a frame go over
 * HTTP. Reconnects with backoff (at most 2 s apart, so a restarted host is
 * back on every screen within seconds); while the socket is down, calls
 * fail at once and the store shows "connection lost" instead of a frozen
 * view.
 *
 * A link that will never work again is told apart from a host that is
 * away: the host closes sockets with CLOSE_TOKENS_ROTATED when the tokens
 * change, and refuses the page itself (403, or 429 after too many wrong
 * tokens) to a token it does not know. Either way the state becomes
 * `refused` and the transport stops retrying.
 *
 * A large frame (a console's opening snapshot) comes deflated as a binary
 * message (protocol.ts): it is inflated with the browser's own
 * DecompressionStream, and frames that arrive meanwhile wait behind it, so
 * they are handled in the order they were sent.
 */
import type { Transport } from '../../../shared/contract/client';
import type { EventName } from '../../../shared/contract/events';
import { FRAME_MAX_BYTES, METHODS, type MethodName } from '../../../shared/contract/methods';
import { CALL_PATH, CLOSE_TOKENS_ROTATED, WS_PATH, type CallResult, type ServerFrame } from '../../../shared/contract/protocol';

export type ConnectionState = 'connecting' | 'open' | 'lost' | 'refused';

const MAX_RETRY_MS = 2000;

export interface WsTransport extends Transport {
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

const failure = (message: string): CallResult => ({ ok: false, error: { code: 'unreachable', field: 'connection', message } });

/** True when the host refuses this page's own address: its token is not (or no longer) valid. */
async function linkRefused(): Promise<boolean> {
  try {
    const response = await fetch(window.location.href, { method: 'HEAD', cache: 'no-store' });
    return response.status === 403 || response.status === 429;
  } catch {
    // The host is not there at all: keep trying.
    return false;
  }
}

/** A call over HTTP POST (same scopes and dispatcher on the host), for arguments larger than a frame. */
/** The text of a deflated binary message. */
function inflate(data: ArrayBuffer): Promise<string> {
  return new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
}

async function httpCall(method: MethodName, args: unknown): Promise<CallResult> {
  const { search } = window.location;
  try {
    const response = await fetch(`${CALL_PATH}${method}${search}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args), cache: 'no-store' });
    return (await response.json()) as CallResult;
  } catch (error) {
    return failure((error as Error).message);
  }
}

export function createWsTransport(url = wsUrl()): WsTransport {
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  const pending = new Map<number, (result: CallResult) => void>();
  const hasToken = new URLSearchParams(window.location.search).has('token');
  let socket: WebSocket | null = null;
  let nextId = 1;
  let attempt = 0;

  const setState = (state: ConnectionState) => connectionListeners.forEach((l) => l(state));

  function connect(): void {
    setState(attempt === 0 ? 'connecting' : 'lost');
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    socket = ws;
    /** Messages behind one being inflated, handled in order. */
    let backlog: Promise<void> = Promise.resolve();
    let waiting = 0;
    let opened = false;
    ws.onopen = () => {
      opened = true;
      attempt = 0;
      setState('open');
    };
    ws.onmessage = (message: MessageEvent<string | ArrayBuffer>) => {
      const { data } = message;
      if (typeof data === 'string' && waiting === 0) return receive(data);
      waiting++;
      const text = typeof data === 'string' ? data : inflate(data);
      backlog = backlog
        .then(() => text)
        .then(receive, (error: unknown) => console.error('could not read a frame from the host:', error))
        .finally(() => waiting--);
    };
    const receive = (text: string) => {
      if (socket !== ws) return;
      const frame = JSON.parse(text) as ServerFrame;
      switch (frame.t) {
        case 'event':
          listeners.forEach((l) => l(frame.name, frame.payload));
          return;
        case 'result': {
          const settle = pending.get(frame.id);
          pending.delete(frame.id);
          settle?.(frame.result);
          return;
        }
        case 'refused':
          console.warn(`host refused a frame: ${frame.error.field} ${frame.error.message}`);
          return;
      }
    };
    ws.onclose = (event) => {
      for (const settle of pending.values()) settle(failure('connection lost'));
      pending.clear();
      if (event.code === CLOSE_TOKENS_ROTATED) {
        setState('refused');
        return;
      }
      setState('lost');
      const retry = () => setTimeout(connect, Math.min(MAX_RETRY_MS, 250 * 2 ** attempt++));
      // A network view that could not even connect may hold a token the host no longer knows.
      if (opened || !hasToken) retry();
      else void linkRefused().then((refused) => (refused ? setState('refused') : retry()));
    };
  }

  connect();

  return {
    call(method, args) {
      const frame = JSON.stringify({ t: 'call', id: nextId, method, args });
      if (frame.length > FRAME_MAX_BYTES || METHODS[method].maxBytes !== undefined) return httpCall(method, args);
      if (!socket || socket.readyState !== WebSocket.OPEN) return Promise.resolve(failure('not connected to the session host'));
      const id = nextId++;
      return new Promise<CallResult>((resolve) => {
        pending.set(id, resolve);
        socket!.send(frame);
      });
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
  };
}

function wsUrl(): string {
  const { protocol, host, search } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${WS_PATH}${search}`;
}
