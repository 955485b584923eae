/**
 * Where the session lives by default: the same folder the desktop app uses
 * (Electron's userData + /session), so serve mode and the app share data.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Moderator Console';

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function sessionDir(userDataDir: string): string {
  return join(userDataDir, 'session');
}
