/**
 * Damage on disk, read as examples of the recovery rules at the top of
 * electron/host/store/recovery.ts: a garbage page in the middle of the
 * database, garbage in the write-ahead log after a kill -9, a truncated
 * file, the database and its newest backup both damaged, the database
 * gone. In every case nothing is thrown away (the damaged files are in
 * kept/, byte for byte), what is restored is exactly a verified prefix of
 * what was acknowledged, and the note says what was restored and from when.
 */
import { closeSync, existsSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/host/store/backups';
import type { OpenedStore } from '../../../electron/host/store/session-store';
import { tempDir } from '../helpers';
import { StoreChild } from './child-process';
import { chunks, commands, keptFiles, openStore, sha256File, storeOptions, testClock, withRaw, type TestClock } from './store-helpers';

const PAGE_BYTES = 4096;

/** Overwrites `bytes` at `offset` with a fixed garbage pattern (not zeros: zeros can look like valid free space). */
function scribble(path: string, offset: number, bytes: number): void {
  const garbage = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) garbage[i] = (i * 151 + 89) & 0xff;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, garbage, 0, bytes, offset);
  } finally {
    closeSync(fd);
  }
}

/** A session of 300 commands after a snapshot, closed cleanly; backups where asked. */
async function session(dir: string, clock: TestClock, backupsAt: number[] = []): Promise<void> {
  const opened = await openStore(dir, storeOptions(clock));
  opened.store.saveSnapshot(0, chunks('v0', 16), [], clock.now());
  for (let seq = 1; seq <= 300; seq++) {
    opened.store.append(commands(seq, seq)[0]!);
    if (backupsAt.includes(seq)) {
      clock.advance(5 * 60_000);
      await opened.store.backupNow('interval');
    }
  }
  opened.store.close();
}

/** Which table or index each page of a (closed, healthy) store file belongs to. */
function pageOwners(path: string): Map<number, string> {
  return withRaw(path, (db) => new Map((db.prepare('SELECT pageno, name FROM dbstat').all() as Array<{ pageno: number; name: string }>).map((row) => [row.pageno, row.name])));
}

/** The recovered store is a verified prefix of what was written: the snapshot intact, commands 1..n. */
function expectPrefix(opened: OpenedStore): number {
  expect(opened.snapshot!.chunks).toEqual(new Map(chunks('v0', 16)));
  const reached = opened.store.lastSeq;
  expect(opened.commands).toEqual(commands(1, reached));
  return reached;
}

function expectKept(dir: string, kept: string, hash: string): void {
  expect(existsSync(join(dir, 'kept', kept))).toBe(true);
  expect(sha256File(join(dir, 'kept', kept))).toBe(hash);
}

describe('recovery from damage on disk', { timeout: 30_000 }, () => {
  it('a garbage page in the middle of the database: restored, the damaged file kept as it was', { timeout: 60_000 }, async () => {
    const dir = await tempDir('corrupt-middle');
    const clock = testClock();
    await session(dir, clock, [300]);
    const database = join(dir, 'session.sqlite');
    const pages = statSync(database).size / PAGE_BYTES;
    const middle = Math.floor(pages / 2);
    const owner = pageOwners(database).get(middle + 1);
    scribble(database, middle * PAGE_BYTES, PAGE_BYTES);
    const hash = sha256File(database);

    clock.advance(60_000);
    const opened = await openStore(dir, storeOptions(clock));
    console.info(`page ${middle + 1} of ${pages} (${owner}) overwritten: ${opened.recovery[0]?.message}`);
    expect(opened.status).toBe('recovered');
    // The backup holds all 300; whichever base wins, nothing acknowledged is missing.
    expect(expectPrefix(opened)).toBe(300);
    const message = opened.recovery[0]!.message;
    expect(message).toMatch(/^The session file was damaged \(.*(quick_check|fails its checksum|could not be read|should have).*\)\. Restored /);
    expect(message).toContain('The session is now at command 300.');
    expect(keptFiles(dir)).toEqual(['2023-10-16T03-06-00-000Z-damaged-session.sqlite']);
    expect(message).toContain('The damaged file was kept as kept/2023-10-16T03-06-00-000Z-damaged-session.sqlite.');
    expectKept(dir, '2023-10-16T03-06-00-000Z-damaged-session.sqlite', hash);
  });

  it('a garbage page among the commands, no backup: the snapshot and the commands before it, and the note says which were lost', { timeout: 60_000 }, async () => {
    const dir = await tempDir('corrupt-commands');
    const clock = testClock();
    await session(dir, clock);
    const database = join(dir, 'session.sqlite');
    const commandPages = [...pageOwners(database)].filter(([, name]) => name === 'commands').map(([page]) => page);
    const target = commandPages[Math.floor(commandPages.length / 2)]!;
    scribble(database, (target - 1) * PAGE_BYTES, PAGE_BYTES);
    const hash = sha256File(database);

    const opened = await openStore(dir, storeOptions(clock));
    expect(opened.status).toBe('recovered');
    const reached = expectPrefix(opened);
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(300);
    const message = opened.recovery[0]!.message;
    expect(message).toContain(`Restored from the file's own snapshot (command 0, saved 2023-10-16 03:00:00 UTC); ${reached} later command(s) were recovered from the damaged file. The session is now at command ${reached}.`);
    expect(message).toContain(`Commands ${reached + 1}–300 could not be recovered`);
    expectKept(dir, keptFiles(dir)[0]!, hash);
  });

  it('garbage in the write-ahead log after a kill -9: the commands before it, and the log kept with its database', { timeout: 60_000 }, async () => {
    const dir = await tempDir('corrupt-wal');
    const child = await StoreChild.start(dir, 150);
    await child.kill();
    const wal = join(dir, 'session.sqlite-wal');
    const frames = (statSync(wal).size - 32) / (24 + PAGE_BYTES);
    expect(frames).toBeGreaterThan(10);
    scribble(wal, 32 + Math.floor(frames / 2) * (24 + PAGE_BYTES) + 100, 64);
    const hashes = { database: sha256File(join(dir, 'session.sqlite')), wal: sha256File(wal) };

    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    expect(opened.status).toBe('recovered');
    const reached = opened.store.lastSeq;
    expect(opened.commands).toEqual(commands(1, reached));
    expect(reached).toBeLessThan(150);
    const message = opened.recovery[0]!.message;
    expect(message).toMatch(/^The session file was damaged \(the write-ahead log \(session\.sqlite-wal\) is damaged: frame \d+ of \d+ is a commit that can not be replayed/);
    expect(message).toContain(`The session is now at command ${reached}.`);
    expect(keptFiles(dir)).toEqual(['2023-10-16T03-00-00-000Z-damaged-session.sqlite', '2023-10-16T03-00-00-000Z-damaged-session.sqlite-wal']);
    expectKept(dir, '2023-10-16T03-00-00-000Z-damaged-session.sqlite', hashes.database);
    expectKept(dir, '2023-10-16T03-00-00-000Z-damaged-session.sqlite-wal', hashes.wal);
    console.info(`WAL of ${frames} frames damaged in the middle: ${reached} of 150 acknowledged commands restored; the rest stay in kept/`);
  });

  it('garbage after the last frame of the write-ahead log loses nothing and is no damage', { timeout: 60_000 }, async () => {
    const dir = await tempDir('wal-tail');
    const child = await StoreChild.start(dir, 50);
    await child.kill();
    const wal = join(dir, 'session.sqlite-wal');
    scribble(wal, statSync(wal).size, 3000);

    const opened = await openStore(dir, storeOptions(testClock()));
    expect(opened.status).toBe('opened');
    expect(opened.commands).toEqual(commands(1, 50));
    expect(keptFiles(dir)).toEqual([]);
  });

  it('a truncated database: the newest backup and whatever the file still holds after it', { timeout: 60_000 }, async () => {
    const dir = await tempDir('corrupt-truncated');
    const clock = testClock();
    await session(dir, clock, [100]);
    const database = join(dir, 'session.sqlite');
    truncateSync(database, Math.floor((statSync(database).size * 0.6) / PAGE_BYTES) * PAGE_BYTES);
    const hash = sha256File(database);

    const opened = await openStore(dir, storeOptions(clock));
    expect(opened.status).toBe('recovered');
    const reached = expectPrefix(opened);
    expect(reached).toBeGreaterThanOrEqual(100);
    const message = opened.recovery[0]!.message;
    expect(message).toContain(`The session is now at command ${reached}.`);
    expectKept(dir, keptFiles(dir)[0]!, hash);
    console.info(`truncated to 60 %: ${message}`);
  });

  it('the database and its newest backup both damaged: the older backup, and the damaged backup kept too', { timeout: 60_000 }, async () => {
    const dir = await tempDir('corrupt-both');
    const clock = testClock();
    await session(dir, clock, [100, 200]);
    const database = join(dir, 'session.sqlite');
    const [newest, older] = listBackups(dir);
    expect(newest!.name).toBe('2023-10-16T03-10-00-000Z-interval-seq200.sqlite');
    expect(older!.name).toBe('2023-10-16T03-05-00-000Z-interval-seq100.sqlite');
    scribble(database, 0, 100);
    scribble(newest!.path, Math.floor(newest!.sizeBytes / PAGE_BYTES / 2) * PAGE_BYTES, PAGE_BYTES);
    const hashes = { database: sha256File(database), newest: sha256File(newest!.path) };

    clock.advance(60_000);
    const opened = await openStore(dir, storeOptions(clock));
    expect(opened.status).toBe('recovered');
    expect(expectPrefix(opened)).toBe(100);
    const message = opened.recovery[0]!.message;
    expect(message).toMatch(/^The session file was damaged \(the file is not a database \(SQLITE_NOTADB\)\)\. /);
    expect(message).toContain(
      'Restored the backup 2023-10-16T03-05-00-000Z-interval-seq100.sqlite (taken 2023-10-16 03:05:00 UTC, up to command 100); no later commands could be recovered from the damaged file. The session is now at command 100.',
    );
    expect(message).toMatch(/The backup 2023-10-16T03-10-00-000Z-interval-seq200\.sqlite was damaged too \(.+\) and was moved to kept\/2023-10-16T03-11-00-000Z-damaged-backup-2023-10-16T03-10-00-000Z-interval-seq200\.sqlite\./);
    expect(message).toContain('The damaged file was kept as kept/2023-10-16T03-11-00-000Z-damaged-session.sqlite.');
    expectKept(dir, '2023-10-16T03-11-00-000Z-damaged-session.sqlite', hashes.database);
    expectKept(dir, '2023-10-16T03-11-00-000Z-damaged-backup-2023-10-16T03-10-00-000Z-interval-seq200.sqlite', hashes.newest);
    expect(listBackups(dir).map((backup) => backup.name)).toEqual(['2023-10-16T03-05-00-000Z-interval-seq100.sqlite']);
  });

  it('the database gone while backups remain: the newest backup, never a blank start', { timeout: 60_000 }, async () => {
    const dir = await tempDir('missing');
    const clock = testClock();
    await session(dir, clock, [150]);
    rmSync(join(dir, 'session.sqlite'));

    const opened = await openStore(dir, storeOptions(clock));
    expect(opened.status).toBe('recovered');
    expect(expectPrefix(opened)).toBe(150);
    expect(opened.recovery[0]!.message).toBe(
      'The session file was missing (it was not in the folder, but backups were). Restored the backup 2023-10-16T03-05-00-000Z-interval-seq150.sqlite (taken 2023-10-16 03:05:00 UTC, up to command 150). The session is now at command 150.',
    );
  });
});
