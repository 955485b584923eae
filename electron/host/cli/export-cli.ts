/**
 * `npm run export -- --data-dir DIR --format json|csv|report --out FILE`:
 * the command-line entry of offline-export.ts, for automation.
 */
import { runExport } from '../transfer/offline-export';

declare const __APP_VERSION__: string;

const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
process.exitCode = await runExport(process.argv.slice(2), appVersion);
