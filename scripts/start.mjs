// `npm start`: the desktop app when the Electron runtime can be had; where it
// cannot (an offline install), one clear line and serve mode instead. The
// first start downloads the runtime (electron 42+ fetches it on first use),
// which may take minutes on a slow line: the probe waits up to ten. The
// desktop app also needs better-sqlite3 built for Electron's ABI; that build
// is made once, beside node_modules (scripts/electron-sqlite.mjs), and serve
// mode keeps the Node build.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronPath() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 600_000 });
  return probe.status === 0 && probe.stdout ? probe.stdout : null;
}

const electron = electronPath();
if (electron) {
  // The session store's SQLite, built for Electron's ABI (scripts/electron-sqlite.mjs).
  const { electronSqliteBinding } = await import('./electron-sqlite.mjs');
  const env = { ...process.env, MODERATOR_SQLITE_BINDING: await electronSqliteBinding() };
  const child = spawn(electron, ['.', ...args], { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  console.log('The Electron runtime is not installed and could not be downloaded (offline install): starting serve mode instead; open the URL below in a browser.');
  const child = spawn(process.execPath, [require.resolve('../out/electron/serve.mjs'), ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}
