/**
 * Rolling backups: taken with SQLite's online backup API while the session
 * runs, only when something changed, private files with no temp file left
 * behind (also when a backup fails), rotated to the newest 10 plus one per
 * day, taken every 5 minutes by the schedule, and restorable from the UI
 * (the open store) and the CLI (no store open) without losing the state
 * they replace.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsToPrune, listBackups, readBackup, type BackupInfo } from '../../../electron/host/store/backups';
import { BackupSchedule, type ScheduleTimers } from '../../../electron/host/store/backup-schedule';
import { SessionStore } from '../../../electron/host/store/session-store';
import { tempDir } from '../helpers';
import { appendAll, chunks, command, commands, fileMode, keptFiles, openStore, sha256File, storeOptions, tempFilesUnder, testClock, START } from './store-helpers';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

describe('backups', { timeout: 30_000 }, () => {
  it('are taken only after a change, private, complete, and leave no temp file', async () => {
    const dir = await tempDir('backups');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    appendAll(opened, commands(1, 40));

    clock.advance(5 * MINUTE_MS);
    const first = await opened.store.backupNow('interval');
    expect(first).toMatchObject({ name: '2023-10-16T03-05-00-000Z-interval-seq40.sqlite', reason: 'interval', seq: 40, takenAt: START + 5 * MINUTE_MS });
    clock.advance(5 * MINUTE_MS);
    expect(await opened.store.backupNow('interval')).toBeNull();
    expect(await opened.store.backupNow('quit')).toBeNull();
    // Asked for by the user: always taken.
    expect(await opened.store.backupNow('manual')).toMatchObject({ reason: 'manual', seq: 40 });
    opened.store.append(command(41));
    expect(await opened.store.backupNow('quit')).toMatchObject({ reason: 'quit', seq: 41 });

    const files = readdirSync(join(dir, 'backups')).sort();
    expect(files).toEqual(['2023-10-16T03-05-00-000Z-interval-seq40.sqlite', '2023-10-16T03-10-00-000Z-manual-seq40.sqlite', '2023-10-16T03-10-00-000Z-quit-seq41.sqlite']);
    for (const file of files) expect(fileMode(join(dir, 'backups', file))).toBe(0o600);
    expect(tempFilesUnder(dir)).toEqual([]);
  });

  it('keeps the session running while a backup is taken, and a backup abandoned by close leaves nothing behind', async () => {
    const dir = await tempDir('backups-live');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    // Large enough (~3 MB) to take several steps of the online backup.
    opened.store.saveSnapshot(0, chunks('v0', 2048), [], clock.now());
    const running = opened.store.backupNow('manual');
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
    opened.store.append(command(1));
    const info = await running;
    // Changes committed on the store's own connection during the backup are in it too.
    expect(info).toMatchObject({ seq: 1 });

    const abandoned = opened.store.backupNow('manual');
    opened.store.close();
    await expect(abandoned).rejects.toThrow();
    expect(tempFilesUnder(dir)).toEqual([]);
    expect(listBackups(dir)).toHaveLength(1);
  });

  it('rotate to the newest 10 plus the newest of each day', () => {
    const at = (day: number, hour: number): BackupInfo => ({ name: `d${day}h${hour}`, path: '', takenAt: START + day * DAY_MS + hour * 60 * MINUTE_MS, reason: 'interval', seq: day * 100 + hour, sizeBytes: 0 });
    // Three days of hourly backups, 8:00 to 18:00.
    const backups: BackupInfo[] = [];
    for (let day = 0; day < 3; day++) for (let hour = 0; hour <= 10; hour++) backups.push(at(day, hour));
    const pruned = new Set(backupsToPrune(backups).map((b) => b.name));
    const kept = backups.filter((b) => !pruned.has(b.name)).map((b) => b.name);
    // The newest 10 are all of the last day but its first; the other days keep their last backup.
    expect(kept.sort()).toEqual(['d0h10', 'd1h10', 'd2h1', 'd2h10', 'd2h2', 'd2h3', 'd2h4', 'd2h5', 'd2h6', 'd2h7', 'd2h8', 'd2h9']);
    expect(backupsToPrune(backups.slice(0, 5))).toEqual([]);
  });

  it('are rotated as they are taken, and removing a leftover temp file of a crashed backup is part of opening', async () => {
    const dir = await tempDir('backups-rotate');
    const clock = testClock();
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', '.backup-2023-10-16T02-55-00-000Z.tmp'), 'half a backup');
    writeFileSync(join(dir, 'backups', '.backup-2023-10-16T02-55-00-000Z.tmp-journal'), 'its journal');
    writeFileSync(join(dir, 'backups', 'notes.txt'), 'not ours: left alone');
    const opened = await openStore(dir, storeOptions(clock));
    expect(readdirSync(join(dir, 'backups'))).toEqual(['notes.txt']);
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    for (let seq = 1; seq <= 14; seq++) {
      opened.store.append(command(seq));
      clock.advance(5 * MINUTE_MS);
      await opened.store.backupNow('interval');
    }
    expect(opened.store.listBackups().map((b) => b.seq)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
  });

  it('are taken every 5 minutes by the schedule, which never overlaps two and reports failures', async () => {
    const pending: Array<{ run: () => void; delayMs: number }> = [];
    const timers: ScheduleTimers = {
      setTimeout: (run, delayMs) => pending.push({ run, delayMs }),
      clearTimeout: () => pending.splice(0),
    };
    const calls: string[] = [];
    let fail = false;
    const errors: unknown[] = [];
    const schedule = new BackupSchedule(
      {
        backupNow: (reason) => {
          calls.push(reason);
          return fail ? Promise.reject(new Error('disk full')) : Promise.resolve(null);
        },
      },
      { timers, onError: (error) => errors.push(error) },
    );
    schedule.start();
    expect(pending).toEqual([{ run: expect.any(Function) as () => void, delayMs: 5 * MINUTE_MS }]);
    const tick = async () => {
      const next = pending.shift()!;
      next.run();
      await new Promise((resolve) => setImmediate(resolve));
    };
    await tick();
    fail = true;
    await tick();
    expect(calls).toEqual(['interval', 'interval']);
    expect(errors).toEqual([new Error('disk full')]);
    expect(pending).toHaveLength(1);
    schedule.stop();
    expect(pending).toHaveLength(0);
  });
});

describe('restoring a backup', { timeout: 30_000 }, () => {
  async function sessionWithBackups(dir: string, clock: ReturnType<typeof testClock>) {
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    appendAll(opened, commands(1, 10));
    clock.advance(5 * MINUTE_MS);
    const backup = (await opened.store.backupNow('interval'))!;
    appendAll(opened, commands(11, 30));
    opened.store.saveSnapshot(25, [['doc.parts', { after: 25 }]], [], clock.now());
    clock.advance(MINUTE_MS);
    return { opened, backup };
  }

  it('from the UI: the store reopens at the backup, the state before is kept, and the restore is noted', async () => {
    const dir = await tempDir('restore-ui');
    const clock = testClock();
    const { opened, backup } = await sessionWithBackups(dir, clock);

    const restored = await opened.store.restoreBackup(backup.name);
    try {
      expect(restored.status).toBe('restored');
      expect(restored.snapshot!.chunks).toEqual(new Map(chunks('v0')));
      expect(restored.commands).toEqual(commands(1, 10));
      expect(restored.recovery).toEqual([
        {
          id: expect.any(String) as string,
          at: clock.now(),
          kind: 'restored',
          message:
            'Restored the backup 2023-10-16T03-05-00-000Z-interval-seq10.sqlite (taken 2023-10-16 03:05:00 UTC, up to command 10) on request. ' +
            'The session as it was before (command 30) was kept as kept/2023-10-16T03-06-00-000Z-before-restore-session.sqlite.',
        },
      ]);
      // The old store object is closed; the new one holds the folder and takes commands after the backup's.
      expect(() => opened.store.append(command(31))).toThrow(/closed/);
      restored.store.append(command(11, 'A new line of history'));
    } finally {
      restored.store.close();
    }
    // The state before the restore is all there, in kept/, and still verifies.
    expect(keptFiles(dir)).toEqual(['2023-10-16T03-06-00-000Z-before-restore-session.sqlite']);
    const before = readBackup(join(dir, 'kept', keptFiles(dir)[0]!), true);
    expect(before.damage).toEqual([]);
    expect(before.snapshot!.seq).toBe(25);
    expect(before.commands).toEqual(commands(26, 30));
  });

  it('from the CLI: refused while the app holds the folder; done with no store open', async () => {
    const dir = await tempDir('restore-cli');
    const clock = testClock();
    const { opened, backup } = await sessionWithBackups(dir, clock);
    await expect(SessionStore.restoreBackup(dir, backup.name, storeOptions(clock))).rejects.toThrow(/is in use by Moderator Console 0\.1\.0-test/);
    opened.store.close();
    const before = sha256File(join(dir, 'session.sqlite'));

    await expect(SessionStore.restoreBackup(dir, 'no-such-backup.sqlite', storeOptions(clock))).rejects.toThrow(/There is no backup named no-such-backup\.sqlite in .*backups; nothing was changed\./);
    const restored = await SessionStore.restoreBackup(dir, backup.name, storeOptions(clock));
    expect(restored.status).toBe('restored');
    expect(restored.commands).toEqual(commands(1, 10));
    restored.store.close();
    expect(sha256File(join(dir, 'kept', keptFiles(dir)[0]!))).toBe(before);
  });
});
