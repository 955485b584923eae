/**
 * The AV desk's remotes in a real browser: the HTTP API driven the way a
 * Bitfocus Companion button does it (docs/companion.md: a plain POST to a
 * URL with the control token), seen on the projector; and the phone page
 * /control at 375×667, one-handed, its targets thumb-sized.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './serve-fixture';
import { KEEP_DATE } from './go-live';

const timerOf = (page: Page) => page.getByRole('region', { name: 'Speaker timer' });

/** Turns network views on as the technician does, and reads the links the console shows. */
async function networkLinks(page: Page, url: string): Promise<{ base: string; viewToken: string; controlToken: string }> {
  await page.goto(url);
  const timer = timerOf(page);
  await timer.getByText('Venue network').click();
  await timer.getByRole('button', { name: 'Network views', exact: true }).click();
  const view = new URL((await timer.getByText(/^Projector \(read-only\)/).locator('code').textContent())!);
  const control = new URL((await timer.getByText(/^Control on a phone/).locator('code').textContent())!);
  return { base: `http://127.0.0.1:${view.port}`, viewToken: view.searchParams.get('token')!, controlToken: control.searchParams.get('token')! };
}

test('a Companion button’s plain POSTs run the timer, and the projector follows', async ({ page, context, server, request }) => {
  const { base, viewToken, controlToken } = await networkLinks(page, server.url);
  const projector = await context.newPage();
  await projector.goto(`${base}/projector?token=${viewToken}`);
  const press = (path: string) => request.post(`${base}${path}${path.includes('?') ? '&' : '?'}token=${controlToken}`);

  const state = await (await request.get(`${base}/api/v1/state?token=${controlToken}`)).json();
  const segmentId = state.next.id as string;
  // The example is dated 2023: Go live asks once (issue 14), here as a clear 409, and the button's second URL answers it.
  const asked = await press(`/api/v1/segments/${segmentId}/live`);
  expect(asked.status()).toBe(409);
  expect((await asked.json()).error).toMatchObject({ field: 'offDay', message: expect.stringContaining('run against the event date') });
  expect((await press(`/api/v1/segments/${segmentId}/live?offDay=sometime`)).status()).toBe(400);
  expect((await press(`/api/v1/segments/${segmentId}/live?offDay=keepEventDate`)).status()).toBe(200);
  expect((await press('/api/v1/timer/toggle')).status()).toBe(200);
  const digits = projector.getByRole('timer');
  await expect(digits).toHaveText(/^\d+:\d\d$/);
  const before = (await digits.textContent())!;
  expect((await press('/api/v1/timer/add?seconds=60')).status()).toBe(200);
  await expect.poll(async () => minutesOf((await digits.textContent())!)).toBeGreaterThanOrEqual(minutesOf(before) + 1);
  expect((await press('/api/v1/blackout?on=1')).status()).toBe(200);
  await expect(projector.getByRole('timer')).toBeHidden();
  expect((await press('/api/v1/blackout?on=0')).status()).toBe(200);
  await expect(projector.getByRole('timer')).toBeVisible();

  // The button's feedback: the display Companion shows, read from the state.
  const polled = await (await request.get(`${base}/api/v1/state?token=${controlToken}`)).json();
  expect(polled.timer).toMatchObject({ status: 'running', display: expect.stringMatching(/^\d+:\d\d$/) });
  // A view token may read it, but not press.
  expect((await request.post(`${base}/api/v1/timer/toggle?token=${viewToken}`)).status()).toBe(403);
});

function minutesOf(text: string): number {
  const [m, s] = text.split(':').map(Number);
  return m! + s! / 60;
}

test('the phone page at 375×667: one column, thumb-sized targets, and it runs the timer', async ({ page, browser, server }) => {
  const { base, controlToken } = await networkLinks(page, server.url);
  const phone = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const control = await phone.newPage();
  await control.goto(`${base}/control?token=${controlToken}`);
  const main = control.getByRole('main', { name: 'Speaker timer control' });
  // The session arrives over the network link: on a loaded machine that can take a while.
  await expect(main.getByRole('timer')).toBeVisible({ timeout: 30_000 });
  await expect(main.getByText('No segment is live')).toBeVisible();
  // Something to time: the chair puts the opening live on the console.
  await page.getByRole('listitem', { name: /Opening/ }).getByRole('button', { name: 'Go live' }).click();
  // The example is dated 2023: the console asks once (issue 14).
  await page.getByRole('dialog', { name: 'Go live on another day than the event’s?' }).getByRole('button', { name: KEEP_DATE }).click();
  await expect(main.getByText(/Opening/)).toBeVisible();

  const buttons = main.getByRole('button');
  for (let i = 0; i < (await buttons.count()); i++) {
    const box = (await buttons.nth(i).boundingBox())!;
    expect(box.height, await buttons.nth(i).textContent() ?? '').toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
  expect(await control.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await control.screenshot({ path: test.info().outputPath('control-375x667.png'), fullPage: true });

  await main.getByRole('button', { name: 'Start' }).tap();
  await expect(main.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(timerOf(page).getByRole('button', { name: 'Pause' })).toBeVisible();

  // Typing a message reaches the message box only, whatever the letters.
  const box = main.getByRole('textbox', { name: 'Message text' });
  await box.tap();
  await control.keyboard.type('Please conclude, blackout +1 next');
  await expect(box).toHaveValue('Please conclude, blackout +1 next');
  await expect(main.getByRole('button', { name: 'Blackout' })).toHaveAttribute('aria-pressed', 'false');
  await main.getByRole('button', { name: 'Send message' }).tap();
  await expect(main.getByText('Please conclude, blackout +1 next', { exact: true })).toBeVisible();
  await main.getByRole('button', { name: '+1 min' }).tap();
  await main.getByRole('button', { name: 'Blackout' }).tap();
  await expect(timerOf(page).getByRole('button', { name: 'Blackout' })).toHaveAttribute('aria-pressed', 'true');
  await phone.close();
});
