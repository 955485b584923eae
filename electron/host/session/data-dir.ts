/**
 * The data dir on disk: snapshots, journals and what recovery kept aside.
 *
 * Files
 *   snapshot.json        newest snapshot { formatVersion, seq, savedAt, state }
 *   snapshot.prev.json   the one before it
 *   journal.jsonl        commands after snapshot.json (seq > its seq)
 *   journal.prev.jsonl   commands between snapshot.prev.json and snapshot.json
 *   kept/                timestamped copies of anything that could not be read
 *
 * Recovery rules
 * 1. The newest readable snapshot is the base: snapshot.json, else
 *    snapshot.prev.json, else an empty session (seq 0). An unreadable
 *    snapshot is moved into kept/ (never overwritten, never deleted).
 * 2. A snapshot of a newer format version stops the start with a message:
 *    this version must not rewrite data it does not understand.
 * 3. journal.prev.jsonl then journal.jsonl are replayed, skipping entries
 *    with seq <= the base's seq; entries must follow each other by seq.
 * 4. A torn last line (a write cut short: it was never acknowledged) is
 *    ignored; its bytes are copied into kept/ and the journal is cut back to
 *    the last whole line.
 * 5. A malformed line with data after it, or a gap in seq, means damage: the
 *    journal is copied into kept/, replay stops there, and the user is told.
 * 6. After any repair a fresh snapshot is written at once (as both
 *    snapshot files), so the repaired state no longer depends on the
 *    damaged file; the damaged journals, already copied, are dropped.
 * Rotation (every N commands) writes snapshot.json.tmp, fsyncs it, then
 * renames: snapshot.json -> snapshot.prev.json, tmp -> snapshot.json,
 * journal.jsonl -> journal.prev.jsonl; a crash between any two steps leaves
 * a set of files that rules 1-3 recover exactly.
 *
 * Beside the data dir, the desktop app keeps window positions in
 * <userData>/window-state.json. The same rule holds there: an unreadable
 * file is copied into <userData>/kept/ (timestamped, never overwritten)
 * before it is reset; see electron/main/window-state-store.ts.
 */
import { copyFile, mkdir, open, readFile, rename, rm, truncate } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { FORMAT_VERSION } from '../../../shared/session/document';
import type { SessionState } from '../../../shared/session/reducer';
import type { JournalEntry } from './journal';
import { parseJournal } from './journal';

export const FILES = {
  snapshot: 'snapshot.json',
  prevSnapshot: 'snapshot.prev.json',
  journal: 'journal.jsonl',
  prevJournal: 'journal.prev.jsonl',
  kept: 'kept',
} as const;

export interface SnapshotFile {
  formatVersion: number;
  seq: number;
  savedAt: number;
  state: SessionState;
}

export class NewerFormatError extends Error {}

export interface LoadedDataDir {
  base: SnapshotFile | null;
  entries: JournalEntry[];
  /** Human-readable notes on every repair made. */
  recovery: string[];
  /** True when something was repaired and a fresh snapshot should be taken. */
  repaired: boolean;
}

/** A file-name-safe UTC timestamp, the prefix of everything kept aside. */
export function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isSnapshotFile(value: unknown): value is SnapshotFile {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<SnapshotFile>;
  const state = s.state as Partial<SessionState> | undefined;
  return (
    typeof s.formatVersion === 'number' &&
    Number.isSafeInteger(s.seq) &&
    typeof state === 'object' &&
    state !== null &&
    typeof state.doc === 'object' &&
    state.doc !== null &&
    Array.isArray(state.doc.parts) &&
    typeof state.doc.event === 'object' &&
    typeof state.history === 'object'
  );
}

export class DataDir {
  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  path(name: string): string {
    return join(this.dir, name);
  }

  /** Copies (or moves) an unreadable file into kept/ under a timestamped name. */
  private async keepAside(name: string, how: 'copy' | 'move'): Promise<string> {
    await mkdir(this.path(FILES.kept), { recursive: true });
    const target = join(FILES.kept, `${stamp(this.now())}-${name}`);
    if (how === 'move') await rename(this.path(name), this.path(target));
    else await copyFile(this.path(name), this.path(target));
    return target;
  }

  private async readSnapshot(name: string, recovery: string[]): Promise<SnapshotFile | null> {
    if (!existsSync(this.path(name))) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(this.path(name), 'utf8'));
    } catch (error) {
      parsed = error;
    }
    if (isSnapshotFile(parsed)) {
      if (parsed.formatVersion > FORMAT_VERSION) {
        throw new NewerFormatError(
          `${this.path(name)} was written by a newer Moderator Console (data format ${parsed.formatVersion}; this version reads ${FORMAT_VERSION}). ` +
            'Update the app, or start with another data dir; the files were left untouched.',
        );
      }
      return parsed;
    }
    const kept = await this.keepAside(name, 'move');
    recovery.push(`${name} could not be read and was moved to ${kept}; the session was rebuilt from the previous snapshot and the journal.`);
    return null;
  }

  private async readJournal(name: string, recovery: string[]): Promise<{ entries: JournalEntry[]; damaged: boolean; repaired: boolean }> {
    if (!existsSync(this.path(name))) return { entries: [], damaged: false, repaired: false };
    const text = await readFile(this.path(name), 'utf8');
    const read = parseJournal(text);
    if (read.damagedAtLine !== null) {
      const kept = await this.keepAside(name, 'copy');
      recovery.push(`${name} is damaged at line ${read.damagedAtLine}; commands up to line ${read.damagedAtLine - 1} were recovered and the whole file was copied to ${kept}.`);
      return { entries: read.entries, damaged: true, repaired: true };
    }
    if (read.tornTail !== null && read.tornTail.trim() !== '') {
      await mkdir(this.path(FILES.kept), { recursive: true });
      const target = join(FILES.kept, `${stamp(this.now())}-${name}.torn-tail`);
      await writeFileAtomic(this.path(target), read.tornTail);
      await truncate(this.path(name), read.goodBytes);
      recovery.push(`${name} ended with an incomplete command (never acknowledged); it was ignored and its bytes kept in ${target}.`);
      return { entries: read.entries, damaged: false, repaired: false };
    }
    return { entries: read.entries, damaged: false, repaired: false };
  }

  async load(): Promise<LoadedDataDir> {
    await mkdir(this.dir, { recursive: true });
    const recovery: string[] = [];
    const current = await this.readSnapshot(FILES.snapshot, recovery);
    const base = current ?? (await this.readSnapshot(FILES.prevSnapshot, recovery));
    let repaired = recovery.length > 0;
    const baseSeq = base?.seq ?? 0;
    const entries: JournalEntry[] = [];
    let expected = baseSeq + 1;
    for (const name of [FILES.prevJournal, FILES.journal]) {
      const read = await this.readJournal(name, recovery);
      repaired ||= read.repaired;
      let gap = false;
      for (const entry of read.entries) {
        if (entry.seq < expected) continue;
        if (entry.seq !== expected) {
          gap = true;
          break;
        }
        entries.push(entry);
        expected++;
      }
      if (gap) {
        const kept = await this.keepAside(name, 'copy');
        recovery.push(`${name} skips from command ${expected - 1} to a later one; replay stopped at ${expected - 1} and the file was copied to ${kept}.`);
        repaired = true;
        break;
      }
      if (read.damaged) break;
    }
    return { base, entries, recovery, repaired };
  }

  /**
   * Writes a snapshot at `seq` and rotates the journals (see the rules
   * above). After a repair (`fresh`), both snapshot files get the repaired
   * state and the journals, already copied into kept/, are dropped.
   */
  async rotate(snapshot: SnapshotFile, fresh = false): Promise<void> {
    const tmp = this.path(`${FILES.snapshot}.tmp`);
    const text = JSON.stringify(snapshot);
    await writeFileAtomic(tmp, text, { fsync: true });
    if (fresh) {
      await writeFileAtomic(this.path(FILES.prevSnapshot), text, { fsync: true });
    } else if (existsSync(this.path(FILES.snapshot))) {
      await rename(this.path(FILES.snapshot), this.path(FILES.prevSnapshot));
    }
    await rename(tmp, this.path(FILES.snapshot));
    if (fresh) {
      await rm(this.path(FILES.journal), { force: true });
      await rm(this.path(FILES.prevJournal), { force: true });
    } else if (existsSync(this.path(FILES.journal))) {
      await rename(this.path(FILES.journal), this.path(FILES.prevJournal));
    } else {
      await rm(this.path(FILES.prevJournal), { force: true });
    }
    await fsyncDir(this.dir);
  }
}
