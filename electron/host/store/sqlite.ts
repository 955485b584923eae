/**
 * Every SQLite connection the store opens goes through here, so that one
 * setting chooses better-sqlite3's native binding. The desktop app started
 * from a source checkout (`npm start`) runs in Electron, whose ABI differs
 * from Node's: scripts/electron-sqlite.mjs builds the binding for it once,
 * beside node_modules, and passes its path as MODERATOR_SQLITE_BINDING, so
 * the Node build that serve mode and the tests use stays in place.
 * Unset (serve mode, tests, the installed app, for which electron-builder
 * rebuilt the package), the package's own binding is used.
 */
import Database from 'better-sqlite3';

const NATIVE_BINDING = process.env.MODERATOR_SQLITE_BINDING;

export function openDatabase(path: string, options: Database.Options = {}): Database.Database {
  return new Database(path, NATIVE_BINDING ? { ...options, nativeBinding: NATIVE_BINDING } : options);
}
