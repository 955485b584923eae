/**
 * What the user sees of the store's repairs, through the session host: a
 * folder written by release 0.1.0 opens into exactly the session that
 * release held; a damaged store opens to what could be verified, never to
 * an example passed off as the user's session; every note stays, start
 * after start, until someone acknowledges it, and then it is gone from
 * every view. Backups: on a schedule while the session changes, at close,
 * on request, and a restore that every view gets at once.
 */
import Database from 'better-sqlite3';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../shared/contract/api';
import type { SessionState } from '../../../shared/session/reducer';
import type { ScheduleTimers } from '../../../electron/host/store/backup-schedule';
import { almaty, manualClock, openHost, tempDir, type ManualClock } from '../helpers';
import { crashCopy } from './store-copy';
import { upgradeState } from '../../../shared/session/upgrade';
import { SessionStore } from '../../../electron/host/store/session-store';
import { legacyChunks } from '../../../electron/host/session/state-chunks';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'legacy-0.1.0');
const EXPECTED = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as { seq: number; state: SessionState };
const QUIET = { snapshots: { idleMs: 3_600_000 } };

const partTitles = (state: SessionState) => state.doc.parts.map((p) => p.title);

function events(host: { subscribe: (listener: (event: SessionEvent) => void) => () => void }): SessionEvent[] {
  const seen: SessionEvent[] = [];
  host.subscribe((event) => seen.push(event));
  return seen;
}

describe('a folder written by release 0.1.0', { timeout: 30_000 }, () => {
  it('opens into exactly the session that release held, and goes on from its last command', async () => {
    const dir = await tempDir('host-legacy');
    cpSync(FIXTURE, dir, { recursive: true });
    const clock = manualClock(almaty('11:00'));

    const host = await openHost({ dataDir: dir, clock, ...QUIET });

    // As that release held it, in this version's format (shared/session/upgrade.ts).
    expect(host.current).toEqual(upgradeState({ doc: EXPECTED.state.doc, history: EXPECTED.state.history }));
    const [note] = host.getSnapshot().meta.recovery;
    expect(note).toMatchObject({ kind: 'migrated', at: almaty('11:00') });
    expect(note!.message).toMatch(/^This session folder was converted from the previous file format: snapshot\.json \(command 12, .*\) and 2 later command\(s\), up to command 14\./);
    expect(readdirSync(dir).sort()).toEqual(['kept', 'lock.json', 'session.lock', 'session.sqlite', 'session.sqlite-wal']);

    expect(await host.dispatch({ type: 'part.add', title: 'After the upgrade' })).toMatchObject({ ok: true });
    await host.close();
    const reopened = await openHost({ dataDir: dir, clock, ...QUIET });
    expect(partTitles(reopened.current)).toEqual([...partTitles(EXPECTED.state), 'After the upgrade']);
  });
});

describe('recovery notes', { timeout: 30_000 }, () => {
  it('stay in every start until someone acknowledges them; then they are gone from every view, for good', async () => {
    const dir = await tempDir('host-notes');
    cpSync(FIXTURE, dir, { recursive: true });
    const clock = manualClock(almaty('11:00'));
    const first = await openHost({ dataDir: dir, clock, ...QUIET });
    const [note] = first.getSnapshot().meta.recovery;
    await first.close();

    const second = await openHost({ dataDir: dir, clock, ...QUIET });
    expect(second.getSnapshot().meta.recovery).toEqual([note]);
    const seen = events(second);
    await second.acknowledgeRecovery([note!.id]);

    expect(seen).toEqual([{ type: 'meta', version: 0, meta: expect.objectContaining({ recovery: [] }) }]);
    expect(second.getSnapshot().meta.recovery).toEqual([]);
    const afterCrash = await openHost({ dataDir: await crashCopy(dir), clock, ...QUIET });
    expect(afterCrash.getSnapshot().meta.recovery).toEqual([]);
  });

  it('a stored command this version refuses is left out, named in one note that stays until acknowledged, and the commands around it apply', async () => {
    const clock = manualClock(almaty('09:00'));
    const host = await openHost({ dataDir: await tempDir('host-left-out'), clock, ...QUIET });
    expect(await host.dispatch({ type: 'event.update', patch: { venue: 'Before' } })).toMatchObject({ ok: true });
    // As a kill -9 leaves it, then two commands as an earlier version could have stored them: a date the current rules refuse, and a change after it.
    const dir = await crashCopy(host.dataDir);
    const raw = await SessionStore.open(dir, { now: () => clock.now(), appVersion: 'test', splitLegacyState: legacyChunks, lockWaitMs: 0 });
    const seq = raw.store.lastSeq;
    raw.store.append({ seq: seq + 1, at: almaty('09:01'), ids: [], cmd: { type: 'event.update', patch: { date: '1900-06-01' } } });
    raw.store.append({ seq: seq + 2, at: almaty('09:02'), ids: [], cmd: { type: 'event.update', patch: { title: 'After it' } } });
    raw.store.close();

    const reopened = await openHost({ dataDir: dir, clock, ...QUIET });
    expect(reopened.current.doc.event).toMatchObject({ venue: 'Before', title: 'After it', date: '2023-10-16' });
    const notes = reopened.getSnapshot().meta.recovery;
    expect(notes).toEqual([
      {
        id: expect.any(String),
        at: almaty('09:00'),
        kind: 'left-out',
        message: `Journal line ${seq + 1} (event.update) was left out: this version refuses it (patch.date: must be between 1970-01-01 and 2100-12-31).`,
      },
    ]);

    // Replayed again at the next start (no snapshot covered it yet): still one note, the same one.
    const again = await openHost({ dataDir: await crashCopy(dir), clock, ...QUIET });
    expect(again.getSnapshot().meta.recovery).toEqual(notes);
    await again.acknowledgeRecovery([notes[0]!.id]);
    const afterAcknowledged = await openHost({ dataDir: await crashCopy(again.dataDir), clock, ...QUIET });
    expect(afterAcknowledged.getSnapshot().meta.recovery).toEqual([]);
    expect(afterAcknowledged.current.doc.event.title).toBe('After it');
  });

  it('an edited letter in a stored command is found (finding 4): the session opens to the commands before it, and says so', async () => {
    const dir = await tempDir('host-edited');
    const clock = manualClock(almaty('09:00'));
    const host = await openHost({ dataDir: dir, clock, ...QUIET });
    for (const title of ['Press briefing', 'Reception', 'Closing dinner']) await host.dispatch({ type: 'part.add', title });
    const crashed = await crashCopy(dir);
    const db = new Database(join(crashed, 'session.sqlite'));
    db.prepare("UPDATE commands SET cmd = replace(cmd, 'Reception', 'Deception') WHERE seq = 2").run();
    db.close();

    const reopened = await openHost({ dataDir: crashed, clock: manualClock(almaty('09:10')), ...QUIET });

    expect(partTitles(reopened.current).slice(-1)).toEqual(['Press briefing']);
    const [note] = reopened.getSnapshot().meta.recovery;
    expect(note).toMatchObject({ kind: 'recovered' });
    expect(note!.message).toContain('command 2 fails its checksum');
    expect(note!.message).toMatch(/The damaged file was kept as kept\/[^ ]+-damaged-session\.sqlite\./);
    expect(readdirSync(join(crashed, 'kept')).some((name) => name.endsWith('-damaged-session.sqlite'))).toBe(true);
  });

  it('nothing recoverable: a blank session, never the example conference passed off as the user’s, and a note that says so', async () => {
    const dir = await tempDir('host-unrecoverable');
    const first = await openHost({ dataDir: dir, clock: manualClock(almaty('09:00')), ...QUIET });
    await first.close();
    // Its only backup (the one taken at close) is gone too.
    rmSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'session.sqlite'), 'not a database any more');

    const host = await openHost({ dataDir: dir, clock: manualClock(almaty('09:30')), ...QUIET });

    expect(host.current.doc.event.title).toBe('New session');
    expect(host.current.doc.parts).toEqual([]);
    const [note] = host.getSnapshot().meta.recovery;
    expect(note).toMatchObject({ kind: 'unrecoverable' });
    expect(note!.message).toContain('The session starts empty.');
    expect(readFileSync(join(dir, 'kept', readdirSync(join(dir, 'kept')).find((name) => name.endsWith('-damaged-session.sqlite'))!), 'utf8')).toBe('not a database any more');
  });
});

/** Timers the test fires by hand: the backup schedule's five minutes in a moment. */
function manualTimers(): ScheduleTimers & { fire(): Promise<void> } {
  const pending: Array<() => void> = [];
  return {
    setTimeout: (run) => pending.push(run),
    clearTimeout: () => pending.splice(0),
    async fire() {
      pending.shift()?.();
      // The backup runs in steps between turns of the event loop.
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('backups', { timeout: 30_000 }, () => {
  async function hostWithTimers(clock: ManualClock) {
    const dir = await tempDir('host-backups');
    const timers = manualTimers();
    const host = await openHost({ dataDir: dir, clock, backups: { timers }, ...QUIET });
    return { dir, timers, host };
  }

  it('are taken every 5 minutes while the session changes, and once more at close', async () => {
    const clock = manualClock(almaty('09:00'));
    const { dir, timers, host } = await hostWithTimers(clock);
    await host.dispatch({ type: 'part.add', title: 'Side event' });
    clock.advance(5 * 60_000);
    await timers.fire();
    await expect.poll(() => host.listBackups().length).toBe(1);
    clock.advance(5 * 60_000);
    await timers.fire();
    expect(host.listBackups()).toHaveLength(1);

    await host.dispatch({ type: 'part.add', title: 'Reception' });
    clock.advance(60_000);
    await host.close();
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(['2023-10-16T03-05-00-000Z-interval-seq1.sqlite', '2023-10-16T03-11-00-000Z-quit-seq2.sqlite']);
  });

  it('a restore replaces the session in every view, keeps the one it replaced, and says so', async () => {
    const clock = manualClock(almaty('09:00'));
    const { dir, host } = await hostWithTimers(clock);
    await host.dispatch({ type: 'part.add', title: 'Kept in the backup' });
    clock.advance(60_000);
    const backup = await host.takeBackup();
    expect(backup).toMatchObject({ reason: 'manual', seq: 1, takenAt: almaty('09:01') });
    await host.dispatch({ type: 'part.add', title: 'After the backup' });
    const seen = events(host);

    await host.restoreBackup(backup.name);

    expect(partTitles(host.current).slice(-1)).toEqual(['Kept in the backup']);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ type: 'snapshot', snapshot: { version: 3, doc: host.current.doc } });
    const [note] = host.getSnapshot().meta.recovery;
    expect(note).toMatchObject({ kind: 'restored' });
    expect(note!.message).toMatch(/^Restored the backup 2023-10-16T03-01-00-000Z-manual-seq1\.sqlite \(taken 2023-10-16 03:01:00 UTC, up to command 1\) on request\. The session as it was before \(command 2\) was kept as kept\/.+-before-restore-session\.sqlite\.$/);
    expect(readdirSync(join(dir, 'kept')).some((name) => name.endsWith('-before-restore-session.sqlite'))).toBe(true);

    expect(await host.dispatch({ type: 'part.add', title: 'After the restore' })).toEqual({ ok: true, version: 4 });
    const crashed = await openHost({ dataDir: await crashCopy(dir), clock, ...QUIET });
    expect(partTitles(crashed.current).slice(-2)).toEqual(['Kept in the backup', 'After the restore']);
  });

  it('a backup file copied as session.sqlite into an empty folder opens as the session (how a session moves to another computer)', async () => {
    const clock = manualClock(almaty('09:00'));
    const { dir, host } = await hostWithTimers(clock);
    await host.dispatch({ type: 'part.add', title: 'Moved to another computer' });
    const backup = await host.takeBackup();
    const elsewhere = await tempDir('host-moved');
    cpSync(join(dir, 'backups', backup.name), join(elsewhere, 'session.sqlite'));

    const moved = await openHost({ dataDir: elsewhere, clock, ...QUIET });

    expect(moved.current).toEqual(host.current);
    expect(moved.getSnapshot().meta.recovery).toEqual([]);
  });

  it('a backup that is not there, or a damaged one, is refused and changes nothing', async () => {
    const clock = manualClock(almaty('09:00'));
    const { dir, host } = await hostWithTimers(clock);
    const backup = await host.takeBackup();
    await host.dispatch({ type: 'part.add', title: 'Still here' });
    const before = host.current;

    await expect(host.restoreBackup('2023-10-16T03-00-00-000Z-manual-seq9.sqlite')).rejects.toMatchObject({ error: { code: 'not-found', field: 'name' } });
    writeFileSync(join(dir, 'backups', backup.name), 'garbage where a backup was');
    await expect(host.restoreBackup(backup.name)).rejects.toMatchObject({ error: { code: 'conflict', field: 'name', message: expect.stringContaining('can not be restored') } });

    expect(host.current).toBe(before);
    expect(await host.dispatch({ type: 'part.add', title: 'And saving' })).toMatchObject({ ok: true });
    expect(existsSync(join(dir, 'kept'))).toBe(false);
  });
});
