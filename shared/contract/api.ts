/**
 * The types the host and its views exchange: the session as a view holds
 * it, its changes, and what the desktop app and network views report. The
 * methods that carry them are in methods.ts, the pushes in events.ts.
 */
import type { Patch } from 'immer';
import type { CommandError } from '../kernel/errors';
import type { SessionDoc } from '../session/document';
import type { HistoryMeta } from '../session/history';
import type { Scope } from '../kernel/scopes';
import type { ExportFormat } from '../session/exports';

/**
 * What the store repaired, converted or restored, in plain words (the
 * host's, in English: they name files and are meant for the logs too).
 * Kept, in every start, until someone at a console acknowledges it.
 */
export interface RecoveryNote {
  id: string;
  /** Wall-clock epoch ms of the repair. */
  at: number;
  kind: 'recovered' | 'unrecoverable' | 'migrated' | 'restored' | 'left-out';
  message: string;
}

/** Whether the host can save: once a write is refused, until a write succeeds again. */
export type StorageHealth = { ok: true } | { ok: false; problem: 'disk-full' | 'read-only' | 'io' | 'damaged'; message: string; since: number };

/** One backup of the session (backups/ in the data dir). */
export interface BackupSummary {
  /** The file name: what backups.restore takes. */
  name: string;
  takenAt: number;
  reason: 'interval' | 'quit' | 'manual';
  /** The last command it holds. */
  seq: number;
  sizeBytes: number;
}

export interface HostMeta {
  /** Repairs not acknowledged yet, oldest first. */
  recovery: RecoveryNote[];
  storage: StorageHealth;
  appVersion: string;
  /** Where the session lives on disk: for the local console only. */
  dataDir?: string;
  /** How many undo / redo steps the run-of-show and each rapporteur have, and what the next ones are. */
  history: HistoryMeta;
}

export interface SessionSnapshot {
  version: number;
  doc: SessionDoc;
  meta: HostMeta;
}

export type SessionEvent =
  | { type: 'snapshot'; snapshot: SessionSnapshot }
  | { type: 'patch'; fromVersion: number; version: number; patches: Patch[]; meta: HostMeta }
  /** The host's meta changed without the document (a note acknowledged, the disk refusing or saving again). */
  | { type: 'meta'; version: number; meta: HostMeta };

export type DispatchResult = { ok: true; version: number } | { ok: false; error: CommandError };

/** What a view's connection may do (its scope), and whether it is the desktop app's own window. */
export interface Access {
  scope: Scope;
  desktop: boolean;
}

export type Unsubscribe = () => void;

/** Network views: whether they are on, where, and the two tokens (local clients only). */
export interface LanStatus {
  enabled: boolean;
  port: number | null;
  /** This machine's addresses on the venue network. */
  addresses: string[];
  viewToken: string;
  controlToken: string;
  rapporteurToken: string;
}

/** Show control over OSC (electron/host/net/osc-bridge.ts): off by default, on a port, for listed senders only. */
export interface OscStatus {
  enabled: boolean;
  port: number;
  allowedSenders: string[];
  /** True while the port is open. */
  listening: boolean;
  /** Who gets the state ("address:port"). */
  subscribers: string[];
}

export interface DisplayInfo {
  id: number;
  label: string;
  width: number;
  height: number;
  primary: boolean;
  internal: boolean;
}

/**
 * What the desktop app's menu asks the console window to do: things that
 * need the page (a confirmation, an outcome to show, the help overlay, or
 * knowing whether a text field has the focus).
 */
export type MenuAction =
  | { type: 'newSession' }
  | { type: 'openExample' }
  | { type: 'importFile' }
  | { type: 'exportFile'; format: ExportFormat }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'showShortcuts' };

