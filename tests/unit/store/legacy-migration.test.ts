/**
 * A session folder written by the current release (SessionHost + DataDir:
 * snapshot.json, snapshot.prev.json, journal.jsonl, journal.prev.jsonl)
 * opens once into the store: the newest snapshot and every command after
 * it, the torn tail of a crash ignored as the release itself would, the old
 * files moved to kept/legacy-<stamp>/, and a note saying what happened.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../shared/commands';
import { applyCommand, type SessionState } from '../../../shared/session';
import type { EpochMs, IsoDate } from '../../../shared/units';
import { FILES, type SnapshotFile } from '../../../electron/host/data-dir';
import { parseJournal } from '../../../electron/host/journal';
import { SessionHost } from '../../../electron/host/session-host';
import type { StoredCommand, StoredSnapshot } from '../../../electron/host/store/session-store';
import { almaty, manualClock, tempDir } from '../helpers';
import { fileMode, keptFiles, openStore, storeOptions, testClock, withRaw } from './store-helpers';

/** How the host will cut its state (a smaller version of its 256 recommendation shards). */
function splitState(state: SessionState): Array<[string, unknown]> {
  const { doc, history } = state;
  return [
    ['doc.event', doc.event],
    ['doc.parts', doc.parts],
    ['doc.timer', doc.timer],
    ['doc.settings', doc.settings],
    ['doc.recommendations', doc.recommendations],
    ['doc.formatVersion', doc.formatVersion],
    ['history', history],
  ];
}

function joinState(snapshot: StoredSnapshot): SessionState {
  const chunk = (key: string) => snapshot.chunks.get(key);
  return {
    doc: {
      formatVersion: chunk('doc.formatVersion'),
      event: chunk('doc.event'),
      parts: chunk('doc.parts'),
      timer: chunk('doc.timer'),
      settings: chunk('doc.settings'),
      recommendations: chunk('doc.recommendations'),
    },
    history: chunk('history'),
  } as SessionState;
}

/** Replays stored commands the way the host does at open (the ids the journal recorded, its host times). */
function replay(state: SessionState, commands: StoredCommand[]): SessionState {
  for (const entry of commands) {
    const parsed = parseCommand(entry.cmd);
    if (!parsed.ok) throw new Error(`command ${entry.seq} does not validate`);
    let next = 0;
    state = applyCommand(state, parsed.command, {
      now: entry.at as EpochMs,
      today: formatInTimeZone(entry.at, state.doc.event.timeZone, 'yyyy-MM-dd') as IsoDate,
      newId: () => entry.ids[next++]!,
    }).state;
  }
  return state;
}

/** A folder as the current release leaves it after a kill -9: rotated snapshots, two journals, a torn last line. */
async function legacyFolder(): Promise<{ dir: string; atCrash: SessionState }> {
  const live = await tempDir('legacy-live');
  const clock = manualClock(almaty('09:00'));
  const host = await SessionHost.open({ dataDir: live, clock, snapshotEvery: 5 });
  const segmentId = host.current.doc.parts[0]!.segments[0]!.id;
  for (let n = 1; n <= 12; n++) {
    clock.advance(60_000);
    const result = await host.dispatch({ type: 'segment.update', segmentId, patch: { title: `Opening, take ${n}` } });
    expect(result.ok).toBe(true);
  }
  await host.dispatch({ type: 'part.add', title: 'Added with a new id' });
  const atCrash = host.current;
  const dir = await tempDir('legacy-crashed');
  cpSync(live, dir, { recursive: true });
  await host.close();
  appendFileSync(join(dir, FILES.journal), '{"seq":14,"at":16974');
  return { dir, atCrash };
}

describe('migrating a folder of the previous format', { timeout: 30_000 }, () => {
  it('opens once into the store with the snapshot and every command after it, and keeps the old files', { timeout: 60_000 }, async () => {
    const { dir, atCrash } = await legacyFolder();
    const legacySnapshot = JSON.parse(readFileSync(join(dir, FILES.snapshot), 'utf8')) as SnapshotFile;
    const journal = parseJournal(readFileSync(join(dir, FILES.journal), 'utf8')).entries;
    expect(legacySnapshot.seq).toBe(10);
    expect(journal.map((e) => e.seq)).toEqual([11, 12, 13]);
    const legacyNames = readdirSync(dir).sort();
    expect(legacyNames).toEqual(['journal.jsonl', 'journal.prev.jsonl', 'snapshot.json', 'snapshot.prev.json']);

    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock, { splitLegacyState: splitState }));
    expect(opened.status).toBe('migrated');
    expect(opened.snapshot).toMatchObject({ seq: 10, savedAt: legacySnapshot.savedAt, formatVersion: 1 });
    expect(opened.snapshot!.chunks).toEqual(new Map(splitState(legacySnapshot.state)));
    expect(opened.commands).toEqual(journal);
    expect(replay(joinState(opened.snapshot!), opened.commands)).toEqual(atCrash);

    // The old files, byte for byte, in kept/legacy-<stamp>/ (0600), and the torn tail where the release keeps it.
    const keptDir = join(dir, 'kept', 'legacy-2023-10-16T03-00-00-000Z');
    expect(readdirSync(keptDir).sort()).toEqual(legacyNames);
    for (const name of legacyNames) expect(fileMode(join(keptDir, name))).toBe(0o600);
    expect(JSON.parse(readFileSync(join(keptDir, FILES.snapshot), 'utf8'))).toEqual(legacySnapshot);
    expect(keptFiles(dir)).toEqual(['2023-10-16T03-00-00-000Z-journal.jsonl.torn-tail', 'legacy-2023-10-16T03-00-00-000Z']);
    expect(readdirSync(dir).sort()).toEqual(['kept', 'lock.json', 'session.lock', 'session.sqlite', 'session.sqlite-wal']);

    expect(opened.recovery).toHaveLength(1);
    expect(opened.recovery[0]).toMatchObject({ kind: 'migrated', at: clock.now() });
    const message = opened.recovery[0]!.message;
    expect(message).toMatch(/^This session folder was converted from the previous file format: the snapshot at command 10 \(saved 2023-10-16 \d\d:\d\d:\d\d UTC\) and 3 later command\(s\), up to command 13\. /);
    expect(message).toContain('The old files (journal.jsonl, journal.prev.jsonl, snapshot.json, snapshot.prev.json) were moved to kept/legacy-2023-10-16T03-00-00-000Z/.');
    expect(message).toContain('While reading them: journal.jsonl ended with an incomplete command (never acknowledged); it was ignored and its bytes kept in kept/2023-10-16T03-00-00-000Z-journal.jsonl.torn-tail.');

    // Once: the next open is an ordinary one, and the note stays until acknowledged.
    opened.store.close();
    const again = await openStore(dir, storeOptions(clock, { splitLegacyState: splitState }));
    expect(again.status).toBe('opened');
    expect(again.commands).toEqual(journal);
    expect(again.recovery).toEqual(opened.recovery);
  });

  it('finishes moving the old files after a crash between installing the store and moving them', { timeout: 60_000 }, async () => {
    const { dir } = await legacyFolder();
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock, { splitLegacyState: splitState }));
    opened.store.close();
    // Put the folder back the way a crash right after step 1 leaves it: the old files still in place, legacy_pending set.
    const keptDir = join(dir, 'kept', 'legacy-2023-10-16T03-00-00-000Z');
    for (const name of readdirSync(keptDir)) renameSync(join(keptDir, name), join(dir, name));
    withRaw(join(dir, 'session.sqlite'), (db) => db.prepare("INSERT INTO meta (key, value) VALUES ('legacy_pending', 'kept/legacy-2023-10-16T03-00-00-000Z')").run());

    const reopened = await openStore(dir, storeOptions(clock, { splitLegacyState: splitState }));
    expect(reopened.status).toBe('opened');
    expect(readdirSync(keptDir).sort()).toEqual(['journal.jsonl', 'journal.prev.jsonl', 'snapshot.json', 'snapshot.prev.json']);
    expect(existsSync(join(dir, FILES.snapshot))).toBe(false);
    reopened.store.close();
    expect(withRaw(join(dir, 'session.sqlite'), (db) => db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'legacy_pending'").get())).toEqual({ n: 0 });
  });
});
