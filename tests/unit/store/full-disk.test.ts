/**
 * A full disk: commands are appended until the disk refuses one. Each
 * refusal says so plainly and stores nothing; the store reports the fault
 * until a write succeeds again; after space is freed the same store takes
 * commands again; and after a reopen every acknowledged command is there
 * and no refused one. A backup attempted on the full disk fails and leaves
 * no temp file. The issue's own report is replayed too: a serve-like
 * process fills the disk, gets space back, goes on, and is killed with -9.
 * A real 2 MB tmpfs where this process may mount one, else
 * SQLite's max_page_count as the limit; the test's name says which ran.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreWriteError } from '../../../electron/host/store/errors';
import type { OpenedStore } from '../../../electron/host/store/session-store';
import { tempDir } from '../helpers';
import { StoreChild } from './child-process';
import { MOUNTS, Mount } from './fault-mounts';
import { chunks, command, openStore, storeOptions, tempFilesUnder, testClock } from './store-helpers';

const VARIANT = MOUNTS.ok ? 'a real 2 MB tmpfs' : `SQLite max_page_count (${MOUNTS.reason})`;
console.info(`full-disk test variant: ${VARIANT}`);

/** Pages for ~1 MB at SQLite's default 4 KiB page size (a slow laptop disk then needs ~1,000 flushes, not 2,000). */
const PAGE_LIMIT = 256;
const payload = (seq: number) => command(seq, `${seq} ${'A long title that fills the disk. '.repeat(20)}`);

interface Filled {
  acknowledged: number[];
  refusals: unknown[];
}

/** Appends until the disk refuses, then tries the same command a few more times. */
function fillUp(opened: OpenedStore): Filled {
  const filled: Filled = { acknowledged: [], refusals: [] };
  for (let seq = opened.store.lastSeq + 1; filled.refusals.length < 3 && seq < 100_000; ) {
    try {
      opened.store.append(payload(seq));
      filled.acknowledged.push(seq);
      seq++;
    } catch (error) {
      filled.refusals.push(error);
    }
  }
  return filled;
}

describe(`a full disk (${VARIANT})`, { timeout: 30_000 }, () => {
  it('refuses commands plainly, stores nothing half-written, and loses no acknowledged command', { timeout: 60_000 }, async () => {
    const clock = testClock();
    const mount = MOUNTS.ok ? Mount.tmpfs('2m') : null;
    const dir = join(mount?.path ?? (await tempDir('full-disk')), 'session');
    const limits = mount === null ? { maxPageCount: PAGE_LIMIT } : {};
    const opened = await openStore(dir, storeOptions(clock, limits));
    opened.store.saveSnapshot(0, chunks('v0'), [], clock.now());

    const filled = fillUp(opened);
    expect(filled.acknowledged.length).toBeGreaterThan(100);
    console.info(`full disk (${VARIANT}): ${filled.acknowledged.length} commands acknowledged, then ${filled.refusals.length} refused`);
    for (const refusal of filled.refusals) {
      expect(refusal).toBeInstanceOf(StoreWriteError);
      expect(refusal).toMatchObject({ reason: 'disk-full', message: 'Not saved: the disk is full. Free some space; nothing was changed.' });
    }
    const lastAcknowledged = filled.acknowledged.at(-1)!;
    expect(opened.store.lastSeq).toBe(lastAcknowledged);
    expect(opened.store.health()).toMatchObject({ ok: false, error: { reason: 'disk-full' } });

    let more: number[] = [];
    if (mount !== null) {
      // A backup can not be written either: it fails plainly and leaves no temp file behind.
      await expect(opened.store.backupNow('manual')).rejects.toMatchObject({ reason: 'disk-full', message: 'Not saved: the disk is full. Free some space; nothing was changed.' });
      expect(tempFilesUnder(dir)).toEqual([]);

      // Space is freed under the running store: the same store takes commands again.
      mount.remount('size=8m');
      more = [lastAcknowledged + 1, lastAcknowledged + 2];
      for (const seq of more) opened.store.append(payload(seq));
      expect(opened.store.health()).toEqual({ ok: true });
    }
    opened.store.close();

    const reopened = await openStore(dir, storeOptions(clock, mount === null ? { maxPageCount: PAGE_LIMIT * 4 } : {}));
    expect(reopened.status).toBe('opened');
    expect(reopened.commands).toEqual([...filled.acknowledged, ...more].map(payload));
    const next = reopened.store.lastSeq + 1;
    reopened.store.append(payload(next));
    expect(reopened.store.lastSeq).toBe(next);
    reopened.store.close();
    expect(tempFilesUnder(dir)).toEqual([]);
  });

  it('loses nothing when the process is killed with -9 after the disk filled and space came back', { timeout: 60_000 }, async () => {
    const clock = testClock();
    const mount = MOUNTS.ok ? Mount.tmpfs('2m') : null;
    const dir = join(mount?.path ?? (await tempDir('full-disk-kill')), 'session');
    const child = await StoreChild.start(dir, 0, { titleBytes: 700, ...(mount === null ? { maxPageCount: PAGE_LIMIT } : {}) });
    await child.send('fill');
    expect(child.refusedAppends.length).toBe(3);
    expect(child.refusedAppends.every((refusal) => refusal.reason === 'disk-full')).toBe(true);
    if (mount !== null) {
      mount.remount('size=8m');
      await child.send('append 50');
      expect(child.refusedAppends.length).toBe(3);
    }
    await child.kill();

    const reopened = await openStore(dir, storeOptions(clock, mount === null ? { maxPageCount: PAGE_LIMIT * 4 } : {}));
    expect(reopened.status).toBe('opened');
    expect(child.acked.length).toBeGreaterThan(100);
    expect(reopened.commands.map((c) => c.seq)).toEqual(child.acked);
    console.info(`full disk then kill -9 (${VARIANT}): ${child.acked.length} acknowledged, ${reopened.commands.length} there after the restart`);
    reopened.store.close();
  });
});
