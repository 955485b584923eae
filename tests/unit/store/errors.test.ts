/**
 * What a user reads when the disk fails: every code SQLite or the file
 * system uses for a full disk, a read-only folder, a failing disk or a
 * damaged file becomes one plain refusal; an open that fails says whether
 * it had already changed something, and what.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreOpenError, classifyWriteFailure, toWriteError } from '../../../electron/host/store/errors';
import { SessionStore } from '../../../electron/host/store/session-store';
import { tempDir } from '../helpers';
import { storeOptions, testClock } from './store-helpers';

const failure = (code: string) => Object.assign(new Error(code), { code });

describe('disk errors in plain words', { timeout: 30_000 }, () => {
  it('classifies SQLite and file-system codes', async () => {
    const dir = await tempDir('errors');
    const cases: Array<[string, string]> = [
      ['SQLITE_FULL', 'disk-full'],
      ['ENOSPC', 'disk-full'],
      ['EDQUOT', 'disk-full'],
      ['SQLITE_READONLY', 'read-only'],
      ['SQLITE_READONLY_DBMOVED', 'read-only'],
      ['EROFS', 'read-only'],
      ['EACCES', 'read-only'],
      ['SQLITE_CORRUPT', 'damaged'],
      ['SQLITE_NOTADB', 'damaged'],
      // SQLite gives no errno for a failed write; the folder itself is fine here, so: the disk.
      ['SQLITE_IOERR_WRITE', 'io'],
      ['SQLITE_IOERR_FSYNC', 'io'],
    ];
    for (const [code, reason] of cases) expect([code, classifyWriteFailure(failure(code), dir).reason]).toEqual([code, reason]);
    expect(toWriteError(failure('SQLITE_FULL'), dir)).toMatchObject({ name: 'StoreWriteError', reason: 'disk-full', code: 'SQLITE_FULL', message: 'Not saved: the disk is full. Free some space; nothing was changed.' });
    expect(toWriteError(failure('SQLITE_IOERR_WRITE'), dir).message).toBe('Not saved: the disk reported an error. Check the disk and its connection; nothing was changed.');
  });

  it('an open that fails says nothing was changed, or what was', () => {
    expect(new StoreOpenError('/data/session', 'disk-full', 'SQLITE_FULL').message).toBe(
      'The session folder /data/session can not be used: the disk is full. Nothing was changed. Free some space, or start with another data dir (--data-dir).',
    );
    expect(new StoreOpenError('/data/session', 'disk-full', 'SQLITE_FULL', 'the damaged session file was moved to kept/2023-10-16T03-00-00-000Z-damaged-session.sqlite and the session rebuilt').message).toBe(
      'The session folder /data/session can not be used: the disk is full. Before that, the damaged session file was moved to kept/2023-10-16T03-00-00-000Z-damaged-session.sqlite and the session rebuilt; that stays, and is reported at the next start. Free some space, or start with another data dir (--data-dir).',
    );
    expect(new StoreOpenError('/data/session', 'io', 'ENOTDIR').message).toBe('The session folder /data/session can not be used: it is not a folder (ENOTDIR). Nothing was changed. Choose a folder, or start with another data dir (--data-dir).');
  });

  it('a data dir that is a file is refused as such, and left as it was', async () => {
    const parent = await tempDir('errors-file');
    const notADir = join(parent, 'session');
    writeFileSync(notADir, 'a file where the session folder should be');
    await expect(SessionStore.open(notADir, storeOptions(testClock()))).rejects.toThrow(
      /^The session folder .*session can not be used: it is not a folder \((EEXIST|ENOTDIR)\)\. Nothing was changed\. Choose a folder, or start with another data dir \(--data-dir\)\.$/,
    );
    expect(readFileSync(notADir, 'utf8')).toBe('a file where the session folder should be');
  });
});
