/**
 * Converts a session folder of the previous format (snapshot.json,
 * snapshot.prev.json, journal.jsonl, journal.prev.jsonl) into the store,
 * once.
 *
 * 1. The old files are read without changing them (legacy-reader.ts: its
 *    rules say what is used and what is skipped); the store is built with
 *    that snapshot (cut into chunks by the host's `splitState`), the
 *    commands after it and a note saying what was converted and what could
 *    not be, and installed with `legacy_pending` = kept/legacy-<stamp>;
 * 2. every legacy file (including orphaned temp files of the old writer)
 *    moves, byte for byte, to kept/legacy-<stamp>/, mode 0600;
 * 3. `legacy_pending` is cleared. An open that finds it still set (a crash
 *    between 1 and 3) finishes step 2. Once session.sqlite exists the
 *    legacy files are never read again.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { utcTime, type StoredNote } from './content';
import { PRIVATE_FILE_MODE, STORE_FILES, ensurePrivateDir, renameNoReplace, stamp, storePath, syncDir } from './folder';
import { LEGACY_FILES, readLegacyFolder, type LegacySnapshot } from './legacy-reader';
import { META } from './schema';
import { replaceDatabase } from './replace';

/** Cuts a whole legacy state into the chunks the host keeps (see content.ts). */
export type SplitState = (state: LegacySnapshot['state']) => Iterable<readonly [string, unknown]>;

/** The previous format's files, and the temp files its writer could leave behind. */
const LEGACY_NAME = /^(snapshot(\.prev)?\.json|journal(\.prev)?\.jsonl)(\..+)?$/;

export function legacyFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => LEGACY_NAME.test(name));
}

export function hasLegacySession(dir: string): boolean {
  return Object.values(LEGACY_FILES).some((name) => existsSync(storePath(dir, name)));
}

/** Step 2: moves whatever legacy files are still in the folder into `keptDir` (relative, e.g. kept/legacy-…). */
export function moveLegacyFiles(dir: string, keptDir: string): string[] {
  const target = storePath(dir, keptDir);
  ensurePrivateDir(target);
  const moved: string[] = [];
  for (const name of legacyFiles(dir)) {
    let to = join(target, name);
    for (let n = 2; existsSync(to); n++) to = join(target, `${name}.${n}`);
    renameNoReplace(storePath(dir, name), to);
    try {
      chmodSync(to, PRIVATE_FILE_MODE);
    } catch {
      // Moved is what matters; a mode that can not be changed stays as it was.
    }
    moved.push(name);
  }
  syncDir(target);
  syncDir(dir);
  return moved;
}

/** kept/legacy-<stamp>, or with -2, -3... if a folder of that name exists. */
function legacyKeptDir(dir: string, now: number): string {
  const base = join(STORE_FILES.kept, `legacy-${stamp(now)}`);
  let name = base;
  for (let n = 2; existsSync(storePath(dir, name)); n++) name = `${base}-${n}`;
  return name;
}

export interface MigrationOptions {
  now: () => number;
  appVersion: string;
  splitState: SplitState;
}

export interface MigrationOutcome {
  status: 'migrated' | 'unrecoverable';
  keptDir: string;
}

/** Steps 1 and 2 (the caller clears `legacy_pending` once it has the writer open). */
export function migrateLegacyFolder(dir: string, options: MigrationOptions): MigrationOutcome {
  const read = readLegacyFolder(dir);
  const now = options.now();
  const keptDir = legacyKeptDir(dir, now);
  const names = legacyFiles(dir).sort();
  const { base, commands } = read;
  const status = base === null ? 'unrecoverable' : 'migrated';
  const parts: string[] = [];
  if (base === null) {
    parts.push('This session folder was in the previous file format, but no snapshot in it could be read. The session starts empty.');
  } else {
    const last = commands.at(-1)?.seq ?? base.seq;
    parts.push(`This session folder was converted from the previous file format: ${read.baseFile} (command ${base.seq}, saved ${utcTime(base.savedAt)}) and ${commands.length} later command(s), up to command ${last}.`);
  }
  parts.push(`The old files (${names.join(', ')}) were moved, unchanged, to ${keptDir}/.`);
  if (read.problems.length > 0) parts.push(`While reading them: ${read.problems.join(' ')}`);
  const note: StoredNote = { id: randomUUID(), at: now, kind: status, message: parts.join(' '), acknowledgedAt: null };

  replaceDatabase(
    dir,
    {
      historyId: randomUUID(),
      snapshot: base === null ? null : { seq: base.seq, savedAt: base.savedAt, formatVersion: base.formatVersion, chunks: new Map(options.splitState(base.state)) },
      commands,
      notes: [note],
    },
    { now, appVersion: options.appVersion, replacesKeptAs: null, meta: [[META.legacyPending, keptDir]] },
  );
  moveLegacyFiles(dir, keptDir);
  return { status, keptDir };
}
