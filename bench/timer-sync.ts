/**
 * Timer sync: two projector views in headless Chromium against serve mode
 * on loopback. Each view records the instant its digits change; those
 * instants are compared with each other (target: within 5 ms, p95) and
 * with the instant the host's timer crosses that second (within 20 ms).
 *
 * Every step waits for what it needs with a deadline that names the step;
 * the browser, the control socket and the server are closed whatever
 * happens.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServeProcess } from '../tests/serve-process';
import type { SessionSnapshot } from '../shared/contract/api';
import { figure, type Figure } from './report';
import { median, p95 } from './stats';
import { chromiumLaunchOptions } from './browser';
import { BenchClient } from './ws-client';
import { cleanUp, sleep, until, within } from './wait';

interface Flip {
  text: string;
  at: number;
}

const DURATION_MS = 600_000;
const RUN_SECONDS = 40;

/** Host time minus this machine's wall clock, from the best of several round trips. */
async function hostOffset(control: BenchClient): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 10; i++) {
    const sent = Date.now();
    const { hostAt } = await control.call<{ hostAt: number }>('session.clock', {}, 'timer sync: the host clock');
    const received = Date.now();
    if (received - sent < best.rtt) best = { rtt: received - sent, offset: hostAt - (sent + received) / 2 };
  }
  return best.offset;
}

async function recordFlips(page: Page, which: string): Promise<void> {
  await within(page.getByRole('timer').waitFor(), 15_000, `timer sync: ${which} shows its timer`);
  await page.evaluate(() => {
    const flips: Array<{ text: string; at: number }> = [];
    (window as unknown as { flips: typeof flips }).flips = flips;
    const target = document.querySelector('[role="timer"]')!;
    new MutationObserver(() => flips.push({ text: target.textContent ?? '', at: performance.timeOrigin + performance.now() })).observe(target, {
      characterData: true,
      childList: true,
      subtree: true,
    });
  });
}

const readFlips = (page: Page) => page.evaluate(() => (window as unknown as { flips: Flip[] }).flips);

function shownSeconds(text: string): number {
  const [m, s] = text.split(':').map(Number);
  return m! * 60 + s!;
}

export async function timerSync(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'moderator-sync-'));
  const server = new ServeProcess(dataDir);
  let browser: Browser | null = null;
  let control: BenchClient | null = null;
  try {
    const url = await server.start();
    browser = await within(chromium.launch(chromiumLaunchOptions()), 30_000, 'timer sync: launch Chromium');
    const pages = await Promise.all([browser.newPage(), browser.newPage()]);
    await within(Promise.all(pages.map((p) => p.goto(`${url}projector`))), 30_000, 'timer sync: open two projector views');
    await Promise.all(pages.map((page, i) => recordFlips(page, `projector ${i + 1}`)));
    // Each view measures its clock offset as it connects; give both time to settle.
    await sleep(1500);

    control = await BenchClient.open(`${url.replace('http', 'ws')}ws`, 'timer sync: control');
    const doc = await control.snapshotDoc('timer sync: control');
    const firstSegmentId = doc.parts[0]!.segments[0]!.id;
    await control.dispatch({ type: 'timer.select', segmentId: firstSegmentId }, 'timer sync: select the first segment');
    await control.dispatch({ type: 'timer.set', durationMs: DURATION_MS }, 'timer sync: set ten minutes');
    await control.dispatch({ type: 'timer.start' }, 'timer sync: start');
    const last = `${Math.floor((DURATION_MS / 1000 - RUN_SECONDS) / 60)}:${String((DURATION_MS / 1000 - RUN_SECONDS) % 60).padStart(2, '0')}`;
    await until(async () => (await Promise.all(pages.map(readFlips))).every((flips) => flips.some((f) => f.text === last)), (RUN_SECONDS + 15) * 1000, `timer sync: both views reach ${last}`, 250);

    const offset = await hostOffset(control);
    const { clock } = (await control.call<SessionSnapshot>('session.snapshot', {}, 'timer sync: the timer as started')).doc.timer;
    if (clock.runningSince === null) throw new Error('timer sync: the timer is not running');

    const [a, b] = await Promise.all(pages.map(readFlips));
    const byText = (flips: Flip[]) => new Map(flips.filter((f) => /^\d+:\d\d$/.test(f.text)).map((f) => [f.text, f.at]));
    const first = byText(a!);
    const second = byText(b!);
    const betweenViews: number[] = [];
    const viewVsHost: number[] = [];
    const lateA: number[] = [];
    const lateB: number[] = [];
    for (const [text, atA] of first) {
      const atB = second.get(text);
      // Only the digits of the running countdown (not the speaker loaded before it was set).
      const shown = shownSeconds(text);
      if (atB === undefined || shown >= DURATION_MS / 1000 || shown < DURATION_MS / 1000 - RUN_SECONDS) continue;
      // The digits show S from the host instant the time left reaches S seconds.
      const hostFlip = clock.runningSince + clock.durationMs - clock.accumulatedMs - shown * 1000;
      betweenViews.push(Math.abs(atA - atB));
      lateA.push(atA + offset - hostFlip);
      lateB.push(atB + offset - hostFlip);
      viewVsHost.push(atA + offset - hostFlip, atB + offset - hostFlip);
    }
    if (betweenViews.length < 5) throw new Error(`timer sync: too few digit changes recorded (${betweenViews.length})`);
    const late = viewVsHost.map(Math.abs);
    // A change late in both views at once was delayed by something they share (the machine's load), not by either view.
    const sharedLate = lateA.filter((ms, i) => ms > 10 && lateB[i]! > 10).length;
    return [
      figure('timer', 'two projector views: digits change apart (p95)', 'ms', p95(betweenViews), { max: 5 }, `median ${median(betweenViews).toFixed(2)} ms, max ${Math.max(...betweenViews).toFixed(2)} ms, ${betweenViews.length} changes`),
      figure('timer', 'projector vs host: digit change vs host second (p95)', 'ms', p95(late), { max: 20 }, `after the host's second by a median of ${median(lateA).toFixed(2)} ms (view 1) and ${median(lateB).toFixed(2)} ms (view 2), ${viewVsHost.length} changes; late over 10 ms in both views at once: ${sharedLate}`),
    ];
  } finally {
    await cleanUp(
      () => control?.close(),
      () => browser?.close(),
      () => server.stop(),
      () => rm(dataDir, { recursive: true, force: true }),
    );
  }
}
