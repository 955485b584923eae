/**
 * The backups of a session folder from the command line, for a technician
 * without the app (entry: electron/host/cli/backup.ts):
 *   npm run backup -- --data-dir DIR [list | take | restore NAME]
 * Listing only reads the backups folder, so it works while the app runs.
 * Taking and restoring take the folder's lock, so they are refused while an
 * app or a serve process has the folder open (the message names it; the
 * app's Backups panel does both meanwhile).
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listBackups } from './backups';
import { STORE_FILES } from './folder';
import { hasLegacySession, type SplitState } from './legacy-migration';
import { StoreLockedError } from './lock';
import { utcTime } from './content';
import { SessionStore } from './session-store';

export const BACKUP_USAGE = 'usage: npm run backup -- --data-dir DIR [list | take | restore NAME]';

interface Output {
  log(line: string): void;
  error(line: string): void;
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export interface BackupCliOptions {
  appVersion: string;
  /** The host's cut of a legacy session (a folder of the previous format is converted on the way, as the app would). */
  splitLegacyState: SplitState;
  now?: () => number;
}

/** Returns the exit code: 0 done, 1 failed, 2 bad arguments. */
export async function runBackupCli(argv: string[], cli: BackupCliOptions, out: Output = console): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    out.error(`${(error as Error).message}\n${BACKUP_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.log(BACKUP_USAGE);
    return 0;
  }
  const [action = 'list', name, ...rest] = positionals;
  const dataDir = values['data-dir'];
  if (dataDir === undefined || rest.length > 0 || !['list', 'take', 'restore'].includes(action) || (action === 'restore') !== (name !== undefined)) {
    out.error(BACKUP_USAGE);
    return 2;
  }
  const dir = resolve(dataDir);
  const options = { now: cli.now ?? Date.now, appVersion: cli.appVersion, splitLegacyState: cli.splitLegacyState, lockWaitMs: 0 };
  try {
    if (action === 'list') {
      const backups = listBackups(dir);
      if (backups.length === 0) out.log(`no backups in ${dir}`);
      for (const backup of backups) out.log(`${backup.name}  ${utcTime(backup.takenAt)}  up to command ${backup.seq}  ${megabytes(backup.sizeBytes)}`);
      return 0;
    }
    if (!existsSync(join(dir, STORE_FILES.database)) && !hasLegacySession(dir) && listBackups(dir).length === 0) {
      // A mistyped --data-dir must not become a new, empty session folder.
      out.error(`${action} failed: there is no session in ${dir}`);
      return 1;
    }
    const opened = action === 'take' ? await SessionStore.open(dir, options) : await SessionStore.restoreBackup(dir, name!, options);
    try {
      if (action === 'take') {
        const info = (await opened.store.backupNow('manual'))!;
        out.log(`took ${info.name} (up to command ${info.seq})`);
      }
      for (const note of opened.recovery) out.log(note.message);
    } finally {
      opened.store.close();
    }
    return 0;
  } catch (error) {
    const hint = error instanceof StoreLockedError ? ' Meanwhile, the Backups panel of that console takes and restores backups.' : '';
    out.error(`${action} failed: ${(error as Error).message}${hint}`);
    return 1;
  }
}
