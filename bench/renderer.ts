/**
 * Renderer figures in headless Chromium against serve mode (the production
 * build): time to an interactive console, components that re-render while
 * a timer runs, scripting time per second, search latency and JS heap at
 * 10,000 recommendations.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import WebSocket from 'ws';
import { ServeProcess } from '../tests/serve-process';
import type { SessionEvent } from '../shared/contract/api';
import type { ServerFrame } from '../shared/contract/protocol';
import { figure, type Figure } from './report';
import { median } from './stats';
import { chromiumLaunchOptions } from './browser';
import { seedDataDir, sizedSession } from './seed';
import { RENDER_COUNTER_SCRIPT } from './react-renders';

const RUNS = 5;

async function interactiveMs(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url);
  const ms = await page.evaluate(async () => {
    while (performance.getEntriesByName('console-interactive').length === 0) await new Promise((r) => setTimeout(r, 5));
    return performance.getEntriesByName('console-interactive')[0]!.startTime;
  });
  await page.close();
  return ms;
}

async function withServer<T>(segments: number, recommendations: number, run: (url: string) => Promise<T>): Promise<T> {
  const dataDir = await seedDataDir(sizedSession(segments, recommendations));
  const server = new ServeProcess(dataDir);
  try {
    return await run(await server.start());
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Starts the speaker timer through the host, as the technician's console would. */
async function startTimer(url: string): Promise<void> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}ws`);
  await new Promise<void>((resolve) => {
    let id = 0;
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      const event = frame.t === 'event' ? (frame.payload as SessionEvent) : null;
      if (event?.type === 'snapshot' && id === 0) {
        const segmentId = event.snapshot.doc.parts[0]!.segments[0]!.id;
        for (const command of [{ type: 'segment.setStatus', segmentId, status: 'live', offDay: 'keepEventDate' }, { type: 'timer.select', segmentId }, { type: 'timer.set', durationMs: 600_000 }, { type: 'timer.start' }]) {
          socket.send(JSON.stringify({ t: 'call', id: ++id, method: 'session.dispatch', args: { command } }));
        }
      }
      if (frame.t === 'result' && !(frame.result as { ok: boolean }).ok) console.error('bench command refused', JSON.stringify(frame.result));
      if (frame.t === 'result' && frame.id === 4) resolve();
    });
  });
  socket.close();
}

async function rendersWhileTimerRuns(page: Page, seconds: number): Promise<{ perSecond: Array<[string, number]>; scriptingMsPerSecond: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptBefore = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
  await page.evaluate(() => (window as unknown as { __renderCounts: Map<string, number> }).__renderCounts.clear());
  await page.waitForTimeout(seconds * 1000);
  const counts = await page.evaluate(() => [...(window as unknown as { __renderCounts: Map<string, number> }).__renderCounts.entries()]);
  const scriptAfter = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
  return {
    perSecond: counts.map(([name, n]) => [name, n / seconds] as [string, number]).sort((a, b) => b[1] - a[1]),
    scriptingMsPerSecond: ((scriptAfter - scriptBefore) * 1000) / seconds,
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/**
 * In-page helper (a plain string: the bench runs under tsx, whose helpers
 * do not exist in the page): types into the search box, waits until the
 * list's status line changes and the next frame is painted; returns ms.
 */
const SEARCH_SCRIPT = `window.__searchLatency = async (query) => {
  const input = document.querySelector('.rec-search input');
  const status = () => (document.querySelector('.rec-results > [role="status"]') || {}).textContent || '';
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const type = async (value) => {
    const before = status();
    const start = performance.now();
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (status() === before) await frame();
    await frame();
    return performance.now() - start;
  };
  const ms = await type(query);
  await type('');
  return ms;
};`;

async function searchLatency(page: Page, text: string): Promise<number> {
  return page.evaluate((query) => (window as unknown as { __searchLatency(q: string): Promise<number> }).__searchLatency(query), text);
}

export async function rendererBenchmarks(): Promise<Figure[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const figures: Figure[] = [];
  try {
    const small = await withServer(0, 0, async (url) => {
      // The default conference: an empty data dir opens the concept-note example.
      const runs: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) runs.push(await interactiveMs(browser, url));
      return runs.slice(1);
    });
    figures.push(figure('renderer', 'navigation to interactive console, default conference (median)', 'ms', median(small), { max: 1500 }));

    await withServer(500, 10_000, async (url) => {
      const runs: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) runs.push(await interactiveMs(browser, url));
      figures.push(figure('renderer', 'navigation to interactive console, 500 segments + 10,000 recommendations (median)', 'ms', median(runs.slice(1)), { max: 3000 }));

      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.addInitScript(RENDER_COUNTER_SCRIPT);
      await page.addInitScript(SEARCH_SCRIPT);
      await page.goto(url);
      await page.getByRole('region', { name: 'Speaker timer' }).waitFor();
      await startTimer(url);
      // A 10,000-recommendation console on a loaded 2-core machine can take longer than the default 30 s to show it.
      await page.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 120_000 });
      const { perSecond, scriptingMsPerSecond } = await rendersWhileTimerRuns(page, 10);
      const list = perSecond.map(([name, n]) => `${name} ${n.toFixed(1)}/s`).join(', ');
      figures.push(figure('renderer', 'components re-rendering while a timer runs (10,000 recs)', 'components', perSecond.length, undefined, list));
      figures.push(figure('renderer', 'scripting time while a timer runs (10,000 recs)', 'ms/s', scriptingMsPerSecond));

      const searches: number[] = [];
      for (const query of ['women', 'медиатор', 'regional platform', 'Әйелдердің', 'legislation']) searches.push(await searchLatency(page, query));
      figures.push(figure('renderer', 'search/filter latency, 10,000 recommendations (median of 5 queries)', 'ms', median(searches), { max: 50 }));
      figures.push(figure('renderer', 'JS heap after GC, 500 segments + 10,000 recommendations', 'MB', await heapMb(page), { max: 150 }));
      await page.close();
    });
  } finally {
    await browser.close();
  }
  return figures;
}
