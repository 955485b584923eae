/**
 * Timer sync: two projector views in headless Chromium against serve mode
 * on loopback. Each view records the instant its digits change; those
 * instants are compared with each other and with the instant the host's
 * timer crosses that second (target: under 50 ms apart).
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ServeProcess } from '../tests/serve-process';
import type { CallResult, ServerFrame } from '../shared/contract/protocol';
import type { SessionSnapshot } from '../shared/contract/api';
import { figure, type Figure } from './report';
import { p95 } from './stats';
import { chromiumLaunchOptions } from './browser';

interface Flip {
  text: string;
  at: number;
}

/** A control client of the bench itself: dispatches commands and reads the host's clock. */
async function controlClient(url: string) {
  const socket = new WebSocket(url.replace('http', 'ws') + 'ws');
  const replies = new Map<number, (result: CallResult) => void>();
  socket.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as ServerFrame;
    if (frame.t === 'result') replies.get(frame.id)?.(frame.result);
  });
  await new Promise((resolve) => socket.once('open', resolve));
  let id = 0;
  const call = async <T>(method: string, args: object = {}): Promise<T> => {
    const result = await new Promise<CallResult>((resolve) => {
      const requestId = ++id;
      replies.set(requestId, resolve);
      socket.send(JSON.stringify({ t: 'call', id: requestId, method, args }));
    });
    if (!result.ok) throw new Error(`${method} refused: ${result.error.field} ${result.error.message}`);
    return result.value as T;
  };
  return {
    socket,
    dispatch: (command: object) => call('session.dispatch', { command }),
    snapshot: () => call<SessionSnapshot>('session.snapshot'),
    /** Host time minus this machine's wall clock, from the best of several round trips. */
    async hostOffset(): Promise<number> {
      let best = { rtt: Infinity, offset: 0 };
      for (let i = 0; i < 10; i++) {
        const sent = Date.now();
        const { hostAt } = await call<{ hostAt: number }>('session.clock');
        const received = Date.now();
        if (received - sent < best.rtt) best = { rtt: received - sent, offset: hostAt - (sent + received) / 2 };
      }
      return best.offset;
    },
  };
}

async function recordFlips(page: Page): Promise<void> {
  await page.getByRole('timer').waitFor();
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
  const url = await server.start();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const pages = await Promise.all([browser.newPage(), browser.newPage()]);
    await Promise.all(pages.map((p) => p.goto(`${url}projector`)));
    // Let each view measure its clock offset before timing starts.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await Promise.all(pages.map(recordFlips));

    const control = await controlClient(url);
    const firstSegmentId = (await control.snapshot()).doc.parts[0]!.segments[0]!.id;
    await control.dispatch({ type: 'timer.select', segmentId: firstSegmentId });
    await control.dispatch({ type: 'timer.set', durationMs: 600_000 });
    await control.dispatch({ type: 'timer.start' });
    await new Promise((resolve) => setTimeout(resolve, 12_000));

    const offset = await control.hostOffset();
    const { clock } = (await control.snapshot()).doc.timer;
    control.socket.close();

    const [a, b] = await Promise.all(pages.map(readFlips));
    const byText = (flips: Flip[]) => new Map(flips.filter((f) => /^\d+:\d\d$/.test(f.text)).map((f) => [f.text, f.at]));
    const first = byText(a!);
    const second = byText(b!);
    const betweenViews: number[] = [];
    const viewVsHost: number[] = [];
    for (const [text, atA] of first) {
      const atB = second.get(text);
      // Only the digits of the running countdown (not the speaker loaded before it was set).
      if (atB === undefined || shownSeconds(text) >= 600 || shownSeconds(text) < 580) continue;
      // The digits show S from the host instant the time left reaches S seconds.
      const hostFlip = clock.runningSince! + clock.durationMs - clock.accumulatedMs - shownSeconds(text) * 1000;
      betweenViews.push(Math.abs(atA - atB));
      viewVsHost.push(Math.abs(atA + offset - hostFlip), Math.abs(atB + offset - hostFlip));
    }
    if (betweenViews.length < 5) throw new Error(`too few digit changes recorded (${betweenViews.length})`);
    return [
      figure('timer', 'two views: digits change apart (p95)', 'ms', p95(betweenViews), { max: 50 }, `${betweenViews.length} changes`),
      figure('timer', 'view vs host: digit change vs host second (p95)', 'ms', p95(viewVsHost), { max: 50 }, `${viewVsHost.length} changes`),
    ];
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
