/**
 * Reads a session folder of the previous format (release 0.1.0's file
 * store) without changing a byte of it: the migration then moves every
 * file, as it is, into kept/legacy-<stamp>/.
 *
 * The previous format
 *   snapshot.json        { formatVersion, seq, savedAt, state: { doc, history } }
 *   snapshot.prev.json   the snapshot before it
 *   journal.jsonl        one command per line, { seq, at, ids, cmd }, after snapshot.json
 *   journal.prev.jsonl   the commands between snapshot.prev.json and snapshot.json
 * The release wrote a snapshot (both files) before the first command, so
 * every command refers to ids a snapshot holds.
 *
 * Reading rules (they fix what the release's own reader got wrong, issue 12)
 * 1. The base is the newest snapshot that parses and has the shape of a
 *    session (an event, parts, a timer, a record of recommendations with
 *    its shards, conflicts, drafts and foreign names, settings):
 *    snapshot.json, else snapshot.prev.json. One of a newer format stops
 *    the migration (NewerFormatError), untouched.
 * 2. Journal lines are cut at newline bytes and decoded one by one, so a
 *    damaged byte costs its own line only. A line that is not a command
 *    (garbage, invalid UTF-8, an edited letter that breaks the JSON) is
 *    skipped, and reading goes on: a garbage line inserted between two
 *    commands loses nothing.
 * 3. A last line without its newline is a write cut short by a crash: the
 *    release acknowledged a command only after its whole line (newline
 *    included) was flushed, so it was never acknowledged, and is ignored.
 * 4. From the base, commands follow in seq order from either journal,
 *    stopping at the first seq that no readable line holds: a command is
 *    never replayed after a gap (it could depend on the missing one).
 * 5. Without a readable snapshot nothing can be replayed (the commands
 *    refer to what the lost snapshot held): the result has no base and no
 *    commands, and says so. Nothing is lost: the files go to kept/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { FORMAT_VERSION } from '../../../shared/session/document';
import type { StoredCommand } from './content';
import { NewerFormatError } from './errors';
import { storePath } from './folder';

export const LEGACY_FILES = {
  snapshot: 'snapshot.json',
  prevSnapshot: 'snapshot.prev.json',
  journal: 'journal.jsonl',
  prevJournal: 'journal.prev.jsonl',
} as const;

export interface LegacySnapshot {
  formatVersion: number;
  seq: number;
  savedAt: number;
  /** { doc, history } as the release kept it; history is normalised by the host (restoreHistory). */
  state: { doc: unknown; history: unknown };
}

export interface LegacyRead {
  base: LegacySnapshot | null;
  /** Which file the base came from. */
  baseFile: string | null;
  /** The commands after the base, in seq order, without a gap. */
  commands: StoredCommand[];
  /** The highest seq any readable journal line holds (to say what could not be replayed). */
  highestSeqSeen: number;
  /** What was met on the way, in plain words, for the migration note. */
  problems: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why `value` is not a snapshot of the previous format, or null when it is one. */
function snapshotProblem(value: unknown): string | null {
  if (!isObject(value)) return 'it is not a JSON object';
  if (typeof value.formatVersion !== 'number' || !Number.isSafeInteger(value.seq) || (value.seq as number) < 0 || typeof value.savedAt !== 'number') return 'its header (formatVersion, seq, savedAt) is missing or wrong';
  const state = value.state;
  if (!isObject(state) || !isObject(state.doc)) return 'it holds no session';
  const doc = state.doc;
  const recommendations = doc.recommendations;
  if (!isObject(doc.event)) return 'its event is missing';
  if (!Array.isArray(doc.parts)) return 'its run-of-show (parts) is missing';
  if (!isObject(doc.timer)) return 'its timer is missing';
  // Drafts were a map by rapporteur in format 1 and are a list since 2 (shared/session/upgrade.ts).
  const draftsRead = (drafts: unknown) => isObject(drafts) || Array.isArray(drafts);
  if (!isObject(recommendations) || !['byShard', 'conflicts', 'foreign'].every((key) => isObject(recommendations[key])) || !draftsRead(recommendations.drafts)) return 'its recommendations are missing';
  if (!isObject(doc.settings)) return 'its settings are missing';
  return null;
}

/**
 * A file this process may not read (chmod 000 for another user) is not
 * damage: the migration stops and nothing is moved, so the user can fix
 * the permission instead of losing what the file holds.
 */
function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (code !== 'EACCES' && code !== 'EPERM') throw error;
    throw new Error(`${path} can not be read (${code}). Nothing was changed: give this user read access to it, or start with another data dir (--data-dir).`, { cause: error });
  }
}

function readSnapshot(dir: string, name: string, problems: string[]): LegacySnapshot | null {
  const path = storePath(dir, name);
  if (!existsSync(path)) return null;
  const bytes = readBytes(path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    problems.push(`${name} could not be read (it is not valid JSON).`);
    return null;
  }
  const problem = snapshotProblem(parsed);
  if (problem !== null) {
    problems.push(`${name} could not be used (${problem}).`);
    return null;
  }
  const snapshot = parsed as unknown as LegacySnapshot;
  if (snapshot.formatVersion > FORMAT_VERSION) {
    throw new NewerFormatError(
      `${path} was written by a newer Moderator Console (data format ${snapshot.formatVersion}; this version reads ${FORMAT_VERSION}). ` +
        'Update the app, or start with another data dir; the files were left untouched.',
    );
  }
  return snapshot;
}

function asCommand(value: unknown): StoredCommand | null {
  if (!isObject(value)) return null;
  const { seq, at, ids, cmd } = value;
  if (!Number.isSafeInteger(seq) || (seq as number) < 1 || typeof at !== 'number' || !Number.isFinite(at)) return null;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string') || !isObject(cmd)) return null;
  return { seq: seq as number, at, ids: ids as string[], cmd };
}

/** One journal line: its command, 'blank', or null when it is not a readable command. */
function parseLine(decoder: InstanceType<typeof TextDecoder>, raw: Uint8Array): StoredCommand | 'blank' | null {
  try {
    const text = decoder.decode(raw);
    return text.trim() === '' ? 'blank' : asCommand(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Every readable command line of one journal (rules 2 and 3). */
function readJournal(dir: string, name: string, problems: string[]): StoredCommand[] {
  const path = storePath(dir, name);
  if (!existsSync(path)) return [];
  const bytes = readBytes(path);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const commands: StoredCommand[] = [];
  const unreadable: number[] = [];
  let start = 0;
  for (let line = 1; start < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const raw = bytes.subarray(start, end);
    start = end + 1;
    if (newline === -1) {
      problems.push(`${name} ended with an incomplete line (a command cut off by a crash before it was acknowledged); it was ignored.`);
      break;
    }
    const command = parseLine(decoder, raw);
    if (command === null) unreadable.push(line);
    else if (command !== 'blank') commands.push(command);
  }
  if (unreadable.length > 0) {
    const lines = unreadable.length > 5 ? `${unreadable.slice(0, 5).join(', ')}, …` : unreadable.join(', ');
    problems.push(`${name}: ${unreadable.length === 1 ? `line ${lines} is` : `lines ${lines} are`} not a readable command and ${unreadable.length === 1 ? 'was' : 'were'} skipped.`);
  }
  return commands;
}

/** Reads the folder by the rules above; throws only for a newer format or an error of the disk. */
export function readLegacyFolder(dir: string): LegacyRead {
  const problems: string[] = [];
  let baseFile: string | null = LEGACY_FILES.snapshot;
  let base = readSnapshot(dir, LEGACY_FILES.snapshot, problems);
  if (base === null) {
    baseFile = LEGACY_FILES.prevSnapshot;
    base = readSnapshot(dir, LEGACY_FILES.prevSnapshot, problems);
  }
  if (base === null) baseFile = null;
  const bySeq = new Map<number, StoredCommand>();
  for (const name of [LEGACY_FILES.prevJournal, LEGACY_FILES.journal]) {
    for (const command of readJournal(dir, name, problems)) if (!bySeq.has(command.seq)) bySeq.set(command.seq, command);
  }
  const highestSeqSeen = Math.max(0, ...bySeq.keys());
  const commands: StoredCommand[] = [];
  if (base !== null) {
    for (let seq = base.seq + 1; bySeq.has(seq); seq++) commands.push(bySeq.get(seq)!);
    const reached = commands.at(-1)?.seq ?? base.seq;
    if (highestSeqSeen > reached) {
      problems.push(`Command ${reached + 1} could not be read, so the commands after it (up to ${highestSeqSeen}) were not replayed; they are still in the old files.`);
    }
  } else if (bySeq.size > 0) {
    problems.push(`No snapshot could be read, so the ${bySeq.size} command(s) in the journals (up to ${highestSeqSeen}) could not be replayed: they refer to what the lost snapshot held.`);
  }
  return { base, baseFile, commands, highestSeqSeen, problems };
}
