/**
 * ModeratorApi: the one contract between any view and the session host.
 * The Electron preload and the WebSocket transport both implement it; the
 * renderer never knows which one it holds.
 */
import type { Patch } from 'immer';
import type { Command, CommandError } from './commands';
import type { SessionDoc } from './model';
import type { HistoryMeta } from './history';
import type { ExportFormat } from './export/files';
import type { ExportOutcome, ImportOutcome } from './export/transfer';

export interface HostMeta {
  /** Things the host had to repair when it opened the data dir, for the user. */
  recovery: string[];
  appVersion: string;
  dataDir: string;
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
  | { type: 'patch'; fromVersion: number; version: number; patches: Patch[]; meta: HostMeta };

export type DispatchResult = { ok: true; version: number } | { ok: false; error: CommandError };

/**
 * What a view may do: everything (the local console), change the session
 * (a control token) or only look (a view token).
 */
export type Access = 'full' | 'control' | 'view';

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

/** What only the desktop app can do: a projector window on a chosen display, the application menu. */
export interface DesktopControl {
  displays(): Promise<DisplayInfo[]>;
  /** Opens (or moves) the projector window; without an id, on the display it was last on, else an external one. */
  openProjector(displayId?: number): Promise<void>;
  closeProjector(): Promise<void>;
  /** Calls `listener` for each menu action meant for this window. */
  onMenuAction?(listener: (action: MenuAction) => void): Unsubscribe;
}

export interface ModeratorApi {
  getSnapshot(): Promise<SessionSnapshot>;
  dispatch(command: Command): Promise<DispatchResult>;
  subscribe(listener: (event: SessionEvent) => void): Unsubscribe;
  /** Saves an export of the recommendations where the user chooses (save dialog, or a browser download). */
  exportFile(format: ExportFormat): Promise<ExportOutcome>;
  /** Lets the user pick another rapporteur's JSON export and merges it in (open dialog, or a browser upload), as `author`'s undo step. */
  importFile(author?: string): Promise<ImportOutcome>;
  /** The host's time now (host time base); views measure their offset with it. */
  hostNow(): Promise<number>;
  /** Present for the technician's own console only, never for a network view. */
  lan?: LanControl;
  /** Present in the desktop app only. */
  desktop?: DesktopControl;
}
