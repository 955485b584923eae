/**
 * Picks the transport: the Electron preload's bridge when present, else the
 * WebSocket to the serve-mode host. Views only see ModeratorApi.
 */
import type { ModeratorApi } from '../../../shared/contract/api';
import { createWsTransport, type ConnectionState } from './ws-transport';

declare global {
  interface Window {
    /** Exposed by electron/preload/preload.ts through contextBridge. */
    moderator?: ModeratorApi;
  }
}

export interface Connection {
  api: ModeratorApi;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

export function connect(): Connection {
  if (window.moderator) {
    const api = window.moderator;
    return {
      api,
      onConnection: (listener) => {
        listener('open');
        return () => undefined;
      },
    };
  }
  const ws = createWsTransport();
  return { api: ws, onConnection: (listener) => ws.onConnection(listener) };
}

export type { ConnectionState };
