// Where a Chromium-family browser lives on this machine, for `npm start`'s
// fallback when Electron can not run: CHROMIUM_PATH first, then the usual
// places of Chromium, Google Chrome and Microsoft Edge on each system.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

const FIXED = {
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: (env) =>
    [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter(Boolean)
      .flatMap((base) => [join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(base, 'Chromium', 'Application', 'chrome.exe'), join(base, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]),
};

/** The first browser found, or null. `exists` is injectable for tests. */
export function findBrowser(env = process.env, platform = process.platform, exists = existsSync) {
  if (env.CHROMIUM_PATH && exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  const fixed = typeof FIXED[platform] === 'function' ? FIXED[platform](env) : (FIXED[platform] ?? []);
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => join(dir, platform === 'win32' ? `${name}.exe` : name)));
  return [...fixed, ...onPath].find((candidate) => exists(candidate)) ?? null;
}

/** The arguments that open `url` as an app window of its own: no tabs, no address bar, a profile of its own. */
export function appWindowArgs(url, profileDir) {
  return [`--app=${url}`, `--user-data-dir=${profileDir}`, '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-sync'];
}
