/**
 * Disk faults as the user meets them, through the session host: a full
 * disk refuses each command with the store's plain words and changes
 * nothing, every view is told (HostMeta.storage) until a write succeeds
 * again, a snapshot the disk refuses (at close) stops nothing, and after a restart
 * every acknowledged command is there and no refused one. A real 2 MB
 * tmpfs where this process may mount one, else SQLite's max_page_count as
 * the limit; the test's name says which ran (and what the stand-in can not
 * do: give space back). A data dir that can not be used stops the start
 * with what to do.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../shared/contract/api';
import { allRecommendations } from '../../../shared/recommendations/model';
import { almaty, manualClock, openHost, tempDir } from '../helpers';
import { MOUNTS, Mount } from '../store/fault-mounts';
import { storeRows } from './store-copy';

const VARIANT = MOUNTS.ok ? 'a real 2 MB tmpfs' : `SQLite max_page_count, space never comes back (${MOUNTS.reason})`;
const DISK_FULL = 'Not saved: the disk is full. Free some space; nothing was changed.';
const QUIET = { snapshots: { afterCommands: 1_000_000, idleMs: 3_600_000 } };

const capture = (n: number) => ({ type: 'rec.add', recommendation: { text: `${n}: ${'Establish a regional platform of women mediators. '.repeat(70)}` }, author: 'Aigerim' });
const texts = (doc: { recommendations: Parameters<typeof allRecommendations>[0] }) => allRecommendations(doc.recommendations).map((r) => Number(r.text.split(':')[0]));

describe(`a full disk under the running host (${VARIANT})`, { timeout: 60_000 }, () => {
  it('refuses each command plainly, tells every view until it saves again, closes without its snapshot, and loses nothing', async () => {
    const mount = MOUNTS.ok ? Mount.tmpfs('2m') : null;
    const dir = join(mount?.path ?? (await tempDir('host-full')), 'session');
    const clock = manualClock(almaty('09:00'));
    const host = await openHost({ dataDir: dir, clock, ...QUIET, ...(mount === null ? { maxPageCount: 512 } : {}) });
    const seen: SessionEvent[] = [];
    host.subscribe((event) => seen.push(event));

    const acknowledged: number[] = [];
    let refusal = null;
    for (let n = 1; refusal === null && n < 10_000; n++) {
      const result = await host.dispatch(capture(n));
      if (result.ok) acknowledged.push(n);
      else refusal = result;
    }
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(refusal).toEqual({ ok: false, error: { code: 'not-saved', field: 'storage', message: DISK_FULL } });
    const before = host.current;
    const { version } = host.getSnapshot();
    expect(await host.dispatch(capture(99_999))).toMatchObject({ ok: false, error: { code: 'not-saved' } });
    expect(host.current).toBe(before);
    expect(host.getSnapshot().version).toBe(version);
    // One meta event says so to every view, once, and the state stays in HostMeta for views that connect later.
    const told = seen.filter((event) => event.type === 'meta');
    expect(told).toEqual([{ type: 'meta', version, meta: expect.objectContaining({ storage: { ok: false, problem: 'disk-full', message: DISK_FULL, since: almaty('09:00') } }) }]);
    expect(host.getSnapshot().meta.storage).toMatchObject({ ok: false, problem: 'disk-full' });

    if (mount !== null) {
      // A little space back: small commands fit again (and the banner goes), the snapshot of everything since the start does not.
      mount.remount('size=2200k');
      for (const deltaMs of [30_000, 30_000]) expect(await host.dispatch({ type: 'timer.adjust', deltaMs })).toMatchObject({ ok: true });
      expect(host.getSnapshot().meta.storage).toEqual({ ok: true });
      expect(seen.at(-1)).toMatchObject({ type: 'patch', meta: { storage: { ok: true } } });
    }
    // Closing takes a last snapshot and a backup: on the full disk both are refused (and said so in the log), and the close goes on.
    await host.close();
    expect((await storeRows(dir)).snapshot?.seq).toBe(0);
    mount?.remount('size=8m');

    const reopened = await openHost({ dataDir: dir, clock, ...QUIET, ...(mount === null ? { maxPageCount: 4096 } : {}) });
    expect(texts(reopened.current.doc).sort((a, b) => a - b)).toEqual(acknowledged);
    expect(reopened.getSnapshot().meta.storage).toEqual({ ok: true });
    if (mount !== null) expect(reopened.current.doc.timer.clock.durationMs).toBe(before.doc.timer.clock.durationMs + 60_000);
    console.info(`host, full disk (${VARIANT}): ${acknowledged.length} commands acknowledged before the refusal, all ${texts(reopened.current.doc).length} there after the restart`);
  });
});

describe('a data dir that can not be used', () => {
  it('stops the start with what to do, and leaves it as it was', async () => {
    const parent = await tempDir('unwritable');
    const notADir = join(parent, 'session');
    await writeFile(notADir, 'a file where the data dir should be');
    await expect(openHost({ dataDir: notADir, clock: manualClock(almaty('09:00')) })).rejects.toThrow(
      /^The session folder .*session can not be used: it is not a folder \((EEXIST|ENOTDIR)\)\. Nothing was changed\. Choose a folder, or start with another data dir \(--data-dir\)\.$/,
    );
    expect(await readFile(notADir, 'utf8')).toBe('a file where the data dir should be');
  });
});
