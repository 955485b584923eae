/**
 * The session host on a real data dir: commands are stored before they
 * are acknowledged and survive a restart or a crash, snapshots are taken
 * off the command path and hold only what changed, and what the store
 * repaired is told in every console until someone has read it.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { SessionEvent } from '../../../shared/contract/api';
import type { Command } from '../../../shared/session/commands';
import { EXAMPLE_EVENT, createExampleSession } from '../../../shared/session/example-session';
import { findSegment } from '../../../shared/run-of-show/model';
import { SessionHost } from '../../../electron/host/session/session-host';
import { almaty, counterIds, manualClock, openHost, tempDir, type ManualClock } from '../helpers';
import { crashCopy, storeRows } from './store-copy';

interface Setup {
  dir: string;
  clock: ManualClock;
  host: SessionHost;
}

/** A host on a fresh dir; snapshots only when a test asks (after `afterCommands`), never on a timer. */
async function freshHost(afterCommands = 1_000_000): Promise<Setup> {
  const dir = await tempDir('host');
  const clock = manualClock(almaty('09:00'));
  const host = await openHost({ dataDir: dir, clock, snapshots: { afterCommands, idleMs: 3_600_000 } });
  return { dir, clock, host };
}

const reopen = (dir: string, clock: ManualClock) => openHost({ dataDir: dir, clock, snapshots: { idleMs: 3_600_000 } });

/** Dispatches commands a minute apart, each of which must be accepted. */
async function run(setup: Setup, ...commands: Command[]): Promise<void> {
  for (const command of commands) {
    setup.clock.advance(60_000);
    const result = await setup.host.dispatch(command);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.field} ${result.error.message}`);
  }
}

const addPart = (title: string): Command => ({ type: 'part.add', title });
const partTitles = (host: SessionHost) => host.current.doc.parts.map((p) => p.title);

describe('opening a data dir', () => {
  it('opens the example conference in an empty dir and saves it as the first snapshot at once', async () => {
    const { dir, host } = await freshHost();

    const snapshot = host.getSnapshot();
    expect(snapshot.version).toBe(0);
    expect(snapshot.doc.event).toEqual(EXAMPLE_EVENT);
    expect(partTitles(host)).toEqual(createExampleSession(counterIds()).parts.map((p) => p.title));
    expect(snapshot.meta).toMatchObject({ recovery: [], storage: { ok: true }, dataDir: dir, history: { runOfShow: { undo: 0, redo: 0 } } });

    const onDisk = await storeRows(dir);
    expect(onDisk.snapshot).toEqual({ seq: 0, savedAt: almaty('09:00') });
    expect(onDisk.commands).toEqual([]);
    // A crash right now reopens to the same conference (same ids), not a new example.
    const reopened = await reopen(await crashCopy(dir), manualClock(almaty('09:05')));
    expect(reopened.current.doc).toEqual(snapshot.doc);
  });

  it('refuses a store from a newer version, naming the file and leaving it untouched', async () => {
    const { dir, host } = await freshHost();
    await host.close();
    const path = join(dir, 'session.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    const before = await readFile(path);

    await expect(SessionHost.open({ dataDir: dir, clock: manualClock(almaty('09:00')) })).rejects.toThrow(
      `${path} was written by a newer Moderator Console (store format 99; this version reads 1)`,
    );
    expect(await readFile(path)).toEqual(before);
  });
});

describe('dispatching commands', () => {
  it('refuses an invalid command with its field, changes nothing and stores nothing', async () => {
    const { dir, host } = await freshHost();
    const before = host.current;

    expect(await host.dispatch({ type: 'part.add', title: '   ' })).toEqual({ ok: false, error: { code: 'invalid', field: 'title', message: 'must not be empty' } });
    const missing = '00000000-0000-4000-8000-00000000dead';
    expect(await host.dispatch({ type: 'segment.delete', segmentId: missing })).toEqual({
      ok: false,
      error: { code: 'not-found', field: 'segmentId', message: `no segment with id "${missing}"` },
    });
    expect(await host.dispatch({ type: 'segment.delete', segmentId: '__proto__' })).toMatchObject({ ok: false, error: { code: 'invalid', field: 'segmentId' } });

    expect(host.getSnapshot().version).toBe(0);
    expect(host.current).toBe(before);
    expect((await storeRows(dir)).commands).toEqual([]);
  });

  it('stores each accepted command, with its host time and the ids it generated, before answering', async () => {
    const setup = await freshHost();
    await run(setup, addPart('Side event'));

    const newPart = setup.host.current.doc.parts.at(-1)!;
    expect((await storeRows(setup.dir)).commands).toEqual([{ seq: 1, at: almaty('09:01'), ids: [newPart.id], cmd: { type: 'part.add', title: 'Side event' } }]);
    expect(setup.host.getSnapshot().version).toBe(1);
  });

  it('publishes every change as a patch event, versions in order', async () => {
    const setup = await freshHost();
    const events: SessionEvent[] = [];
    const unsubscribe = setup.host.subscribe((event) => events.push(event));

    await run(setup, addPart('A'), addPart('B'), { type: 'history.undo', scope: 'runOfShow' });
    unsubscribe();
    await run(setup, addPart('C'));

    expect(events.map((e) => (e.type === 'patch' ? [e.fromVersion, e.version] : e.type))).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'patch', meta: { history: { runOfShow: { undo: 1, redo: 1 } } } });
  });

  it('answers a command that changes nothing without storing it', async () => {
    const setup = await freshHost();
    const opening = setup.host.current.doc.parts[0]!.segments[0]!.id;
    await run(setup, { type: 'segment.setStatus', segmentId: opening, status: 'live' });
    const { version } = setup.host.getSnapshot();
    const stored = (await storeRows(setup.dir)).commands.length;

    expect(await setup.host.dispatch({ type: 'segment.setStatus', segmentId: opening, status: 'live' })).toEqual({ ok: true, version });
    expect((await storeRows(setup.dir)).commands).toHaveLength(stored);
  });
});

describe('displays (projector and stage views)', () => {
  it('are shown a change before it is the host’s state, consoles only after; nothing for a refused command', async () => {
    const setup = await freshHost();
    const told: string[] = [];
    setup.host.subscribeDisplays((event) => {
      if (event.type !== 'snapshot') throw new Error(`a display was told a ${event.type}`);
      const isState = event.snapshot.doc === setup.host.current.doc;
      told.push(`display v${event.snapshot.version}, ${isState ? 'already' : 'not yet'} the host's state`);
    });
    setup.host.subscribe((event) => told.push(`published ${event.type}`));
    await run(setup, addPart('Closing'));
    expect(await setup.host.dispatch({ type: 'part.add', title: ' ' })).toMatchObject({ ok: false });
    expect(told).toEqual(["display v1, not yet the host's state", 'published patch']);
  });
});

describe('surviving a restart', () => {
  it('reopens after close with every accepted command, from the snapshot taken at close', async () => {
    const setup = await freshHost();
    await run(setup, addPart('Side event'), addPart('Press briefing'));
    const doc = setup.host.current.doc;
    await setup.host.close();

    const onDisk = await storeRows(setup.dir);
    expect(onDisk.snapshot?.seq).toBe(2);
    expect(onDisk.commands).toEqual([]);
    const reopened = await reopen(setup.dir, setup.clock);
    expect(reopened.current.doc).toEqual(doc);
    expect(reopened.getSnapshot().meta.recovery).toEqual([]);
  });

  it('reopens after a crash (no close) by replaying the stored commands', async () => {
    const setup = await freshHost();
    await run(setup, addPart('Side event'), { type: 'history.undo', scope: 'runOfShow' }, addPart('Press briefing'));
    const crashed = await crashCopy(setup.dir);

    const reopened = await reopen(crashed, setup.clock);
    expect(reopened.current).toEqual(setup.host.current);
    expect(partTitles(reopened).at(-1)).toBe('Press briefing');
    expect(reopened.getSnapshot().meta.history.runOfShow).toEqual({ undo: 1, redo: 0, nextUndo: { action: 'addPart', subject: 'Press briefing' }, nextRedo: null });
  });

  it('generates the same ids on replay', async () => {
    const setup = await freshHost();
    const partId = setup.host.current.doc.parts[0]!.id;
    await run(setup, { type: 'segment.add', partId, segment: { title: 'Welcome video' } });
    const segmentId = setup.host.current.doc.parts[0]!.segments.at(-1)!.id;
    await run(setup, { type: 'speaker.add', segmentId, speaker: { name: 'Video editor' } }, { type: 'session.new' }, { type: 'session.loadExample' });
    const crashed = await crashCopy(setup.dir);

    const reopened = await reopen(crashed, setup.clock);
    expect(reopened.current.doc).toEqual(setup.host.current.doc);
    await reopened.dispatch({ type: 'history.undo', scope: 'runOfShow' });
    await reopened.dispatch({ type: 'history.undo', scope: 'runOfShow' });
    expect(findSegment(reopened.current.doc, segmentId)!.segment.speakers.map((s) => s.name)).toEqual(['Video editor']);
  });

  it('takes a snapshot after N commands, behind them, and prunes the commands it holds', async () => {
    const setup = await freshHost(3);
    await run(setup, addPart('1'), addPart('2'), addPart('3'));
    await expect.poll(async () => (await storeRows(setup.dir)).snapshot?.seq, { timeout: 10_000 }).toBe(3);
    await run(setup, addPart('4'));

    expect((await storeRows(setup.dir)).commands.map((c) => c.seq)).toEqual([4]);

    const crashed = await reopen(await crashCopy(setup.dir), setup.clock);
    expect(crashed.current).toEqual(setup.host.current);
    await setup.host.close();
    const closed = await reopen(setup.dir, setup.clock);
    expect(closed.current).toEqual(crashed.current);
    expect(partTitles(closed).slice(-4)).toEqual(['1', '2', '3', '4']);
  });

  it('takes a snapshot once the session is quiet, without waiting for N commands', async () => {
    const dir = await tempDir('host-idle');
    const clock = manualClock(almaty('09:00'));
    const host = await openHost({ dataDir: dir, clock, snapshots: { afterCommands: 1_000, idleMs: 20 } });
    await host.dispatch(addPart('Quiet afterwards'));

    await expect.poll(async () => (await storeRows(dir)).snapshot?.seq, { timeout: 10_000 }).toBe(1);
    expect((await storeRows(dir)).commands).toEqual([]);
  });
});

describe('the files of a data dir', () => {
  it('are readable by their owner only, and no temp file is left once the host is closed', async () => {
    const setup = await freshHost(2);
    await run(setup, addPart('Side event'), addPart('Press briefing'), addPart('Reception'));
    await setup.host.takeBackup();
    await setup.host.close();

    const files: string[] = [];
    for (const entry of await readdir(setup.dir, { withFileTypes: true, recursive: true })) {
      const path = join(entry.parentPath, entry.name);
      files.push(path.slice(setup.dir.length + 1));
      expect({ path, mode: (await stat(path)).mode & 0o777 }).toEqual({ path, mode: entry.isDirectory() ? 0o700 : 0o600 });
    }
    expect(files.sort()).toEqual(['backups', expect.stringMatching(/^backups\/.+-manual-seq3\.sqlite$/), expect.stringMatching(/^backups\/.+-quit-seq3\.sqlite$/), 'session.lock', 'session.sqlite']);
  });
});

