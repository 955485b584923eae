/**
 * Picks the transport: the Electron preload's bridge when present, else the
 * WebSocket to the serve-mode host. Views only see ModeratorApi.
 */
import type { Access, ModeratorApi } from '../../../shared/api';
import { createWsTransport, type ConnectionState } from './ws-transport';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts through contextBridge. */
    moderator?: ModeratorApi;
  }
}

export interface Connection {
  api: ModeratorApi;
  onConnection(listener: (state: ConnectionState) => void): () => void;
  onAccess(listener: (access: Access) => void): () => void;
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
      // The desktop app's own windows are the console computer.
      onAccess: (listener) => {
        listener('full');
        return () => undefined;
      },
    };
  }
  const ws = createWsTransport();
  return { api: ws, onConnection: (listener) => ws.onConnection(listener), onAccess: (listener) => ws.onAccess(listener) };
}

export type { ConnectionState };
