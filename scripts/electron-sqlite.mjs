// better-sqlite3 for the desktop app started from a source checkout
// (`npm start`, the Electron smoke test). Electron has its own ABI, so the
// Node build in node_modules (serve mode, the tests) can not be loaded in
// its main process; rebuilding node_modules in place would break the tests
// instead. So a copy of the package is built for the installed Electron,
// once per Electron and better-sqlite3 version, under
// node_modules/.cache/moderator-console/, with @electron/rebuild (it fetches
// Electron's headers, or a prebuilt binary, from the network the first
// time). Its path goes to the app as MODERATOR_SQLITE_BINDING, which
// electron/host/store/sqlite.ts hands to better-sqlite3. `npm run dist`
// needs none of this: electron-builder rebuilds the package it installs.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const versionOf = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

/** The path of a better_sqlite3.node built for the installed Electron, building it the first time. */
export async function electronSqliteBinding() {
  const electronVersion = versionOf('electron');
  const sqliteVersion = versionOf('better-sqlite3');
  const stage = join(ROOT, 'node_modules', '.cache', 'moderator-console', `electron-${electronVersion}-better-sqlite3-${sqliteVersion}-${process.platform}-${process.arch}`);
  const binding = join(stage, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once; it needs the network)…`);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(join(stage, 'node_modules'), { recursive: true });
  const source = join(ROOT, 'node_modules', 'better-sqlite3');
  cpSync(source, join(stage, 'node_modules', 'better-sqlite3'), { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify({ name: 'moderator-console-electron-sqlite', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }, null, 2)}\n`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: stage, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  if (!existsSync(binding)) throw new Error(`@electron/rebuild finished without ${binding}`);
  return binding;
}
