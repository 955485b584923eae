/**
 * A session folder written by release 0.1.0 (tests/fixtures/legacy-0.1.0:
 * snapshot.json, snapshot.prev.json, journal.jsonl, journal.prev.jsonl, as
 * a kill -9 left it) opens once into the store: the newest snapshot and
 * every command after it, replaying to exactly the state that release
 * held, the old files moved unchanged to kept/legacy-<stamp>/, and a note
 * saying what happened. Then the release's own reader's failures (issue
 * 12, findings 2-4), each on a damaged copy of that folder: none of them
 * loses a command any more, and nothing is deleted.
 */
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { replayCommand, upgradeState } from '../../../shared/session/upgrade';
import { FORMAT_VERSION } from '../../../shared/session/document';
import type { SessionState } from '../../../shared/session/reducer';
import type { EpochMs, IsoDate } from '../../../shared/kernel/units';
import { NewerFormatError } from '../../../electron/host/store/errors';
import type { StoredCommand, StoredSnapshot } from '../../../electron/host/store/session-store';
import { tempDir } from '../helpers';
import { fileMode, keptFiles, openStore, sha256File, storeOptions, testClock, withRaw } from './store-helpers';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'legacy-0.1.0');
const EXPECTED = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as { seq: number; state: SessionState };
const LEGACY_NAMES = ['journal.jsonl', 'journal.prev.jsonl', 'snapshot.json', 'snapshot.prev.json'];
const KEPT = 'legacy-2023-10-16T03-00-00-000Z';

/** A smaller version of the host's split (the host cuts the record into 256 shards). */
function splitState(state: { doc: unknown; history: unknown }): Array<[string, unknown]> {
  const doc = state.doc as SessionState['doc'];
  return [
    ['doc.event', doc.event],
    ['doc.parts', doc.parts],
    ['doc.timer', doc.timer],
    ['doc.settings', doc.settings],
    ['doc.recommendations', doc.recommendations],
    ['history', state.history],
  ];
}

/** The release's document (format 1), brought to this version's format as the host does at open. */
function joinState(snapshot: StoredSnapshot): SessionState {
  const chunk = (key: string) => snapshot.chunks.get(key);
  const saved = { formatVersion: 1, event: chunk('doc.event'), parts: chunk('doc.parts'), timer: chunk('doc.timer'), settings: chunk('doc.settings'), recommendations: chunk('doc.recommendations') };
  // Documents and undo steps alike: the release's host time had fractions of a millisecond (upgrade.ts).
  return upgradeState({ doc: saved, history: chunk('history') as SessionState['history'] });
}

/** Replays stored commands the way the host does at open (the ids the journal recorded, its host times; upgrade.ts replayCommand). */
function replay(state: SessionState, commands: StoredCommand[]): SessionState {
  for (const entry of commands) {
    let next = 0;
    const replayed = replayCommand(
      state,
      entry.cmd,
      { now: entry.at as EpochMs, today: formatInTimeZone(entry.at, state.doc.event.timeZone, 'yyyy-MM-dd') as IsoDate, newId: () => entry.ids[next++]! },
      entry.seq,
    );
    if (replayed.leftOut !== null) throw new Error(replayed.leftOut);
    state = replayed.state;
  }
  return state;
}

/** What the release held after its last command, in this version's format. */
const EXPECTED_STATE: SessionState = upgradeState({ doc: EXPECTED.state.doc, history: EXPECTED.state.history });

/** A copy of the release's folder to work on. */
async function legacyFolder(label: string): Promise<string> {
  const dir = await tempDir(label);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const openMigrated = (dir: string, clock = testClock()) => openStore(dir, storeOptions(clock, { splitLegacyState: splitState }));

function journalLines(dir: string, name: string): string[] {
  return readFileSync(join(dir, name), 'utf8').split('\n').filter((line) => line !== '');
}

describe('migrating a folder written by release 0.1.0', { timeout: 30_000 }, () => {
  it('opens once into the store with the snapshot and every command after it, and keeps the old files unchanged', async () => {
    const dir = await legacyFolder('legacy');
    const hashes = new Map(LEGACY_NAMES.map((name) => [name, sha256File(join(dir, name))]));
    const clock = testClock();

    const opened = await openMigrated(dir, clock);

    expect(opened.status).toBe('migrated');
    expect(opened.snapshot).toMatchObject({ seq: 12, formatVersion: 1 });
    expect(opened.commands.map((c) => c.seq)).toEqual([13, 14]);
    expect(opened.store.lastSeq).toBe(EXPECTED.seq);
    expect(replay(joinState(opened.snapshot!), opened.commands)).toEqual(EXPECTED_STATE);

    const keptDir = join(dir, 'kept', KEPT);
    expect(readdirSync(keptDir).sort()).toEqual(LEGACY_NAMES);
    for (const name of LEGACY_NAMES) {
      expect(sha256File(join(keptDir, name))).toBe(hashes.get(name));
      expect(fileMode(join(keptDir, name))).toBe(0o600);
    }
    expect(readdirSync(dir).sort()).toEqual(['kept', 'lock.json', 'session.lock', 'session.sqlite', 'session.sqlite-wal']);
    expect(opened.recovery).toEqual([
      {
        id: expect.any(String),
        at: clock.now(),
        kind: 'migrated',
        message:
          'This session folder was converted from the previous file format: snapshot.json (command 12, saved 2023-10-16 03:06:49 UTC) and 2 later command(s), up to command 14. ' +
          `The old files (journal.jsonl, journal.prev.jsonl, snapshot.json, snapshot.prev.json) were moved, unchanged, to kept/${KEPT}/.`,
      },
    ]);

    // Once: the next open is an ordinary one, and the note stays until acknowledged.
    opened.store.close();
    const again = await openMigrated(dir, clock);
    expect(again.status).toBe('opened');
    expect(again.commands).toEqual(opened.commands);
    expect(again.recovery).toEqual(opened.recovery);
  });

  it('finishes moving the old files after a crash between installing the store and moving them', async () => {
    const dir = await legacyFolder('legacy-pending');
    const clock = testClock();
    const opened = await openMigrated(dir, clock);
    opened.store.close();
    // Put the folder back the way a crash right after step 1 leaves it: the old files still in place, legacy_pending set.
    const keptDir = join(dir, 'kept', KEPT);
    for (const name of readdirSync(keptDir)) renameSync(join(keptDir, name), join(dir, name));
    withRaw(join(dir, 'session.sqlite'), (db) => db.prepare(`INSERT INTO meta (key, value) VALUES ('legacy_pending', 'kept/${KEPT}')`).run());

    const reopened = await openMigrated(dir, clock);
    expect(reopened.status).toBe('opened');
    expect(readdirSync(keptDir).sort()).toEqual(LEGACY_NAMES);
    expect(existsSync(join(dir, 'snapshot.json'))).toBe(false);
    reopened.store.close();
    expect(withRaw(join(dir, 'session.sqlite'), (db) => db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'legacy_pending'").get())).toEqual({ n: 0 });
  });

  it('refuses a folder whose snapshot a newer release wrote, and leaves it untouched', async () => {
    const dir = await legacyFolder('legacy-newer');
    const snapshot = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8'));
    writeFileSync(join(dir, 'snapshot.json'), JSON.stringify({ ...snapshot, formatVersion: FORMAT_VERSION + 1 }));
    const hashes = new Map(LEGACY_NAMES.map((name) => [name, sha256File(join(dir, name))]));

    await expect(openMigrated(dir)).rejects.toThrow(NewerFormatError);
    // Only the (empty) lock file was added; every old file is where and what it was.
    expect(readdirSync(dir).sort()).toEqual([...LEGACY_NAMES, 'session.lock'].sort());
    for (const [name, hash] of hashes) expect(sha256File(join(dir, name))).toBe(hash);
  });
});

describe("the previous release's reading failures, on a migrated copy of its folder", { timeout: 30_000 }, () => {
  it('a garbage line in the middle of the journal costs nothing (finding 3: every later command was dropped)', async () => {
    const dir = await legacyFolder('legacy-garbage-line');
    const lines = journalLines(dir, 'journal.prev.jsonl');
    writeFileSync(join(dir, 'journal.prev.jsonl'), [lines[0], lines[1], '\u0000\u0000garbage{"seq":', lines[2], lines[3], ''].join('\n'));
    rmSync(join(dir, 'snapshot.json'));

    const opened = await openMigrated(dir);

    // From snapshot.prev.json (command 8): 9-12 from journal.prev.jsonl around the garbage line, 13-14 from journal.jsonl.
    expect(opened.status).toBe('migrated');
    expect(opened.snapshot!.seq).toBe(8);
    expect(opened.commands.map((c) => c.seq)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(replay(joinState(opened.snapshot!), opened.commands)).toEqual(EXPECTED_STATE);
    expect(opened.recovery[0]!.message).toContain('While reading them: journal.prev.jsonl: line 3 is not a readable command and was skipped.');
  });

  it('a torn last line after an invalid UTF-8 byte is ignored, and no byte of the file is cut (finding 3: the cut was at the wrong byte)', async () => {
    const dir = await legacyFolder('legacy-torn-utf8');
    const lines = journalLines(dir, 'journal.jsonl');
    // Command 14 as its writer left it after a bad sector: one byte that is not UTF-8 inside its text, then a torn line.
    const damaged = Buffer.concat([Buffer.from(`${lines[0]}\n`), Buffer.from(lines[1]!.replace('timer.pause', 'timer.p\u00ffuse'), 'latin1'), Buffer.from('\n{"seq":15,"at":1697425721500,"ids":[],"cmd":{"type":"timer.st')]);
    writeFileSync(join(dir, 'journal.jsonl'), damaged);

    const opened = await openMigrated(dir);

    expect(opened.commands.map((c) => c.seq)).toEqual([13]);
    expect(opened.recovery[0]!.message).toContain('journal.jsonl ended with an incomplete line (a command cut off by a crash before it was acknowledged); it was ignored.');
    expect(opened.recovery[0]!.message).toContain('journal.jsonl: line 2 is not a readable command and was skipped.');
    expect(readFileSync(join(dir, 'kept', KEPT, 'journal.jsonl'))).toEqual(damaged);
  });

  it('a snapshot that is valid JSON with recommendations: null falls back to the previous one and the journals (finding 4)', async () => {
    const dir = await legacyFolder('legacy-null-recs');
    const snapshot = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8'));
    snapshot.state.doc.recommendations = null;
    writeFileSync(join(dir, 'snapshot.json'), JSON.stringify(snapshot));

    const opened = await openMigrated(dir);

    expect(opened.status).toBe('migrated');
    expect(opened.snapshot!.seq).toBe(8);
    expect(replay(joinState(opened.snapshot!), opened.commands)).toEqual(EXPECTED_STATE);
    expect(opened.recovery[0]!.message).toContain('snapshot.json could not be used (its recommendations are missing).');
    expect(opened.recovery[0]!.message).toContain('converted from the previous file format: snapshot.prev.json (command 8, saved 2023-10-16 03:04:20 UTC) and 6 later command(s), up to command 14.');
  });

  it('both snapshots unreadable: nothing is replayed onto a blank session, nothing is deleted, and the note says so (finding 2)', async () => {
    const dir = await legacyFolder('legacy-no-snapshot');
    writeFileSync(join(dir, 'snapshot.json'), '{"formatVersion":1,"seq":12,"sta\u0000\u0000 disk full');
    rmSync(join(dir, 'snapshot.prev.json'));
    const hashes = new Map(['journal.jsonl', 'journal.prev.jsonl', 'snapshot.json'].map((name) => [name, sha256File(join(dir, name))]));

    const opened = await openMigrated(dir);

    expect(opened).toMatchObject({ status: 'unrecoverable', snapshot: null, commands: [] });
    for (const [name, hash] of hashes) expect(sha256File(join(dir, 'kept', KEPT, name))).toBe(hash);
    expect(opened.recovery[0]).toMatchObject({ kind: 'unrecoverable' });
    expect(opened.recovery[0]!.message).toBe(
      'This session folder was in the previous file format, but no snapshot in it could be read. The session starts empty. ' +
        `The old files (journal.jsonl, journal.prev.jsonl, snapshot.json) were moved, unchanged, to kept/${KEPT}/. ` +
        'While reading them: snapshot.json could not be read (it is not valid JSON). No snapshot could be read, so the 6 command(s) in the journals (up to 14) could not be replayed: they refer to what the lost snapshot held.',
    );
  });

  it('a missing command stops the replay there and says which commands were not replayed', async () => {
    const dir = await legacyFolder('legacy-gap');
    const lines = journalLines(dir, 'journal.jsonl');
    writeFileSync(join(dir, 'journal.jsonl'), `${lines[1]}\n`);

    const opened = await openMigrated(dir);

    expect(opened.commands).toEqual([]);
    expect(opened.store.lastSeq).toBe(12);
    expect(opened.recovery[0]!.message).toContain('Command 13 could not be read, so the commands after it (up to 14) were not replayed; they are still in the old files.');
  });

  it('moves orphaned temp files of the old writer too', async () => {
    const dir = await legacyFolder('legacy-orphans');
    writeFileSync(join(dir, 'snapshot.json.tmp.4242.0'), 'half a snapshot');

    await openMigrated(dir);

    expect(readdirSync(join(dir, 'kept', KEPT)).sort()).toEqual([...LEGACY_NAMES, 'snapshot.json.tmp.4242.0'].sort());
    expect(keptFiles(dir)).toEqual([KEPT]);
  });

});
