/**
 * Picks the transport: the Electron preload's bridge when present, else the
 * WebSocket to the serve-mode host. Both carry the same method map through
 * the one generic client (shared/contract/client.ts); views never know
 * which one they have.
 */
import type { Access } from '../../../shared/contract/api';
import { createClient, type Client, type Transport } from '../../../shared/contract/client';
import { createWsTransport, type ConnectionState } from './ws';
import { browserFiles } from './browser-files';
import { desktopFiles, type Files } from './files';

declare global {
  interface Window {
    /** Exposed by electron/preload/preload.ts through contextBridge. */
    moderator?: Transport;
  }
}

export interface Connection {
  client: Client;
  files: Files;
  onConnection(listener: (state: ConnectionState) => void): () => void;
  /** Known up front for the desktop app's own window; a WebSocket is told by the host (the `access` push). */
  access?: Access;
  /** True when the host sends a snapshot on every (re)connection by itself. */
  pushesSnapshot: boolean;
}

export function connect(): Connection {
  if (window.moderator) {
    const client = createClient(window.moderator);
    return {
      client,
      files: desktopFiles(client),
      onConnection: (listener) => {
        listener('open');
        return () => undefined;
      },
      access: { scope: 'local', desktop: true },
      pushesSnapshot: false,
    };
  }
  const ws = createWsTransport();
  const client = createClient(ws);
  return { client, files: browserFiles(client), onConnection: (listener) => ws.onConnection(listener), pushesSnapshot: true };
}

export type { ConnectionState, Files };
