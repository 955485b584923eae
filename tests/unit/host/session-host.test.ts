/**
 * The session host on a real data dir: commands become journal lines that
 * survive a restart or a crash, snapshots rotate, and every kind of damage
 * on disk is repaired without losing an acknowledged command or a byte of
 * the damaged file.
 */
import { cp, readFile, readdir, writeFile, appendFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../shared/contract/api';
import type { Command } from '../../../shared/session/commands';
import { EXAMPLE_EVENT, createExampleSession } from '../../../shared/session/example-session';
import { findSegment } from '../../../shared/run-of-show/model';
import { FORMAT_VERSION } from '../../../shared/session/document';
import { SessionHost } from '../../../electron/host/session/session-host';
import { FILES } from '../../../electron/host/session/data-dir';
import { almaty, counterIds, manualClock, openHost, tempDir, type ManualClock } from '../helpers';

interface Setup {
  dir: string;
  clock: ManualClock;
  host: SessionHost;
}

async function freshHost(snapshotEvery?: number): Promise<Setup> {
  const dir = await tempDir('host');
  const clock = manualClock(almaty('09:00'));
  const host = await openHost({ dataDir: dir, clock, snapshotEvery });
  return { dir, clock, host };
}

/** The data dir exactly as a kill -9 would leave it now: a copy, taken without closing the host. */
async function crashCopy(dir: string): Promise<string> {
  const copy = await tempDir('crashed');
  await cp(dir, copy, { recursive: true });
  return copy;
}

const reopen = (dir: string, clock: ManualClock) => openHost({ dataDir: dir, clock });

async function journalLines(dir: string, name: string = FILES.journal): Promise<string[]> {
  if (!existsSync(join(dir, name))) return [];
  return (await readFile(join(dir, name), 'utf8')).split('\n').filter((line) => line !== '');
}

async function keptFiles(dir: string): Promise<string[]> {
  return existsSync(join(dir, FILES.kept)) ? (await readdir(join(dir, FILES.kept))).sort() : [];
}

async function keptFile(dir: string, suffix: string): Promise<string> {
  const name = (await keptFiles(dir)).find((n) => n.endsWith(suffix));
  if (name === undefined) throw new Error(`nothing in kept/ ends with ${suffix}`);
  return readFile(join(dir, FILES.kept, name), 'utf8');
}

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
  it('opens the example conference in an empty dir and writes it down at once', async () => {
    const { dir, host } = await freshHost();

    const snapshot = host.getSnapshot();
    expect(snapshot.version).toBe(0);
    expect(snapshot.doc.event).toEqual(EXAMPLE_EVENT);
    expect(partTitles(host)).toEqual(createExampleSession(counterIds()).parts.map((p) => p.title));
    expect(snapshot.meta).toMatchObject({ recovery: [], dataDir: dir, history: { runOfShow: { undo: 0, redo: 0 } } });

    const onDisk = JSON.parse(await readFile(join(dir, FILES.snapshot), 'utf8'));
    expect(onDisk).toMatchObject({ formatVersion: FORMAT_VERSION, seq: 0, savedAt: almaty('09:00') });
    expect(onDisk.state.doc).toEqual(snapshot.doc);
    expect(await readFile(join(dir, FILES.prevSnapshot), 'utf8')).toBe(await readFile(join(dir, FILES.snapshot), 'utf8'));
  });

  it('refuses a snapshot from a newer format version, naming the file and leaving it untouched', async () => {
    const dir = await tempDir('newer');
    const path = join(dir, FILES.snapshot);
    const newer = JSON.stringify({ formatVersion: 99, seq: 7, savedAt: 0, state: { doc: { parts: [], event: {} }, history: {} } });
    await writeFile(path, newer);

    await expect(SessionHost.open({ dataDir: dir, clock: manualClock(almaty('09:00')) })).rejects.toThrow(
      `${path} was written by a newer Moderator Console (data format 99; this version reads ${FORMAT_VERSION})`,
    );
    expect(await readFile(path, 'utf8')).toBe(newer);
    expect(await readdir(dir)).toEqual([FILES.snapshot]);
  });
});

describe('dispatching commands', () => {
  it('refuses an invalid command with its field and changes nothing', async () => {
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
    expect(await journalLines(dir)).toEqual([]);
  });

  it('journals each accepted command with its time and the ids it generated', async () => {
    const setup = await freshHost();
    await run(setup, addPart('Side event'));

    const [line] = await journalLines(setup.dir);
    const newPart = setup.host.current.doc.parts.at(-1)!;
    expect(JSON.parse(line!)).toEqual({ seq: 1, at: almaty('09:01'), ids: [newPart.id], cmd: { type: 'part.add', title: 'Side event' } });
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

  it('answers a command that changes nothing without a journal line', async () => {
    const setup = await freshHost();
    const opening = setup.host.current.doc.parts[0]!.segments[0]!.id;
    await run(setup, { type: 'segment.setStatus', segmentId: opening, status: 'live' });
    const { version } = setup.host.getSnapshot();
    const lines = (await journalLines(setup.dir)).length;

    expect(await setup.host.dispatch({ type: 'segment.setStatus', segmentId: opening, status: 'live' })).toEqual({ ok: true, version });
    expect(await journalLines(setup.dir)).toHaveLength(lines);
  });
});

describe('surviving a restart', () => {
  it('reopens after close with every accepted command', async () => {
    const setup = await freshHost();
    await run(setup, addPart('Side event'), addPart('Press briefing'));
    const doc = setup.host.current.doc;
    await setup.host.close();

    const reopened = await reopen(setup.dir, setup.clock);
    expect(reopened.current.doc).toEqual(doc);
    expect(reopened.getSnapshot().meta.recovery).toEqual([]);
  });

  it('reopens after a crash (no close) by replaying the journal', async () => {
    const setup = await freshHost();
    await run(setup, addPart('Side event'), { type: 'history.undo', scope: 'runOfShow' }, addPart('Press briefing'));
    const crashed = await crashCopy(setup.dir);

    const reopened = await reopen(crashed, setup.clock);
    expect(reopened.current.doc).toEqual(setup.host.current.doc);
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

  it('replays a journal written before instants were whole and the example’s ids were fixed, as it was then', async () => {
    const dir = await tempDir('old-journal');
    const oldIds = counterIds(7);
    const recorded = Array.from({ length: 60 }, oldIds);
    const old = createExampleSession(counterIds(7));
    const panel = old.parts[1]!.segments[0]!;
    const lines = [
      { seq: 1, at: almaty('09:00') + 0.4375, ids: recorded, cmd: { type: 'session.loadExample' } },
      { seq: 2, at: almaty('10:15') + 0.9921875, ids: [], cmd: { type: 'segment.setStatus', segmentId: panel.id, status: 'live' } },
      { seq: 3, at: almaty('10:16') + 0.5, ids: ['00000009-0000-4000-8000-000000000001'], cmd: { type: 'rec.add', recommendation: { text: 'Quotas', segmentId: panel.id } } },
    ];
    await writeFile(join(dir, FILES.journal), lines.map((line) => `${JSON.stringify(line)}\n`).join(''));

    const host = await openHost({ dataDir: dir, clock: manualClock(almaty('11:00')) });
    const live = findSegment(host.current.doc, panel.id)!.segment;
    expect(live).toMatchObject({ status: 'live', actualStartAt: almaty('10:15') });
    const [rec] = Object.values(Object.values(host.current.doc.recommendations.byShard)[0]!);
    expect(rec).toMatchObject({ segmentId: panel.id, createdAt: almaty('10:16'), updatedAt: almaty('10:16') });
  });

  it('rounds the fractional instants of an older snapshot down, in the document and in its undo history alike', async () => {
    const setup = await freshHost();
    await run(setup, { type: 'rec.add', recommendation: { text: 'Quotas' }, author: 'Aigerim' });
    await setup.host.close();
    const path = join(setup.dir, FILES.snapshot);
    const saved = await readFile(path, 'utf8');
    const stamp = String(almaty('09:01'));
    await writeFile(path, saved.replaceAll(stamp, `${stamp}.75`));
    expect(await readFile(path, 'utf8')).toContain(`${stamp}.75`);

    const reopened = await reopen(setup.dir, setup.clock);
    expect(JSON.stringify(reopened.current)).not.toContain(`${stamp}.75`);
    expect(await reopened.dispatch({ type: 'history.undo', scope: 'recommendations', author: 'Aigerim' })).toMatchObject({ ok: true });
    expect(Object.keys(reopened.current.doc.recommendations.byShard)).toEqual([]);
  });

  it('rotates snapshots every N commands and reopens to the identical document', async () => {
    const setup = await freshHost(3);
    await run(setup, addPart('1'), addPart('2'), addPart('3'), addPart('4'), addPart('5'), addPart('6'), addPart('7'));

    const snapshot = JSON.parse(await readFile(join(setup.dir, FILES.snapshot), 'utf8'));
    const previous = JSON.parse(await readFile(join(setup.dir, FILES.prevSnapshot), 'utf8'));
    expect([previous.seq, snapshot.seq]).toEqual([3, 6]);
    expect((await journalLines(setup.dir, FILES.prevJournal)).map((l) => JSON.parse(l).seq)).toEqual([4, 5, 6]);
    expect((await journalLines(setup.dir)).map((l) => JSON.parse(l).seq)).toEqual([7]);

    const crashed = await reopen(await crashCopy(setup.dir), setup.clock);
    expect(crashed.current).toEqual(setup.host.current);

    await setup.host.close();
    const closed = await reopen(setup.dir, setup.clock);
    expect(closed.current).toEqual(crashed.current);
    expect(partTitles(closed).slice(-7)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

describe('repairing a damaged data dir', () => {
  it('ignores a torn last journal line, keeps its bytes, and appends cleanly after it', async () => {
    const setup = await freshHost();
    await run(setup, addPart('Side event'));
    const crashed = await crashCopy(setup.dir);
    const torn = '{"seq":2,"at":1697431260000,"ids":["x"],"cmd":{"type":"part.add","ti';
    await appendFile(join(crashed, FILES.journal), torn);

    const reopened = await reopen(crashed, setup.clock);
    expect(reopened.current.doc).toEqual(setup.host.current.doc);
    expect(reopened.getSnapshot().meta.recovery).toEqual([expect.stringContaining('journal.jsonl ended with an incomplete command')]);
    expect(await keptFile(crashed, 'journal.jsonl.torn-tail')).toBe(torn);

    expect(await reopened.dispatch(addPart('Press briefing'))).toEqual({ ok: true, version: 1 });
    expect((await journalLines(crashed)).map((l) => JSON.parse(l))).toMatchObject([{ seq: 1 }, { seq: 2, cmd: { title: 'Press briefing' } }]);
    const again = await reopen(await crashCopy(crashed), setup.clock);
    expect(partTitles(again).slice(-2)).toEqual(['Side event', 'Press briefing']);
  });

  it('moves a garbage snapshot.json aside and rebuilds from snapshot.prev.json and the journals', async () => {
    const setup = await freshHost(3);
    await run(setup, addPart('1'), addPart('2'), addPart('3'), addPart('4'));
    const crashed = await crashCopy(setup.dir);
    const garbage = '{"formatVersion":1,"seq":3,"sta\u0000\u0000 disk full';
    await writeFile(join(crashed, FILES.snapshot), garbage);

    const reopened = await reopen(crashed, setup.clock);

    expect(reopened.current.doc).toEqual(setup.host.current.doc);
    expect(await keptFile(crashed, `-${FILES.snapshot}`)).toBe(garbage);
    expect(reopened.getSnapshot().meta.recovery).toEqual([
      expect.stringMatching(/^snapshot\.json could not be read and was moved to kept\/.*snapshot\.json; the session was rebuilt from the previous snapshot and the journal\.$/),
    ]);
    const rewritten = JSON.parse(await readFile(join(crashed, FILES.snapshot), 'utf8'));
    expect(rewritten).toMatchObject({ seq: 4 });
    expect(rewritten.state.doc).toEqual(setup.host.current.doc);
  });

  it('rebuilds from the snapshot written at the start when snapshot.json is damaged before the first rotation', async () => {
    const setup = await freshHost();
    const opening = setup.host.current.doc.parts[0]!.segments[0]!.id;
    await run(setup, { type: 'segment.update', segmentId: opening, patch: { title: 'Welcome' } });
    const crashed = await crashCopy(setup.dir);
    await writeFile(join(crashed, FILES.snapshot), 'garbage');

    const reopened = await reopen(crashed, setup.clock);

    expect(reopened.current.doc).toEqual(setup.host.current.doc);
    expect(findSegment(reopened.current.doc, opening)!.segment.title).toBe('Welcome');
    expect(await keptFile(crashed, `-${FILES.snapshot}`)).toBe('garbage');
  });

  it('recovers the commands before a damaged middle journal line and keeps a copy of the file', async () => {
    const setup = await freshHost();
    await run(setup, addPart('Side event'));
    const afterFirst = setup.host.current.doc;
    await run(setup, addPart('Press briefing'), addPart('Reception'));
    const crashed = await crashCopy(setup.dir);
    const lines = await journalLines(crashed);
    const damaged = [lines[0], '{"seq":2,"at":garbage', lines[2], ''].join('\n');
    await writeFile(join(crashed, FILES.journal), damaged);

    const reopened = await reopen(crashed, setup.clock);

    expect(reopened.current.doc).toEqual(afterFirst);
    expect(reopened.getSnapshot().meta.recovery).toEqual([expect.stringContaining('journal.jsonl is damaged at line 2; commands up to line 1 were recovered')]);
    expect(await keptFile(crashed, `-${FILES.journal}`)).toBe(damaged);
    expect(await journalLines(crashed)).toEqual([]);

    await reopened.dispatch(addPart('Reception, again'));
    const again = await reopen(await crashCopy(crashed), setup.clock);
    expect(partTitles(again).slice(-2)).toEqual(['Side event', 'Reception, again']);
  });
});
