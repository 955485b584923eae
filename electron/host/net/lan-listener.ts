/**
 * Network views: a second listener on the venue network, off until the
 * technician turns it on, always behind a token. It owns the listener's
 * life (on, off, rotated tokens) and the sockets of network views, so that
 * turning it off or rotating the tokens disconnects exactly them.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { WebSocket } from 'ws';
import type { LanStatus } from '../../../shared/contract/api';
import { CLOSE_TOKENS_ROTATED } from '../../../shared/contract/protocol';
import type { LanAccess } from './lan-access';
import type { HandlerSet } from './dispatcher';

/** This computer's IPv4 addresses on its networks (not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

export function listen(server: Server, hostname: string, port: number): Promise<number> {
  return new Promise((resolvePromise, rejectPromise) => {
    server.once('error', rejectPromise);
    server.listen(port, hostname, () => {
      server.off('error', rejectPromise);
      resolvePromise((server.address() as AddressInfo).port);
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolvePromise) => {
    server.close(() => resolvePromise());
    server.closeAllConnections();
  });
}

export class LanListener {
  private server: Server | null = null;
  private port: number | null = null;
  /** Sockets of network views (not the local console's). */
  readonly sockets = new Set<WebSocket>();

  constructor(
    private readonly access: LanAccess,
    private readonly makeServer: () => Server,
    private readonly hostname: string,
  ) {
    access.onRotate(() => this.disconnect(CLOSE_TOKENS_ROTATED, 'tokens rotated'));
  }

  get running(): Server | null {
    return this.server;
  }

  status(): LanStatus {
    const { enabled, viewToken, controlToken, rapporteurToken } = this.access.current;
    return { enabled, port: this.port, addresses: lanAddresses(), viewToken, controlToken, rapporteurToken };
  }

  /** Starts listening if network views are on (after a restart). */
  async resume(): Promise<void> {
    if (this.access.current.enabled) await this.start();
  }

  async setEnabled(enabled: boolean): Promise<LanStatus> {
    await this.access.update({ enabled });
    if (enabled) await this.start();
    else await this.stop();
    return this.status();
  }

  async rotateTokens(): Promise<LanStatus> {
    await this.access.rotate();
    return this.status();
  }

  handlers(): HandlerSet {
    return {
      'lan.status': () => this.status(),
      'lan.setEnabled': ({ enabled }) => this.setEnabled(enabled),
      'lan.rotateTokens': () => this.rotateTokens(),
    };
  }

  async close(): Promise<void> {
    if (this.server !== null) await closeServer(this.server);
    this.server = null;
  }

  private async start(): Promise<void> {
    if (this.server !== null) return;
    const server = this.makeServer();
    this.port = await listen(server, this.hostname, this.access.current.port);
    this.server = server;
  }

  private async stop(): Promise<void> {
    this.disconnect(1001, 'network views turned off');
    await this.close();
    this.port = null;
  }

  private disconnect(code: number, reason: string): void {
    for (const socket of this.sockets) socket.close(code, reason);
    this.sockets.clear();
  }
}
