/**
 * The technician's projector window: the /projector view, fullscreen on the
 * chosen display (by default an external one when present). It takes no
 * focus and no input, so a stray click on the stage screen changes nothing;
 * the view itself has no controls either.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Display } from 'electron';
import type { DisplayInfo } from '../../shared/contract/api';
import { APP_ORIGIN, guardWebContents, secureWebPreferences } from './security';

export function describeDisplays(displays: Display[], primaryId: number): DisplayInfo[] {
  return displays.map((d) => ({
    id: d.id,
    label: d.label || `Display ${d.id}`,
    width: d.size.width,
    height: d.size.height,
    primary: d.id === primaryId,
    internal: d.internal,
  }));
}

/**
 * The display to project on: the requested one if it still exists, else the
 * first external (not built-in, not primary) display, else the primary.
 */
export function pickDisplay(displays: Display[], primaryId: number, requestedId?: number): Display {
  const requested = displays.find((d) => d.id === requestedId);
  if (requested) return requested;
  const external = displays.find((d) => d.id !== primaryId && !d.internal) ?? displays.find((d) => d.id !== primaryId);
  return external ?? displays.find((d) => d.id === primaryId) ?? displays[0]!;
}

export function projectorWindowOptions(display: Display, preloadPath: string): BrowserWindowConstructorOptions {
  const single = display.bounds;
  return {
    x: single.x,
    y: single.y,
    width: single.width,
    height: single.height,
    fullscreen: true,
    frame: false,
    focusable: false,
    skipTaskbar: true,
    backgroundColor: '#000000',
    title: 'Moderator Console — Projector',
    webPreferences: { ...secureWebPreferences(preloadPath), autoplayPolicy: 'no-user-gesture-required' },
  };
}

export function openProjectorWindow(
  create: (options: BrowserWindowConstructorOptions) => BrowserWindow,
  display: Display,
  preloadPath: string,
): BrowserWindow {
  const window = create(projectorWindowOptions(display, preloadPath));
  guardWebContents(window.webContents);
  window.setIgnoreMouseEvents(true);
  void window.loadURL(`${APP_ORIGIN}/projector`);
  return window;
}
