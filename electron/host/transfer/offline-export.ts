/**
 * Exports from a data dir without the app: `npm run export`. The data dir
 * is only read, never written, repaired, locked or created
 * (store/offline-read.ts): while the app or a serve process has the folder
 * open, the export is of its newest backup, and it says so. What is read
 * is put together by the same code the host uses at open (the snapshot's
 * chunks and the commands after it, replayed), so the export holds exactly
 * what the app shows.
 */
import { resolve, relative, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import { EXPORT_FORMATS, isExportFormat, type ExportFile, type ExportFormat, type ExportOptions } from '../../../shared/session/exports';
import { allRecommendations } from '../../../shared/recommendations/model';
import type { EpochMs } from '../../../shared/kernel/units';
import { readFolderOffline } from '../store/offline-read';
import { sessionFromStore } from '../session/replay';
import { exportDoc, fileBytes } from './files';
import { legacyChunks } from '../session/state-chunks';

export const EXPORT_USAGE = `usage: npm run export -- --data-dir DIR --format ${EXPORT_FORMATS.join('|')} --out FILE [--annex]`;

export interface OfflineExport {
  file: ExportFile;
  count: number;
  /** Where the export comes from when it is not the session file itself (a backup, the previous format). */
  notes: string[];
}

/** Reads the data dir's session (see the header) and renders one export of it. */
export async function exportDataDir(dataDir: string, format: ExportFormat, appVersion: string, now: number = Date.now(), options: ExportOptions = {}): Promise<OfflineExport> {
  const content = readFolderOffline(dataDir);
  let session;
  if (content.kind === 'store') {
    session = sessionFromStore(content.snapshot, content.commands);
  } else {
    const { base, commands, problems } = content.legacy;
    if (base === null) throw new Error(`the session in ${dataDir} is in the previous file format and none of its snapshots can be read (${problems.join(' ')})`);
    session = sessionFromStore({ seq: base.seq, chunks: legacyChunks(base.state) }, commands);
    content.notes.push(`${dataDir} is in the previous file format (the app converts it at its next start)${problems.length > 0 ? `; ${problems.join(' ')}` : ''}`);
  }
  const { doc } = session.state;
  return { file: await exportDoc(doc, format, { exportedAt: now as EpochMs, appVersion }, options), count: allRecommendations(doc.recommendations).length, notes: content.notes };
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
    const result = await exportDataDir(resolve(dataDir), format, appVersion, Date.now(), { annex: values.annex });
    for (const note of result.notes) out.error(`note: ${note}`);
    await writeFileAtomic(resolve(target), fileBytes(result.file));
    out.log(`wrote ${result.count} recommendation(s) as ${format} to ${resolve(target)}`);
    return 0;
  } catch (error) {
    out.error(`export failed: ${(error as Error).message}`);
    return 1;
  }
}
