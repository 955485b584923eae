/**
 * One app per user: two instances would each own the same data dir. A
 * second launch quits at once, and the first brings its console to the
 * front (restored if minimised, opened again if it was closed).
 */
import type { App, BrowserWindow } from 'electron';

export type FocusableWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'focus'>;

/** True in the first instance; in a second one, quits and answers false. */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'quit'>): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}

/** What the first instance does when another launch is attempted: returns the console window, now in front. */
export function bringToFront<W extends FocusableWindow>(window: W | null, create: () => W): W {
  const target = window === null || window.isDestroyed() ? create() : window;
  if (target.isMinimized()) target.restore();
  target.focus();
  return target;
}
