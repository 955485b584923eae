/**
 * Crash safety. The short form of the crash harness (tests/crash/): serve
 * mode as a real process, killed with SIGKILL three times while commands
 * are in flight (once as a Go live is half journaled), restarted on the
 * same data dir; nothing acknowledged may be lost, nothing half-applied,
 * and a running timer must come back with the right time. It runs the
 * TypeScript source under `node --import tsx`, so it needs no build and
 * runs here, before `npm run build`. The long form: `npm run test:crash`.
 *
 * Then the bug the harness found, pinned down: Go live and the timer
 * follow-up the host issues are two journal entries; a crash between them
 * left the segment live and the timer on the previous one.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, runCrashTest } from '../../crash/harness';
import { almaty, manualClock, openHost, segmentIdByTitle, tempDir } from '../helpers';

const SEED = 20231016;

it('loses no acknowledged command and half-applies none when serve mode is killed with -9', async () => {
  const report = await runCrashTest({ seed: SEED, kills: 3, commands: 100, build: 'source' });

  const summary = formatReport(report).join('\n');
  expect(report.failures, summary).toEqual([]);
  expect(report.counts, summary).toMatchObject({ kills: 3, restarts: 4, restartsFailed: 0, lost: 0, halfApplied: 0, timerWrong: 0 });
  expect(report.counts.recovered, summary).toBe(report.counts.acknowledged);
  expect(report.counts.commandsSent, summary).toBeGreaterThanOrEqual(100);
}, 90_000);

describe('a crash between Go live and its timer follow-up', () => {
  async function openWithSegment(snapshotEvery?: number) {
    const dir = await tempDir('crash-follow');
    const host = await openHost({ dataDir: dir, clock: manualClock(almaty('10:00')), snapshotEvery });
    return { dir, host, segmentId: segmentIdByTitle(host.current.doc, 'Opening of the conference') };
  }

  it('is finished by the restart: the timer follows the live segment', async () => {
    const { dir, host, segmentId } = await openWithSegment();
    expect(await host.dispatch({ type: 'segment.setStatus', segmentId, status: 'live' })).toMatchObject({ ok: true });
    const lines = (await readFile(join(dir, 'journal.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).cmd.type)).toEqual(['segment.setStatus', 'timer.select']);
    // The data dir as a kill between the two appends leaves it.
    const crashed = await tempDir('crash-follow-cut');
    await cp(dir, crashed, { recursive: true });
    await writeFile(join(crashed, 'journal.jsonl'), `${lines[0]}\n`);

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

    const snapshot = JSON.parse(await readFile(join(dir, 'snapshot.json'), 'utf8'));
    expect(snapshot.seq).toBe(3);
    expect(snapshot.state.doc.timer.segmentId).toBe(segmentId);
    expect(await readFile(join(dir, 'journal.jsonl'), 'utf8')).toBe('');
  });
});
