/**
 * Where the desktop app keeps its profile (the session folder, window
 * places, Chromium's own files): Electron's default for the app, or the
 * folder given with `--user-data-dir=DIR`. Tests launch the app with a temp
 * folder so they never touch the real profile; a technician can keep a
 * second profile the same way.
 *
 * It must be applied before anything reads the path: the single-instance
 * lock is per folder (two launches with the same folder are one app, with
 * different folders two), and the session host opens `<userData>/session`.
 */
import type { App } from 'electron';
import { resolve } from 'node:path';

export const USER_DATA_SWITCH = 'user-data-dir';

/** Sets userData from the switch, resolved against `cwd`; returns the folder, or null when the switch is absent or empty. */
export function applyUserDataSwitch(app: { commandLine: Pick<App['commandLine'], 'getSwitchValue'>; setPath: App['setPath'] }, cwd: string): string | null {
  const value = app.commandLine.getSwitchValue(USER_DATA_SWITCH);
  if (value === '') return null;
  const dir = resolve(cwd, value);
  app.setPath('userData', dir);
  return dir;
}
