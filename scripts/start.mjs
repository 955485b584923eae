// `npm start`: the desktop app when the Electron runtime can be had. Where
// it cannot (an offline install), one clear line and serve mode instead,
// opened in an installed Chromium, Chrome or Edge as an app window of its
// own (no tabs, no address bar); with no such browser, the URL is printed
// to open by hand. The first start downloads the runtime (electron 42+
// fetches it on first use), which may take minutes on a slow line: the
// probe waits up to ten. MODERATOR_START=browser skips Electron and opens
// the browser app window wherever it runs. Closing that window stops serve
// mode, as quitting the app would. The desktop app also needs better-sqlite3
// built for Electron's ABI; that build is made once, beside node_modules
// (scripts/electron-sqlite.mjs), and serve mode keeps the Node build.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { appWindowArgs, findBrowser } from './find-browser.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronPath() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 600_000 });
  return probe.status === 0 && probe.stdout ? probe.stdout : null;
}

/** Serve mode, and the browser app window once it says where it serves. */
function serveInBrowser() {
  const browser = findBrowser();
  console.log(
    browser
      ? `The Electron runtime is not installed and could not be downloaded (offline install): starting serve mode in ${browser} as an app window.`
      : 'The Electron runtime is not installed and could not be downloaded (offline install), and no Chromium, Chrome or Edge was found: starting serve mode; open the URL below in a browser.',
  );
  const server = spawn(process.execPath, [require.resolve('../out/electron/serve.mjs'), ...args], { stdio: ['inherit', 'pipe', 'inherit'] });
  let window = null;
  let output = '';
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (!browser || window) return;
    output += chunk.toString();
    const url = /serving at (http:\/\/\S+)/.exec(output)?.[1];
    if (!url) return;
    const profile = join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'moderator-console', 'browser-app');
    mkdirSync(profile, { recursive: true });
    window = spawn(browser, appWindowArgs(url, profile), { stdio: 'ignore' });
    window.on('error', (error) => console.log(`Could not open ${browser} (${error.message}); open ${url} in a browser.`));
    window.on('exit', () => server.kill('SIGTERM'));
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      window?.kill();
      server.kill(signal);
    });
  }
  server.on('exit', (code) => {
    window?.kill();
    process.exit(code ?? 1);
  });
}

const electron = process.env.MODERATOR_START === 'browser' ? null : electronPath();
if (electron) {
  // The session store's SQLite, built for Electron's ABI (scripts/electron-sqlite.mjs).
  const { electronSqliteBinding } = await import('./electron-sqlite.mjs');
  const env = { ...process.env, MODERATOR_SQLITE_BINDING: await electronSqliteBinding() };
  const child = spawn(electron, ['.', ...args], { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  serveInBrowser();
}
