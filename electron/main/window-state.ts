/**
 * Window size and position, remembered per window (console, projector).
 *
 * Restore: the saved bounds only while the window can still be reached,
 * that is its title bar lies on the work area of a connected display over
 * at least GRAB_PX; otherwise (a display unplugged, a resolution changed, a
 * damaged entry) the default placement. The projector is fullscreen, so
 * for it "where" means which display: the one that holds the centre of its
 * saved bounds, if still connected.
 * Save: once a move or resize has settled (SAVE_DELAY_MS after the last
 * one), and at once when the window closes.
 *
 * The store is an interface: electron-store in the app
 * (window-state-store.ts), an in-memory map in tests.
 */
import type { BrowserWindow, Display, Rectangle } from 'electron';

export type WindowName = 'console' | 'projector';

export interface SavedWindow {
  /** The window's bounds when not maximised. */
  bounds: Rectangle;
  maximized: boolean;
}

export interface WindowStateStore {
  /** What was saved for the window, unchecked: it comes from a file. */
  load(name: WindowName): unknown;
  save(name: WindowName, state: SavedWindow): void;
}

export interface WindowPlacement {
  /** Absent: the window's default size, centred. */
  bounds?: Rectangle;
  maximized: boolean;
}

export const SAVE_DELAY_MS = 500;
const TITLE_BAR_PX = 32;
const GRAB_PX = 100;

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((key) => Number.isSafeInteger(r[key])) && (r.width as number) > 0 && (r.height as number) > 0;
}

export function isSavedWindow(value: unknown): value is SavedWindow {
  if (typeof value !== 'object' || value === null) return false;
  const saved = value as Partial<SavedWindow>;
  return isRectangle(saved.bounds) && typeof saved.maximized === 'boolean';
}

function overlap(start: number, length: number, otherStart: number, otherLength: number): number {
  return Math.max(0, Math.min(start + length, otherStart + otherLength) - Math.max(start, otherStart));
}

/** True when the window's title bar lies on a display's work area, wide enough to grab. */
export function isReachable(bounds: Rectangle, displays: Pick<Display, 'workArea'>[]): boolean {
  return displays.some(
    ({ workArea }) =>
      overlap(bounds.x, bounds.width, workArea.x, workArea.width) >= Math.min(GRAB_PX, bounds.width) &&
      overlap(bounds.y, TITLE_BAR_PX, workArea.y, workArea.height) === TITLE_BAR_PX,
  );
}

export function restoreWindow(saved: unknown, displays: Pick<Display, 'workArea'>[]): WindowPlacement {
  if (!isSavedWindow(saved) || !isReachable(saved.bounds, displays)) return { maximized: false };
  return { bounds: saved.bounds, maximized: saved.maximized };
}

/** The connected display the projector was last on, or null. */
export function rememberedDisplay<D extends Pick<Display, 'bounds'>>(saved: unknown, displays: D[]): D | null {
  if (!isSavedWindow(saved)) return null;
  const x = saved.bounds.x + saved.bounds.width / 2;
  const y = saved.bounds.y + saved.bounds.height / 2;
  return displays.find(({ bounds: b }) => x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height) ?? null;
}

export type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>;

/** Saves the window's placement after moves and resizes settle, and when it closes. */
export function rememberWindow(window: TrackedWindow, name: WindowName, store: WindowStateStore, delayMs = SAVE_DELAY_MS): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(pending);
    store.save(name, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveLater = () => {
    clearTimeout(pending);
    pending = setTimeout(saveNow, delayMs);
  };
  window.on('move', saveLater);
  window.on('resize', saveLater);
  window.on('close', saveNow);
}
