/**
 * A crash in the middle of replacing session.sqlite (recovery, restore,
 * migration): each state the steps in electron/host/store/replace.ts can
 * leave behind is finished or undone at the next open, without deleting
 * anything but the half-built file, and without ever replaying a stray WAL
 * into the new database.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDatabase } from '../../../electron/host/store/replace';
import { tempDir } from '../helpers';
import { StoreChild } from './child-process';
import { chunks, commands, keptFiles, openStore, sha256File, START, storeOptions, testClock } from './store-helpers';

const KEPT_AS = '2023-10-16T03-00-00-000Z-damaged-session.sqlite';

/** A complete replacement database, as step 2 leaves it (session.sqlite.ready), holding snapshot 0 and commands 1..5. */
async function readyFile(target: string): Promise<void> {
  const scratch = await tempDir('replace-scratch');
  replaceDatabase(
    scratch,
    {
      historyId: 'history-1',
      snapshot: { seq: 0, savedAt: START, formatVersion: 1, chunks: new Map(chunks('ready')) },
      commands: commands(1, 5),
      notes: [{ id: 'note-1', at: START, kind: 'recovered', message: 'Rebuilt before the crash.', acknowledgedAt: null }],
    },
    { now: START, appVersion: 'test', replacesKeptAs: KEPT_AS },
  );
  copyFileSync(join(scratch, 'session.sqlite'), target);
}

describe('a crash while session.sqlite is replaced', { timeout: 30_000 }, () => {
  it('during the build (step 1): the half-built file is discarded and the store opens as it was', async () => {
    const dir = await tempDir('replace-build');
    const opened = await openStore(dir, storeOptions(testClock()));
    opened.store.saveSnapshot(0, chunks('v0'), [], START);
    opened.store.close();
    writeFileSync(join(dir, 'session.sqlite.tmp'), 'half a database');
    writeFileSync(join(dir, 'session.sqlite.tmp-journal'), 'its journal');

    const reopened = await openStore(dir, storeOptions(testClock()));
    expect(reopened.status).toBe('opened');
    expect(reopened.snapshot!.chunks).toEqual(new Map(chunks('v0')));
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('before the old file was moved (step 3 not begun): the built file is discarded, the old one decides', async () => {
    const dir = await tempDir('replace-ready');
    const opened = await openStore(dir, storeOptions(testClock()));
    opened.store.saveSnapshot(0, chunks('v0'), [], START);
    opened.store.close();
    await readyFile(join(dir, 'session.sqlite.ready'));

    const reopened = await openStore(dir, storeOptions(testClock()));
    expect(reopened.status).toBe('opened');
    expect(reopened.snapshot!.chunks).toEqual(new Map(chunks('v0')));
    expect(existsSync(join(dir, 'session.sqlite.ready'))).toBe(false);
  });

  it('after the old database was moved but not its WAL: the WAL joins it in kept/, the new file is installed', { timeout: 60_000 }, async () => {
    const dir = await tempDir('replace-stray-wal');
    // A store killed with -9 leaves its WAL; then the crash hits between moving the database and moving the WAL.
    const child = await StoreChild.start(dir, 30);
    await child.kill();
    const wal = sha256File(join(dir, 'session.sqlite-wal'));
    await readyFile(join(dir, 'session.sqlite.ready'));
    mkdirSync(join(dir, 'kept'));
    renameSync(join(dir, 'session.sqlite'), join(dir, 'kept', KEPT_AS));

    const reopened = await openStore(dir, storeOptions(testClock()));
    expect(reopened.status).toBe('opened');
    // The new database as built: the stray WAL (30 commands of the old one) was not replayed into it.
    expect(reopened.snapshot!.chunks).toEqual(new Map(chunks('ready')));
    expect(reopened.commands).toEqual(commands(1, 5));
    expect(reopened.recovery.map((note) => note.message)).toEqual(['Rebuilt before the crash.']);
    expect(keptFiles(dir)).toEqual([KEPT_AS, `${KEPT_AS}-wal`]);
    expect(sha256File(join(dir, 'kept', `${KEPT_AS}-wal`))).toBe(wal);
  });
});
