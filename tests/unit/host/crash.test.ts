/**
 * Crash safety. The short form of the crash harness (tests/crash/): serve
 * mode as a real process, two clients sending at once, killed with SIGKILL
 * three times while commands are in flight (once as a Go live is half
 * stored), restarted on the same data dir; nothing acknowledged may be
 * lost or there twice, nothing half-applied, and a running timer must come
 * back with the right time. It runs the
 * TypeScript source under `node --import tsx`, so it needs no build and
 * runs here, before `npm run build`. The long form: `npm run test:crash`.
 *
 * Then the bug the harness found, pinned down: Go live and the timer
 * follow-up the host issues are two stored commands; a crash between them
 * left the segment live and the timer on the previous one.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, runCrashTest } from '../../crash/harness';
import { almaty, manualClock, openHost, segmentIdByTitle, tempDir } from '../helpers';
import { crashCopy, storeRows } from './store-copy';

const SEED = 20231016;

it('loses no acknowledged command and half-applies none when serve mode is killed with -9', async () => {
  const report = await runCrashTest({ seed: SEED, kills: 3, commands: 100, build: 'source' });

  const summary = formatReport(report).join('\n');
  expect(report.failures, summary).toEqual([]);
  expect(report.counts, summary).toMatchObject({ kills: 3, restarts: 4, restartsFailed: 0, lost: 0, duplicated: 0, halfApplied: 0, timerWrong: 0 });
  expect(report.counts.recovered, summary).toBe(report.counts.acknowledged);
  expect(report.counts.commandsSent, summary).toBeGreaterThanOrEqual(100);
  expect(report.counts.secondAcknowledged, summary).toBeGreaterThan(0);
}, 90_000);

describe('a crash between Go live and its timer follow-up', () => {
  async function openWithSegment(afterCommands = 1_000_000) {
    const dir = await tempDir('crash-follow');
    const host = await openHost({ dataDir: dir, clock: manualClock(almaty('10:00')), snapshots: { afterCommands, idleMs: 3_600_000 } });
    return { dir, host, segmentId: segmentIdByTitle(host.current.doc, 'Opening of the conference') };
  }

  it('is finished by the restart: the timer follows the live segment', async () => {
    const { dir, host, segmentId } = await openWithSegment();
    expect(await host.dispatch({ type: 'segment.setStatus', segmentId, status: 'live' })).toMatchObject({ ok: true });
    expect((await storeRows(dir)).commands.map((c) => c.cmd.type)).toEqual(['segment.setStatus', 'timer.select']);
    // The data dir as a kill between the two appends leaves it.
    const crashed = await crashCopy(dir);
    const db = new Database(join(crashed, 'session.sqlite'));
    db.prepare('DELETE FROM commands WHERE seq = 2').run();
    db.close();

    const restarted = await openHost({ dataDir: crashed, clock: manualClock(almaty('10:05')) });

    const { doc } = restarted.current;
    expect(doc.parts.flatMap((p) => p.segments).find((s) => s.id === segmentId)?.status).toBe('live');
    expect(doc.timer.segmentId).toBe(segmentId);
    expect(doc.timer.clock.runningSince).toBeNull();
  });

  it('never falls between the two: a snapshot due at the Go live waits for the follow-up', async () => {
    const { dir, host, segmentId } = await openWithSegment(2);
    await host.dispatch({ type: 'segment.update', segmentId, patch: { notes: 'Синхронный перевод, кабина 2' } });

    await host.dispatch({ type: 'segment.setStatus', segmentId, status: 'live' });

    await expect.poll(async () => (await storeRows(dir)).snapshot?.seq, { timeout: 10_000 }).toBe(3);
    expect((await storeRows(dir)).commands).toEqual([]);
    const reopened = await openHost({ dataDir: await crashCopy(dir), clock: manualClock(almaty('10:05')) });
    expect(reopened.current.doc.timer.segmentId).toBe(segmentId);
  });
});
