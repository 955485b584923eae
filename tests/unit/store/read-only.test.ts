/**
 * A read-only session folder.
 * - Under a running store: the kernel turns an ext4 file system read-only
 *   after an error (errors=remount-ro), under every open file. Each command
 *   is then refused plainly, nothing half-written is stored, and the store
 *   reports the fault. After the file system is mounted writable again,
 *   every acknowledged command is there and appends work.
 * - At open: a folder on a tmpfs remounted read-only is refused with what
 *   to do, and changed in no way; remounted writable, it opens.
 * Both need mount(8) as root. Without it the first is skipped, saying so
 * in its name (there is no honest stand-in for a kernel fault), and the
 * second uses a folder without write permission, which binds a non-root
 * user as a read-only mount does.
 */
import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreOpenError, StoreWriteError } from '../../../electron/host/store/errors';
import { SessionStore } from '../../../electron/host/store/session-store';
import { tempDir } from '../helpers';
import { MOUNTS, Mount, probeExt4 } from './fault-mounts';
import { chunks, command, commands, openStore, sha256File, storeOptions, testClock } from './store-helpers';

const READ_ONLY = 'Not saved: the session folder is read-only. Make it writable again; nothing was changed.';
const isRoot = process.getuid?.() === 0;

const EXT4 = probeExt4();

describe('a read-only session folder', { timeout: 30_000 }, () => {
  const running = EXT4.ok ? 'an ext4 image the kernel turns read-only' : `skipped: ${EXT4.reason}`;
  it.skipIf(!EXT4.ok)(`refuses commands while the folder is read-only under a running store, and loses nothing (${running})`, { timeout: 60_000 }, async () => {
    console.info(`read-only under a running store: ${running}`);
    const mount = Mount.ext4(16);
    const dir = join(mount.path, 'session');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    for (const entry of commands(1, 20)) opened.store.append(entry);

    mount.failExt4();
    for (let attempt = 0; attempt < 2; attempt++) {
      const refusal = (() => {
        try {
          opened.store.append(command(21));
          return null;
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(StoreWriteError);
      expect(refusal).toMatchObject({ reason: 'read-only', message: READ_ONLY });
    }
    expect(opened.store.lastSeq).toBe(20);
    expect(opened.store.health()).toMatchObject({ ok: false, error: { reason: 'read-only' } });
    opened.store.close();

    mount.remountAfterFailure();
    const reopened = await openStore(dir, storeOptions(clock));
    expect(reopened.status).toBe('opened');
    expect(reopened.commands).toEqual(commands(1, 20));
    reopened.store.append(command(21));
    reopened.store.close();
  });

  const atOpen = MOUNTS.ok ? 'a tmpfs remounted read-only' : isRoot ? `skipped: ${MOUNTS.reason}, and root ignores folder modes` : 'a folder without write permission';
  it.skipIf(!MOUNTS.ok && isRoot)(`refuses to open a read-only folder, changes nothing, and opens once it is writable (${atOpen})`, { timeout: 60_000 }, async () => {
    console.info(`read-only at open: ${atOpen}`);
    const mount = MOUNTS.ok ? Mount.tmpfs('4m') : null;
    const dir = join(mount?.path ?? (await tempDir('read-only')), 'session');
    const clock = testClock();
    const opened = await openStore(dir, storeOptions(clock));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    for (const entry of commands(1, 5)) opened.store.append(entry);
    opened.store.close();
    const files = readdirSync(dir).sort();
    const database = sha256File(join(dir, 'session.sqlite'));

    if (mount !== null) mount.remount('ro');
    else chmodSync(dir, 0o500);
    const refusal = await SessionStore.open(dir, storeOptions(clock)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StoreOpenError);
    expect((refusal as Error).message).toBe(`The session folder ${dir} can not be used: it is read-only. Nothing was changed. Make it writable, or start with another data dir (--data-dir).`);
    expect(readdirSync(dir).sort()).toEqual(files);
    expect(sha256File(join(dir, 'session.sqlite'))).toBe(database);

    if (mount !== null) mount.remount('rw');
    else chmodSync(dir, 0o700);
    const reopened = await openStore(dir, storeOptions(clock));
    expect(reopened.commands).toEqual(commands(1, 5));
    reopened.store.close();
  });
});
