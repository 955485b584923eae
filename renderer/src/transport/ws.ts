/**
 * The method map over WebSocket, for browsers (serve mode, network views):
 * calls as frames, pushes as events. Reconnects with backoff; while the
 * socket is down, calls fail at once and the store shows "connection lost"
 * instead of a frozen view. Calls larger than a frame go over HTTP.
 */
import type { Transport } from '../../../shared/contract/client';
import type { EventName } from '../../../shared/contract/events';
import { FRAME_MAX_BYTES, METHODS, type MethodName } from '../../../shared/contract/methods';
import { CALL_PATH, WS_PATH, type CallResult, type ServerFrame } from '../../../shared/contract/protocol';

export type ConnectionState = 'connecting' | 'open' | 'lost';

export interface WsTransport extends Transport {
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

const failure = (message: string): CallResult => ({ ok: false, error: { code: 'internal', field: 'connection', message } });

/** A call over HTTP POST (same scopes and dispatcher on the host), for arguments larger than a frame. */
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
  let socket: WebSocket | null = null;
  let nextId = 1;
  let attempt = 0;

  const setState = (state: ConnectionState) => connectionListeners.forEach((l) => l(state));

  function connect(): void {
    setState(attempt === 0 ? 'connecting' : 'lost');
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setState('open');
    };
    ws.onmessage = (message) => {
      const frame = JSON.parse(String(message.data)) as ServerFrame;
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
    ws.onclose = () => {
      for (const settle of pending.values()) settle(failure('connection lost'));
      pending.clear();
      setState('lost');
      const delay = Math.min(5000, 250 * 2 ** attempt++);
      setTimeout(connect, delay);
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
