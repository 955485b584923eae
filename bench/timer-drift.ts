/** Drift of a running timer over a simulated three-hour day with wall-clock jumps (target 0 ms). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionHost } from '../electron/host/session/session-host';
import { allSegments } from '../shared/run-of-show/model';
import { readTimer, timerView } from '../shared/timer/view';
import type { Clock, EpochMs, MonotonicMs } from '../shared/kernel/units';
import { figure, type Figure } from './report';

export async function timerDrift(): Promise<Figure[]> {
  let wall = Date.UTC(2023, 9, 16, 4);
  let monotonic = 0;
  const clock: Clock = { now: () => wall as EpochMs, monotonic: () => monotonic as MonotonicMs };
  const dir = await mkdtemp(join(tmpdir(), 'moderator-drift-'));
  const host = await SessionHost.open({ dataDir: dir, clock });
  await host.dispatch({ type: 'timer.select', segmentId: allSegments(host.current.doc)[0]!.id });
  await host.dispatch({ type: 'timer.set', durationMs: 4 * 3_600_000 });
  await host.dispatch({ type: 'timer.start' });
  let elapsed = 0;
  let worst = 0;
  for (let second = 1; second <= 3 * 3600; second++) {
    wall += 1000;
    monotonic += 1000;
    elapsed += 1000;
    // A wall-clock step of +/-10 minutes every 20 minutes (NTP, a user changing the time).
    if (second % 1200 === 0) wall += second % 2400 === 0 ? -600_000 : 600_000;
    const { remainingMs } = readTimer(host.current.doc.timer, timerView(host.current.doc).thresholds, host.now());
    worst = Math.max(worst, Math.abs(remainingMs - (4 * 3_600_000 - elapsed)));
  }
  await host.close();
  await rm(dir, { recursive: true, force: true });
  return [figure('timer', 'drift over a simulated 3-hour day with +/-10 min clock jumps', 'ms', worst, { equals: 0 }, '10,800 readings, one per second')];
}
