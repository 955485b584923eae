/**
 * ModeratorApi over WebSocket, for browsers (serve mode, LAN views).
 * Reconnects with backoff (at most 2 s apart, so a restarted host is back
 * on every screen within seconds); while the socket is down the store shows
 * "connection lost" instead of a frozen view.
 *
 * A link that will never work again is told apart from a host that is
 * away: the host closes sockets with CLOSE_TOKENS_ROTATED when the tokens
 * change, and refuses the page itself (403) to a token it does not know.
 * Either way the state becomes `refused` and the transport stops retrying.
 */
import type { Access, DispatchResult, LanStatus, ModeratorApi, SessionEvent, SessionSnapshot } from '../../../shared/api';
import type { Command } from '../../../shared/commands';
import { CLOSE_TOKENS_ROTATED, WS_PATH, type ClientFrame, type ServerFrame } from '../../../shared/protocol';
import { downloadExport, uploadImport } from '../recommendations/browser-files';

export type ConnectionState = 'connecting' | 'open' | 'lost' | 'refused';

const MAX_RETRY_MS = 2000;

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

export interface WsTransport extends ModeratorApi {
  onConnection(listener: (state: ConnectionState) => void): () => void;
  /** Called with what this connection may do, each time the host says it (on every connect). */
  onAccess(listener: (access: Access) => void): () => void;
}

/** True when the host refuses this page's own address: its token is not (or no longer) valid. */
async function linkRefused(): Promise<boolean> {
  try {
    const response = await fetch(window.location.href, { method: 'HEAD', cache: 'no-store' });
    return response.status === 403;
  } catch {
    // The host is not there at all: keep trying.
    return false;
  }
}

export function createWsTransport(url = wsUrl()): WsTransport {
  const listeners = new Set<(event: SessionEvent) => void>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  const accessListeners = new Set<(access: Access) => void>();
  const pending = new Map<number, Pending>();
  const hasToken = new URLSearchParams(window.location.search).has('token');
  let socket: WebSocket | null = null;
  let nextId = 1;
  let attempt = 0;
  let waiting: Array<(snapshot: SessionSnapshot) => void> = [];

  const setState = (state: ConnectionState) => connectionListeners.forEach((l) => l(state));

  function connect(): void {
    setState(attempt === 0 ? 'connecting' : 'lost');
    const ws = new WebSocket(url);
    socket = ws;
    let opened = false;
    ws.onopen = () => {
      opened = true;
      attempt = 0;
      setState('open');
    };
    ws.onmessage = (message) => {
      const frame = JSON.parse(String(message.data)) as ServerFrame;
      switch (frame.t) {
        case 'hello':
          accessListeners.forEach((l) => l(frame.access));
          return;
        case 'event':
          if (frame.event.type === 'snapshot') {
            const snapshot = frame.event.snapshot;
            waiting.forEach((resolve) => resolve(snapshot));
            waiting = [];
          }
          listeners.forEach((l) => l(frame.event));
          return;
        case 'result':
          settle(frame.id, frame.result);
          return;
        case 'snapshot':
          settle(frame.id, frame.snapshot);
          return;
        case 'pong':
          settle(frame.id, frame);
          return;
        case 'lan':
          settle(frame.id, frame.status);
          return;
        case 'error': {
          const request = frame.id === null ? undefined : pending.get(frame.id);
          if (request && frame.id !== null) {
            pending.delete(frame.id);
            request.reject(new Error(`${frame.error.field} ${frame.error.message}`));
          } else {
            console.warn(`host refused a frame: ${frame.error.field} ${frame.error.message}`);
          }
          return;
        }
      }
    };
    ws.onclose = (event) => {
      for (const request of pending.values()) request.reject(new Error('connection lost'));
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

  function settle(id: number, value: unknown): void {
    const request = pending.get(id);
    pending.delete(id);
    request?.resolve(value as never);
  }

  function request<T>(frame: ClientFrame): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        reject(new Error('not connected to the session host'));
        return;
      }
      pending.set(frame.id, { resolve: resolve as (value: never) => void, reject });
      socket.send(JSON.stringify(frame));
    });
  }

  connect();

  return {
    getSnapshot: () =>
      socket?.readyState === WebSocket.OPEN
        ? request<SessionSnapshot>({ t: 'snapshot', id: nextId++ })
        : new Promise((resolve) => waiting.push(resolve)),
    dispatch: (command: Command) => request<DispatchResult>({ t: 'dispatch', id: nextId++, command }),
    exportFile: downloadExport,
    importFile: uploadImport,
    hostNow: () => request<{ hostAt: number }>({ t: 'ping', id: nextId++, clientSentAt: Date.now() }).then((pong) => pong.hostAt),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lan: hasToken
      ? undefined
      : {
          status: () => request<LanStatus>({ t: 'lan', id: nextId++, action: 'status' }),
          setEnabled: (enabled) => request<LanStatus>({ t: 'lan', id: nextId++, action: enabled ? 'enable' : 'disable' }),
          rotateTokens: () => request<LanStatus>({ t: 'lan', id: nextId++, action: 'rotate' }),
        },
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    onAccess(listener) {
      accessListeners.add(listener);
      return () => accessListeners.delete(listener);
    },
  };
}

function wsUrl(): string {
  const { protocol, host, search } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${WS_PATH}${search}`;
}
