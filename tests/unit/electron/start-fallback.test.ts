/**
 * `npm start` where Electron can not run: which browser opens the console
 * as an app window (scripts/find-browser.mjs), on each system.
 */
import { describe, expect, it } from 'vitest';
import { appWindowArgs, findBrowser } from '../../../scripts/find-browser.mjs';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('the browser for the console’s app window', () => {
  it('takes CHROMIUM_PATH first, when it is there', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/opt/chromium/chrome', PATH: '/usr/bin' }, 'linux', only('/opt/chromium/chrome', '/usr/bin/chromium'))).toBe('/opt/chromium/chrome');
    expect(findBrowser({ CHROMIUM_PATH: '/gone', PATH: '/usr/bin' }, 'linux', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('finds Chromium, Chrome or Edge on the PATH on Linux', () => {
    expect(findBrowser({ PATH: '/usr/local/bin:/usr/bin' }, 'linux', only('/usr/bin/google-chrome-stable'))).toBe('/usr/bin/google-chrome-stable');
    expect(findBrowser({ PATH: '/usr/bin' }, 'linux', only())).toBeNull();
  });

  it('finds the usual applications on macOS and Windows', () => {
    expect(findBrowser({ PATH: '/usr/bin' }, 'darwin', only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'.replaceAll('\\', '/');
    const found = findBrowser({ PATH: '', 'PROGRAMFILES(X86)': 'C:/Program Files (x86)' }, 'win32', (path) => path.replaceAll('\\', '/') === edge);
    expect(found?.replaceAll('\\', '/')).toBe(edge);
  });

  it('opens the console as an app window with a profile of its own', () => {
    expect(appWindowArgs('http://127.0.0.1:4180/', '/home/u/.config/moderator-console/browser-app')).toEqual(
      expect.arrayContaining(['--app=http://127.0.0.1:4180/', '--user-data-dir=/home/u/.config/moderator-console/browser-app', '--no-first-run']),
    );
  });
});
