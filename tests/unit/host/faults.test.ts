/**
 * Disk faults: a full disk refuses the command it could not save and changes
 * nothing; a snapshot that can not be written never fails a command, since
 * the journal already holds it; a data dir that can not be written is
 * reported with what to do. Real devices and files, no fake file system.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSegments } from '../../../shared/run-of-show/model';
import { almaty, manualClock, openHost, tempDir } from '../helpers';

const rename = (segmentId: string, title: string) => ({ type: 'segment.update', segmentId, patch: { title } });

describe('disk faults', () => {
  it('a full disk refuses the command, says why, and changes nothing', async () => {
    // /dev/full accepts the open and fails every write with ENOSPC, as a full disk does.
    const host = await openHost({ dataDir: await tempDir('full'), clock: manualClock(almaty('09:00')), journalPath: () => '/dev/full' });
    const before = host.current;
    const { version } = host.getSnapshot();
    const segmentId = allSegments(host.current.doc)[0]!.id;

    const result = await host.dispatch(rename(segmentId, 'Not saved'));

    expect(result).toMatchObject({ ok: false, error: { code: 'internal', field: 'command' } });
    expect(!result.ok && result.error.message).toMatch(/^could not be saved, nothing was changed: .*ENOSPC/);
    expect(host.current).toBe(before);
    expect(host.getSnapshot().version).toBe(version);
  });

  it('a snapshot that can not be written does not fail the commands, and nothing is lost', async () => {
    const dir = await tempDir('snapshot-fault');
    const host = await openHost({ dataDir: dir, clock: manualClock(almaty('09:00')), snapshotEvery: 2 });
    // The snapshot's temporary file is in the way (a directory): every rotation fails.
    await mkdir(join(dir, 'snapshot.json.tmp'));
    const segmentId = allSegments(host.current.doc)[0]!.id;
    const results = [];
    for (const title of ['One', 'Two', 'Three', 'Four', 'Five']) results.push(await host.dispatch(rename(segmentId, title)));
    expect(results.every((r) => r.ok)).toBe(true);

    const copy = join(await tempDir('snapshot-fault-copy'), 'data');
    await cp(dir, copy, { recursive: true });
    const reopened = await openHost({ dataDir: copy, clock: manualClock(almaty('09:10')) });
    expect(allSegments(reopened.current.doc)[0]!.title).toBe('Five');
  });

  it('a data dir that can not be written stops the start with what to do, and leaves it as it was', async () => {
    const parent = await tempDir('unwritable');
    const notADir = join(parent, 'session');
    await writeFile(notADir, 'a file where the data dir should be');
    await expect(openHost({ dataDir: notADir, clock: manualClock(almaty('09:00')) })).rejects.toThrow(
      /^The data dir .*session can not be used \((EEXIST|ENOTDIR)\)\. Nothing was changed\. Free some space, make it writable, or start with another data dir \(--data-dir\)\.$/,
    );
    expect(await readFile(notADir, 'utf8')).toBe('a file where the data dir should be');
  });
});
