/**
 * ModeratorApi: the one contract between any view and the session host.
 * The Electron preload and the WebSocket transport both implement it; the
 * renderer never knows which one it holds.
 */
import type { Patch } from 'immer';
import type { Command, CommandError } from './commands';
import type { SessionDoc } from './model';
import type { HistoryScope } from './commands';

export interface HostMeta {
  /** Things the host had to repair when it opened the data dir, for the user. */
  recovery: string[];
  appVersion: string;
  dataDir: string;
  /** How many undo / redo steps each scope has. */
  history: Record<HistoryScope, { undo: number; redo: number }>;
}

export interface SessionSnapshot {
  version: number;
  doc: SessionDoc;
  meta: HostMeta;
}

export type SessionEvent =
  | { type: 'snapshot'; snapshot: SessionSnapshot }
  | { type: 'patch'; fromVersion: number; version: number; patches: Patch[]; meta: HostMeta };

export type DispatchResult = { ok: true; version: number } | { ok: false; error: CommandError };

export type Unsubscribe = () => void;

/** Network views: whether they are on, where, and the two tokens (local clients only). */
export interface LanStatus {
  enabled: boolean;
  port: number | null;
  /** This machine's addresses on the venue network. */
  addresses: string[];
  viewToken: string;
  controlToken: string;
}

export interface LanControl {
  status(): Promise<LanStatus>;
  setEnabled(enabled: boolean): Promise<LanStatus>;
  rotateTokens(): Promise<LanStatus>;
}

export interface ModeratorApi {
  getSnapshot(): Promise<SessionSnapshot>;
  dispatch(command: Command): Promise<DispatchResult>;
  subscribe(listener: (event: SessionEvent) => void): Unsubscribe;
  /** The host's time now (host time base); views measure their offset with it. */
  hostNow(): Promise<number>;
  /** Present for the technician's own console only, never for a network view. */
  lan?: LanControl;
}
