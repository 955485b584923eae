/**
 * `npm run backup -- --data-dir DIR [list | take | restore NAME]`: the
 * command-line entry of store/backup-cli.ts, for a technician without the
 * app.
 */
import { runBackupCli } from '../store/backup-cli';
import { legacyChunks } from '../session/state-chunks';

declare const __APP_VERSION__: string;

const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
process.exitCode = await runBackupCli(process.argv.slice(2), { appVersion, splitLegacyState: legacyChunks });
