/**
 * The session store on a real folder: commands and snapshots survive a
 * reopen exactly, a snapshot stores only what changed and prunes the
 * commands it covers, every row is checksummed (an edited letter is found
 * and handled by the recovery rules), notes stay until acknowledged, and
 * the files are private.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION } from '../../../shared/session/document';
import { describe, expect, it } from 'vitest';
import { NewerFormatError } from '../../../electron/host/store/errors';
import { snapshotSum } from '../../../electron/host/store/checksums';
import { SessionStore } from '../../../electron/host/store/session-store';
import { tempDir } from '../helpers';
import { appendAll, chunks, command, commands, fileMode, keptFiles, openStore, sha256File, storeOptions, testClock, withRaw } from './store-helpers';

describe('the session store', { timeout: 30_000 }, () => {
  it('starts a new folder empty, then keeps every command and the snapshot across a reopen', async () => {
    const dir = await tempDir('store-roundtrip');
    const clock = testClock();
    const first = await openStore(dir, storeOptions(clock));
    expect(first).toMatchObject({ status: 'new', snapshot: null, commands: [], recovery: [] });

    first.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    appendAll(first, commands(1, 25));
    first.store.close();

    const second = await openStore(dir, storeOptions(clock));
    expect(second.status).toBe('opened');
    expect(second.snapshot).toMatchObject({ seq: 0, savedAt: clock.now(), formatVersion: FORMAT_VERSION });
    expect(second.snapshot!.chunks).toEqual(new Map(chunks('v0')));
    expect(second.commands).toEqual(commands(1, 25));
    expect(second.store.lastSeq).toBe(25);
    // Host times are fractional milliseconds; they come back exactly.
    expect(second.commands[0]!.at % 1).toBe(0.25);
  });

  it('appends one command per transaction, and the cost does not grow with the session', { timeout: 60_000 }, async () => {
    const dir = await tempDir('store-flat');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('big', 64), [], clock.now());
    // 3,000 commands, a snapshot every 500: the commands table never holds more than 500.
    for (let seq = 1; seq <= 3_000; seq++) {
      opened.store.append(command(seq));
      if (seq % 500 === 0) opened.store.saveSnapshot(seq, [['doc.parts', { at: seq }]], [], clock.now());
    }
    const rows = (db: import('better-sqlite3').Database) => db.prepare('SELECT count(*) AS n FROM commands').get() as { n: number };
    opened.store.close();
    expect(withRaw(join(dir, 'session.sqlite'), rows).n).toBe(0);

    const reopened = await openStore(dir, storeOptions(clock));
    expect(reopened.snapshot!.seq).toBe(3_000);
    expect(reopened.snapshot!.chunks.get('doc.parts')).toEqual({ at: 3_000 });
    expect(reopened.commands).toEqual([]);
  });

  it('refuses a command that does not follow the last one, and stores nothing for it', async () => {
    const dir = await tempDir('store-order');
    const opened = await openStore(dir, storeOptions(testClock()));
    opened.store.append(command(1));
    expect(() => opened.store.append(command(3))).toThrow(/command 3 does not follow the last stored command \(1\)/);
    expect(() => opened.store.append({ ...command(2), cmd: undefined })).toThrow(TypeError);
    expect(opened.store.lastSeq).toBe(1);
  });

  it('saves a snapshot as the changed chunks only, removes chunks, and prunes the commands it covers, in one transaction', async () => {
    const dir = await tempDir('store-snapshot');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    appendAll(opened, commands(1, 10));
    clock.advance(60_000);
    opened.store.saveSnapshot(8, [['doc.parts', { changed: true }], ['rec.shard.ff', { items: ['new shard'] }]], ['rec.shard.01'], clock.now());
    opened.store.close();

    const expected = new Map(chunks('v0'));
    expected.set('doc.parts', { changed: true });
    expected.set('rec.shard.ff', { items: ['new shard'] });
    expected.delete('rec.shard.01');
    const reopened = await openStore(dir, storeOptions(clock));
    expect(reopened.snapshot).toMatchObject({ seq: 8, savedAt: clock.now() });
    expect(reopened.snapshot!.chunks).toEqual(expected);
    expect(reopened.commands.map((c) => c.seq)).toEqual([9, 10]);
    expect(() => reopened.store.saveSnapshot(7, [], [], clock.now())).toThrow(RangeError);
    expect(() => reopened.store.saveSnapshot(11, [], [], clock.now())).toThrow(RangeError);
  });

  it('keeps its chunk checksums as they were when the disk refuses a snapshot, so the next one and a reopen verify', async () => {
    const dir = await tempDir('store-snapshot-refused');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock, { maxPageCount: 64 }));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    appendAll(opened, commands(1, 4));
    const tooLarge: Array<[string, unknown]> = [['rec.item.big', { text: 'x'.repeat(400_000) }]];
    expect(() => opened.store.saveSnapshot(2, tooLarge, ['rec.shard.01'], clock.now())).toThrow(/disk is full/);
    opened.store.saveSnapshot(3, [['doc.parts', { after: 'the refusal' }]], ['rec.shard.02', 'rec.shard.02'], clock.now());
    opened.store.close();

    const expected = new Map(chunks('v0'));
    expected.set('doc.parts', { after: 'the refusal' });
    expected.delete('rec.shard.02');
    const reopened = await openStore(dir, storeOptions(clock));
    expect(reopened.status).toBe('opened');
    expect(reopened.snapshot).toMatchObject({ seq: 3 });
    expect(reopened.snapshot!.chunks).toEqual(expected);
    expect(() => reopened.store.saveSnapshot(3, [['doc.parts', 1], ['doc.parts', 2]], [], clock.now())).toThrow('snapshot chunk doc.parts is changed twice');
  });

  it('finds an edited letter in a command, keeps the file, and restores every command it can verify', async () => {
    const dir = await tempDir('store-edited-command');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    appendAll(opened, commands(1, 10));
    opened.store.close();
    const database = join(dir, 'session.sqlite');
    withRaw(database, (db) => db.prepare("UPDATE commands SET cmd = replace(cmd, 'Title 7', 'Title 8') WHERE seq = 7").run());
    const damaged = sha256File(database);

    clock.advance(60_000);
    const reopened = await openStore(dir, storeOptions(clock));

    expect(reopened.status).toBe('recovered');
    expect(reopened.snapshot!.chunks).toEqual(new Map(chunks('v0')));
    expect(reopened.commands).toEqual(commands(1, 6));
    expect(reopened.recovery).toHaveLength(1);
    const message = reopened.recovery[0]!.message;
    expect(message).toContain('command 7 fails its checksum');
    expect(message).toContain("Restored from the file's own snapshot (command 0, saved 2023-10-16 03:00:00 UTC); 6 later command(s) were recovered from the damaged file. The session is now at command 6.");
    expect(message).toContain('Commands 7–10 could not be recovered');
    const kept = keptFiles(dir);
    expect(kept).toEqual(['2023-10-16T03-01-00-000Z-damaged-session.sqlite']);
    expect(message).toContain(`The damaged file was kept as kept/${kept[0]}.`);
    expect(sha256File(join(dir, 'kept', kept[0]!))).toBe(damaged);
  });

  it('bridges a damaged command with the newest backup, which holds a good copy of it', async () => {
    const dir = await tempDir('store-bridge');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    appendAll(opened, commands(1, 8));
    clock.advance(5 * 60_000);
    const backup = await opened.store.backupNow('interval');
    expect(backup).toMatchObject({ seq: 8, reason: 'interval', name: '2023-10-16T03-05-00-000Z-interval-seq8.sqlite' });
    appendAll(opened, commands(9, 12));
    opened.store.close();
    withRaw(join(dir, 'session.sqlite'), (db) => db.prepare("UPDATE commands SET cmd = replace(cmd, 'Title 7', 'Title 1') WHERE seq = 7").run());

    const reopened = await openStore(dir, storeOptions(clock));
    expect(reopened.status).toBe('recovered');
    expect(reopened.commands).toEqual(commands(1, 12));
    expect(reopened.recovery[0]!.message).toContain(
      'Restored the backup 2023-10-16T03-05-00-000Z-interval-seq8.sqlite (taken 2023-10-16 03:05:00 UTC, up to command 8); 4 later command(s) were recovered from the damaged file. The session is now at command 12.',
    );
  });

  it('finds a changed snapshot chunk, and a missing one', async () => {
    for (const damage of ["UPDATE snapshot_chunks SET json = replace(json, 'Opening', 'Opening!') WHERE key = 'doc.parts'", "DELETE FROM snapshot_chunks WHERE key = 'rec.shard.02'"]) {
      const dir = await tempDir('store-chunk');
      const clock = testClock();
      const opened = await openStore(dir, storeOptions(clock));
      opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
      appendAll(opened, commands(1, 3));
      opened.store.close();
      withRaw(join(dir, 'session.sqlite'), (db) => db.exec(damage));

      const reopened = await openStore(dir, storeOptions(clock));
      // No backup, no other snapshot: nothing verified to start from. Said plainly, never started blank silently.
      expect(reopened.status).toBe('unrecoverable');
      expect(reopened.snapshot).toBeNull();
      expect(reopened.recovery[0]).toMatchObject({ kind: 'unrecoverable' });
      expect(reopened.recovery[0]!.message).toMatch(damage.startsWith('UPDATE') ? /snapshot chunk "doc.parts" fails its checksum/ : /the snapshot should have 7 chunks .* but has 6/);
      expect(reopened.recovery[0]!.message).toContain('Nothing usable was found');
      expect(keptFiles(dir)).toHaveLength(1);
      reopened.store.close();
    }
  });

  it('keeps recovery notes across reopens until they are acknowledged', async () => {
    const dir = await tempDir('store-notes');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    appendAll(opened, commands(1, 3));
    opened.store.close();
    withRaw(join(dir, 'session.sqlite'), (db) => db.exec("UPDATE commands SET ids = '[\"id-x\"]' WHERE seq = 3"));

    const recovered = await openStore(dir, storeOptions(clock));
    const [note] = recovered.recovery;
    expect(note).toMatchObject({ kind: 'recovered', at: clock.now() });
    recovered.store.close();

    // Not acknowledged: the next open (and the one after) still shows it.
    for (let i = 0; i < 2; i++) {
      const again = await openStore(dir, storeOptions(clock));
      expect(again.status).toBe('opened');
      expect(again.recovery).toEqual([note]);
      again.store.close();
    }
    const last = await openStore(dir, storeOptions(clock));
    last.store.acknowledgeRecovery([note!.id]);
    expect(last.store.recoveryNotes()).toEqual([]);
    last.store.close();
    expect((await openStore(dir, storeOptions(clock))).recovery).toEqual([]);
  });

  it('keeps the database, its WAL and the lock files private (0600), and leaves no temp files', async () => {
    const dir = await tempDir('store-modes');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.append(command(1));
    expect(fileMode(join(dir, 'session.sqlite'))).toBe(0o600);
    expect(fileMode(join(dir, 'session.sqlite-wal'))).toBe(0o600);
    expect(fileMode(join(dir, 'session.lock'))).toBe(0o600);
    expect(fileMode(join(dir, 'lock.json'))).toBe(0o600);
    // Exclusive locking keeps the WAL index in memory: no -shm file for anyone to open.
    expect(existsSync(join(dir, 'session.sqlite-shm'))).toBe(false);
    opened.store.close();
    expect(readdirSync(dir).sort()).toEqual(['session.lock', 'session.sqlite']);
  });

  it('never touches a store written by a newer version', async () => {
    const dir = await tempDir('store-newer');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    opened.store.close();
    const database = join(dir, 'session.sqlite');
    const NEWER = FORMAT_VERSION + 1;

    withRaw(database, (db) => {
      const row = { seq: 0, saved_at: clock.now(), format_version: NEWER, ...(db.prepare('SELECT chunk_count, digest FROM snapshot').get() as { chunk_count: number; digest: string }) };
      db.prepare('UPDATE snapshot SET format_version = ?, sum = ?').run(NEWER, snapshotSum(row));
    });
    const before = sha256File(database);
    await expect(SessionStore.open(dir, storeOptions(clock))).rejects.toThrow(NewerFormatError);
    await expect(SessionStore.open(dir, storeOptions(clock))).rejects.toThrow(`written by a newer Moderator Console (data format ${NEWER}; this version reads ${FORMAT_VERSION})`);
    expect(sha256File(database)).toBe(before);

    withRaw(database, (db) => db.pragma('user_version = 7'));
    await expect(SessionStore.open(dir, storeOptions(clock))).rejects.toThrow(/store format 7; this version reads 1\). Update the app/);
    expect(keptFiles(dir)).toEqual([]);
  });
});
