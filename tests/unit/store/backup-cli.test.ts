/**
 * The backups command line, as a technician uses it: list, take, restore;
 * refused while the app holds the folder, with the holder named; a folder
 * of the previous format converted on the way exactly as the app does.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBackupCli } from '../../../electron/host/store/backup-cli';
import { legacyChunks } from '../../../electron/host/session/state-chunks';
import { almaty, manualClock, openHost, tempDir } from '../helpers';
import { chunks, commands, openStore, storeOptions, testClock, type TestClock } from './store-helpers';

const cli = (clock: TestClock) => ({ appVersion: 'cli', splitLegacyState: legacyChunks, now: clock.now });

function output() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: { log: (line: string) => lines.push(line), error: (line: string) => errors.push(line) } };
}

describe('the backups command line', { timeout: 30_000 }, () => {
  it('lists, takes and restores backups, and is refused while the app holds the folder', { timeout: 60_000 }, async () => {
    const dir = await tempDir('backup-cli');
    const clock = testClock();
    const app = await openStore(dir, storeOptions(clock));
    app.store.saveSnapshot(0, chunks('v0'), [], clock.now());
    for (const entry of commands(1, 12)) app.store.append(entry);

    const refused = output();
    expect(await runBackupCli(['--data-dir', dir, 'take'], cli(clock), refused.out)).toBe(1);
    expect(refused.errors).toEqual([expect.stringMatching(/^take failed: The session folder .* is in use by Moderator Console 0\.1\.0-test \(process \d+ on .*\. Meanwhile, the Backups panel of that console takes and restores backups\.$/) as string]);
    app.store.close();

    clock.advance(60_000);
    const taken = output();
    expect(await runBackupCli(['--data-dir', dir, 'take'], cli(clock), taken.out)).toBe(0);
    expect(taken.lines).toEqual(['took 2023-10-16T03-01-00-000Z-manual-seq12.sqlite (up to command 12)']);

    const listed = output();
    expect(await runBackupCli(['--data-dir', dir], cli(clock), listed.out)).toBe(0);
    expect(listed.lines).toEqual([expect.stringMatching(/^2023-10-16T03-01-00-000Z-manual-seq12\.sqlite {2}2023-10-16 03:01:00 UTC {2}up to command 12 {2}0\.\d MB$/) as string]);

    clock.advance(60_000);
    const restored = output();
    expect(await runBackupCli(['--data-dir', dir, 'restore', '2023-10-16T03-01-00-000Z-manual-seq12.sqlite'], cli(clock), restored.out)).toBe(0);
    expect(restored.lines).toEqual([expect.stringMatching(/^Restored the backup 2023-10-16T03-01-00-000Z-manual-seq12\.sqlite .* was kept as kept\/2023-10-16T03-02-00-000Z-before-restore-session\.sqlite\.$/) as string]);

    const none = output();
    expect(await runBackupCli(['--data-dir', `${dir}-typo`, 'take'], cli(clock), none.out)).toBe(1);
    expect(none.errors).toEqual([`take failed: there is no session in ${dir}-typo`]);

    const bad = output();
    expect(await runBackupCli(['--data-dir', dir, 'restore'], cli(clock), bad.out)).toBe(2);
    expect(bad.errors).toEqual(['usage: npm run backup -- --data-dir DIR [list | take | restore NAME]']);
  });

  it('converts a folder of the previous format as the app does before taking its backup', async () => {
    const dir = await tempDir('backup-cli-legacy');
    cpSync(join(import.meta.dirname, '..', '..', 'fixtures', 'legacy-0.1.0'), dir, { recursive: true });
    const clock = testClock();

    const taken = output();
    expect(await runBackupCli(['--data-dir', dir, 'take'], cli(clock), taken.out)).toBe(0);

    expect(taken.lines[0]).toBe('took 2023-10-16T03-00-00-000Z-manual-seq14.sqlite (up to command 14)');
    expect(taken.lines[1]).toMatch(/^This session folder was converted from the previous file format/);
    const host = await openHost({ dataDir: dir, clock: manualClock(almaty('11:00')) });
    expect(host.current.doc.event.venue).toBe('Almaty, Rixos (fixture)');
  });
});
