/**
 * Exports from a data dir without the app: `npm run export`. The data dir is
 * only read: its snapshot and journal files are copied into a temp dir and
 * opened there by the same SessionHost code the app uses (snapshot, journal
 * replay, the recovery rules of data-dir.ts), so the export holds exactly
 * what the app would show, and nothing in the data dir is written, repaired
 * or created. Run it while the app is closed, or it reads the last
 * consistent state the files hold.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import { EXPORT_FORMATS, isExportFormat, type ExportFile, type ExportFormat, type ExportOptions } from '../../../shared/session/exports';
import { allRecommendations } from '../../../shared/recommendations/model';
import { FILES } from '../session/data-dir';
import { SessionHost } from '../session/session-host';
import { exportFor, fileBytes } from './files';

export const EXPORT_USAGE = `usage: npm run export -- --data-dir DIR --format ${EXPORT_FORMATS.join('|')} --out FILE [--annex]`;

const SESSION_FILES = [FILES.snapshot, FILES.prevSnapshot, FILES.journal, FILES.prevJournal];

export class ExportError extends Error {}

export interface OfflineExport {
  file: ExportFile;
  count: number;
  /** What the app would repair on its next start. */
  recovery: string[];
}

/** Opens a copy of the data dir's session files and renders one export of it. */
export async function exportDataDir(dataDir: string, format: ExportFormat, appVersion: string, options: ExportOptions = {}): Promise<OfflineExport> {
  const present = SESSION_FILES.filter((name) => existsSync(join(dataDir, name)));
  if (present.length === 0) throw new ExportError(`no session in ${dataDir} (no ${FILES.snapshot} or ${FILES.journal})`);
  const copy = await mkdtemp(join(tmpdir(), 'moderator-export-'));
  try {
    for (const name of present) await copyFile(join(dataDir, name), join(copy, name));
    const host = await SessionHost.open({ dataDir: copy, appVersion, fsync: false });
    try {
      const file = await exportFor(host, format, options);
      const count = allRecommendations(host.current.doc.recommendations).length;
      return { file, count, recovery: host.getSnapshot().meta.recovery };
    } finally {
      await host.close();
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

function inside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

interface Output {
  log(line: string): void;
  error(line: string): void;
}

/** The command line: returns the exit code (0 done, 1 failed, 2 bad arguments). */
export async function runExport(argv: string[], appVersion: string, out: Output = console): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { 'data-dir': { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, annex: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
      strict: true,
    }));
  } catch (error) {
    out.error(`${(error as Error).message}\n${EXPORT_USAGE}`);
    return 2;
  }
  if (values.help) {
    out.log(EXPORT_USAGE);
    return 0;
  }
  const { 'data-dir': dataDir, format, out: target } = values;
  if (dataDir === undefined || target === undefined) {
    out.error(`--data-dir and --out are required\n${EXPORT_USAGE}`);
    return 2;
  }
  if (!isExportFormat(format)) {
    out.error(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${format ?? ''}"\n${EXPORT_USAGE}`);
    return 2;
  }
  if (inside(dataDir, target)) {
    out.error('--out must be outside the data dir: the export never writes there');
    return 2;
  }
  try {
    const result = await exportDataDir(resolve(dataDir), format, appVersion, { annex: values.annex });
    for (const note of result.recovery) out.error(`note: the app will repair this on its next start: ${note}`);
    await writeFileAtomic(resolve(target), fileBytes(result.file));
    out.log(`wrote ${result.count} recommendation(s) as ${format} to ${resolve(target)}`);
    return 0;
  } catch (error) {
    out.error(`export failed: ${(error as Error).message}`);
    return 1;
  }
}
