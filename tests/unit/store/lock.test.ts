/**
 * One writer per folder: while another process holds the session folder,
 * opening it is refused with one line naming the folder and the holder;
 * once that process is killed (kill -9, no clean-up), the folder opens at
 * once with everything the killed process acknowledged.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { SessionStore } from '../../../electron/host/store/session-store';
import { StoreLockedError, readLockHolder } from '../../../electron/host/store/lock';
import { tempDir } from '../helpers';
import { StoreChild } from './child-process';
import { commands, keptFiles, openStore, storeOptions, testClock } from './store-helpers';

describe('one writer per session folder', { timeout: 30_000 }, () => {
  it('refuses a second process with one line naming the folder and the holder, and opens once the holder is killed', { timeout: 60_000 }, async () => {
    const dir = await tempDir('lock');
    const holder = await StoreChild.start(dir, 20);
    expect(holder.ready).toMatchObject({ pid: holder.pid, lastSeq: 20 });

    const refusal = await SessionStore.open(dir, storeOptions(testClock())).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StoreLockedError);
    const message = (refusal as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(
      new RegExp(
        `^The session folder ${dir} is in use by Moderator Console 0\\.1\\.0-child \\(process ${holder.pid} on ${hostname()}, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)\\. Close that one first, or start with another data dir \\(--data-dir\\)\\.$`,
      ),
    );

    // kill -9: no close, no clean-up; lock.json still names the dead process.
    await holder.kill();
    const opened = await openStore(dir, storeOptions(testClock()));
    expect(opened.status).toBe('opened');
    expect(opened.commands).toEqual(commands(1, 20));
    expect(readLockHolder(dir)).toMatchObject({ pid: process.pid, appVersion: '0.1.0-test' });
  });

  it('refuses a second store in the same process too, and a process started while this one holds it', { timeout: 60_000 }, async () => {
    const dir = await tempDir('lock-same');
    const first = await openStore(dir, storeOptions(testClock()));
    await expect(SessionStore.open(dir, storeOptions(testClock()))).rejects.toThrow(StoreLockedError);
    // The failed attempt must not have released this process's lock (closing a descriptor can, on Unix).
    const second = await StoreChild.start(dir, 1);
    expect(second.refused).toMatch(/is in use by Moderator Console 0\.1\.0-test \(process \d+ on /);
    first.store.close();
    const third = await StoreChild.start(dir, 1);
    expect(third.ready).toMatchObject({ lastSeq: 1 });
  });

  it('moves a lock file something wrote into to kept/ and takes a fresh one (its content never matters)', async () => {
    const dir = await tempDir('lock-garbage');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'session.lock'), 'not a lock at all, and not a database either: '.repeat(10));
    const opened = await openStore(dir, storeOptions(testClock()));
    expect(opened.status).toBe('new');
    expect(keptFiles(dir)).toEqual(['2023-10-16T03-00-00-000Z-session.lock']);
  });
});
