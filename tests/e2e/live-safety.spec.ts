/**
 * Safe live operation, as seen by a new user in real Chromium against serve
 * mode: typing never drives the stage, each role undoes only its own work,
 * a draft survives a host restart, a view link is read-only and says when
 * it is no longer valid, projected views keep counting through a blip,
 * Start says why it can not start, and each role's panel is on screen at
 * once. One test per item of the issue, named after it.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './serve-fixture';
import { goLive as goLiveAnswering } from './go-live';
import { hostDraft } from './host-probe';

const OPENING = 'Opening of the conference: welcome remarks';
const BREAK = 'Family photo and coffee break';

const timerOf = (page: Page) => page.getByRole('region', { name: 'Speaker timer' });
const recsOf = (page: Page) => page.getByRole('region', { name: 'Recommendations' });
const captureOf = (page: Page) => recsOf(page).getByRole('textbox', { name: 'New recommendation' });

async function goLive(page: Page, title: string): Promise<void> {
  await goLiveAnswering(page, page.getByRole('listitem', { name: title }));
}

async function setRapporteur(page: Page, name: string): Promise<void> {
  const field = recsOf(page).getByRole('textbox', { name: 'Rapporteur name' });
  await field.fill(name);
  await field.press('Enter');
}

async function capture(page: Page, text: string): Promise<void> {
  await captureOf(page).fill(text);
  await captureOf(page).press('Enter');
  await expect(recsOf(page).getByRole('listitem', { name: text })).toBeVisible();
}

/** True when the whole element is inside the window, the page itself not scrolled. */
async function onScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize()!;
  const scrolled = await page.evaluate(() => window.scrollY);
  return box !== null && scrolled === 0 && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

/** Seconds shown by a timer text such as "6:57" or "+0:03" (negative for overtime). */
function seconds(text: string): number {
  const sign = text.startsWith('+') ? -1 : 1;
  const [m, s] = text.replace('+', '').split(':').map(Number);
  return sign * (m! * 60 + s!);
}

test.describe('live safety', () => {
  test('1. typing a recommendation after the rapporteur name keeps the focus and never runs a shortcut', async ({ page, server }) => {
    await page.goto(server.url);
    await goLive(page, OPENING);
    const timer = timerOf(page);
    await expect(timer.getByRole('timer')).toHaveText('7:00');

    await recsOf(page).getByRole('textbox', { name: 'Rapporteur name' }).fill('Aigerim');
    const box = captureOf(page);
    await box.click();
    const text = 'Create a network of women mediators, budget +10 per cent';
    await page.keyboard.type(text);

    await expect(box).toBeFocused();
    await expect(box).toHaveValue(text);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await expect(timer.getByRole('button', { name: 'Blackout' })).toHaveAttribute('aria-pressed', 'false');
    await expect(timer.getByRole('timer')).toHaveText('7:00');
    await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(timer.locator('.timer-speaker')).toContainText('Parliament of the Republic of Kazakhstan');
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The name was taken too: the draft is kept under it.
    await expect.poll(() => hostDraft(page, 'Aigerim')).toBe(text);
  });

  test('2. Ctrl+Z in the recommendations undoes the rapporteur’s own change, never the chair’s', async ({ page, context, server }) => {
    await page.goto(server.url);
    await goLive(page, OPENING);
    await page.getByRole('listitem', { name: OPENING }).getByRole('button', { name: 'Mark done' }).click();
    await expect(page.getByRole('listitem', { name: OPENING }).locator('.status-badge')).toHaveText('Done');
    await goLive(page, BREAK);

    const rapporteur = await context.newPage();
    await rapporteur.goto(server.url);
    await capture(rapporteur, 'Quotas for women in peace delegations');
    await recsOf(rapporteur).getByRole('heading', { name: 'Recommendations' }).click();
    await rapporteur.keyboard.press('Control+z');
    await expect(recsOf(rapporteur).getByRole('listitem', { name: 'Quotas for women in peace delegations' })).toBeHidden();
    await rapporteur.keyboard.press('Control+z');
    await expect(rapporteur.getByRole('alert')).toContainText(/nothing .*to undo/);

    for (const view of [page, rapporteur]) {
      await expect(view.getByRole('listitem', { name: OPENING }).locator('.status-badge')).toHaveText('Done');
      await expect(view.getByRole('listitem', { name: BREAK }).locator('.status-badge')).toHaveText('Live');
    }
    // The chair's toolbar says what its Undo would revert.
    const undo = page.getByRole('navigation', { name: 'Session' }).getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toHaveAccessibleDescription(`Go live — ${BREAK}`);
    await expect(page.getByRole('navigation', { name: 'Session' }).getByText(`Go live — ${BREAK}`)).toBeVisible();
  });

  test('2. each rapporteur undoes only their own changes, and an undo overtaken by someone else’s edit is refused', async ({ browser, server }) => {
    const aigerimContext = await browser.newContext();
    const dilnozaContext = await browser.newContext();
    try {
      const aigerim = await aigerimContext.newPage();
      const dilnoza = await dilnozaContext.newPage();
      await aigerim.goto(server.url);
      await dilnoza.goto(server.url);
      await setRapporteur(aigerim, 'Aigerim');
      await setRapporteur(dilnoza, 'Dilnoza');
      const ours = 'Quotas for women in parliaments';
      const theirs = 'Support networks of women abroad';
      await capture(aigerim, ours);
      await capture(dilnoza, theirs);

      await recsOf(aigerim).getByRole('heading', { name: 'Recommendations' }).click();
      await aigerim.keyboard.press('Control+z');
      for (const view of [aigerim, dilnoza]) {
        await expect(recsOf(view).getByRole('listitem', { name: ours })).toBeHidden();
        await expect(recsOf(view).getByRole('listitem', { name: theirs })).toBeVisible();
      }
      await aigerim.keyboard.press('Control+y');
      await expect(recsOf(dilnoza).getByRole('listitem', { name: ours })).toBeVisible();

      // Dilnoza agrees Aigerim's recommendation; Aigerim's own step (adding it) now depends on that edit.
      const item = recsOf(dilnoza).getByRole('listitem', { name: ours });
      await item.getByRole('button', { name: 'Edit' }).click();
      await item.getByRole('combobox', { name: 'Status' }).selectOption('agreed');
      await expect(recsOf(aigerim).getByRole('listitem', { name: ours })).toContainText('Agreed');
      await expect(recsOf(aigerim).getByRole('button', { name: 'Revert last change' })).toHaveAccessibleDescription(`Add recommendation — ${ours}`);
      await recsOf(aigerim).getByRole('button', { name: 'Revert last change' }).click();
      await expect(aigerim.getByRole('alert')).toContainText('changed again since');
      await expect(recsOf(aigerim).getByRole('listitem', { name: ours })).toContainText('Agreed');
    } finally {
      await aigerimContext.close();
      await dilnozaContext.close();
    }
  });

  test('3. Space after clicking a timer button starts or pauses the timer and never presses the button again', async ({ page, server }) => {
    await page.goto(server.url);
    await goLive(page, OPENING);
    const timer = timerOf(page);
    await timer.getByRole('button', { name: 'Next speaker' }).click();
    await expect(timer.locator('.timer-speaker')).toContainText('National Commission');
    await page.keyboard.press(' ');
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(timer.locator('.timer-speaker')).toContainText('National Commission');

    await page.keyboard.press(' ');
    await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();
    const digits = timer.getByRole('timer');
    const shown = async () => seconds((await digits.textContent()) ?? '');
    const before = await shown();
    await timer.getByRole('button', { name: '+1 min' }).click();
    await expect.poll(shown).toBe(before + 60);
    await page.keyboard.press(' ');
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
    // One minute more, not two: Space did not press +1 min again.
    expect(await shown()).toBeLessThanOrEqual(before + 60);
  });

  test('4. what the rapporteur typed while the host was down is saved once it is back, and is there after a reload', async ({ page, server }) => {
    await page.goto(server.url);
    const box = captureOf(page);
    const before = 'Create a network of women mediators';
    const during = ' with a standing seat in national security councils';
    await box.click();
    await page.keyboard.type(before);
    await server.stop('SIGKILL');
    await expect(page.getByRole('status').filter({ hasText: 'Connection lost' })).toBeVisible();
    await page.keyboard.type(during);
    await expect(box).toBeFocused();

    await server.start();
    await expect(page.getByRole('status').filter({ hasText: 'Connection lost' })).toBeHidden({ timeout: 15_000 });
    // Within a second of the connection coming back the host has all of it (the poll allows for a loaded machine).
    await expect.poll(() => hostDraft(page, 'Rapporteur'), { timeout: 3_000 }).toBe(before + during);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.reload();
    await expect(captureOf(page)).toHaveValue(before + during);
  });

  test('5. a view link opens a read-only console, and links whose tokens were rotated say so', async ({ page, context, server }) => {
    await page.goto(server.url);
    const timer = timerOf(page);
    await timer.getByText('Venue network').click();
    await timer.getByRole('button', { name: 'Network views', exact: true }).click();
    const link = new URL((await timer.getByText(/^Projector \(read-only\)/).locator('code').textContent())!);
    const lanBase = `http://127.0.0.1:${link.port}`;
    const viewToken = link.searchParams.get('token')!;

    const viewer = await context.newPage();
    await viewer.goto(`${lanBase}/?token=${viewToken}`);
    await expect(viewer.getByText('View only', { exact: true })).toBeVisible();
    await expect(viewer.getByRole('timer').first()).toBeVisible();
    // A view link receives only what a projector shows: the timer and the live segment, not the agenda (issue 13).
    await expect(viewer.getByRole('listitem', { name: OPENING })).toHaveCount(0);
    for (const name of ['Go live', 'Start', 'Next speaker', 'Blackout', 'Add recommendation', 'Undo', 'New session', 'Edit']) {
      await expect(viewer.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await expect(viewer.getByRole('textbox', { name: 'New recommendation' })).toHaveCount(0);

    const projector = await context.newPage();
    await projector.goto(`${lanBase}/projector?token=${viewToken}`);
    await expect(projector.getByRole('timer')).toBeVisible();

    await timer.getByRole('button', { name: 'Rotate tokens' }).click();
    const noLonger = 'This link is no longer valid: ask the technician for the new one';
    await expect(projector.getByRole('alert')).toContainText(noLonger);
    await expect(viewer.getByRole('alert')).toContainText(noLonger);
    const reloaded = await projector.reload();
    expect(reloaded?.status()).toBe(403);
    expect(await projector.content()).toContain(noLonger);
  });

  test('6. the projector and the stage keep counting through a blip, with a small offline mark, and a paused timer stays paused', async ({ page, context, server }) => {
    await page.goto(server.url);
    await goLive(page, OPENING);
    await timerOf(page).getByRole('button', { name: 'Start' }).click();
    const projector = await context.newPage();
    await projector.goto(`${server.url}projector`);
    const stage = await context.newPage();
    await stage.goto(`${server.url}stage`);
    await expect(projector.getByRole('timer')).toHaveText(/^6:\d\d$/);

    await server.stop('SIGKILL');
    for (const view of [projector, stage]) {
      const offline = view.getByText(/^Offline/);
      await expect(offline).toBeVisible();
      const digits = view.getByRole('timer');
      await expect(digits).toBeVisible();
      const shown = seconds((await digits.textContent())!);
      await expect.poll(async () => seconds((await digits.textContent()) ?? ''), { timeout: 5_000 }).toBeLessThan(shown);
      // The mark sits beside the digits, never over them.
      const [mark, time] = [await offline.boundingBox(), await digits.boundingBox()];
      const overlaps = mark!.x < time!.x + time!.width && time!.x < mark!.x + mark!.width && mark!.y < time!.y + time!.height && time!.y < mark!.y + mark!.height;
      expect(overlaps).toBe(false);
      await expect(view.getByText('Connection lost')).toHaveCount(0);
    }

    await server.start();
    await expect(projector.getByText(/^Offline/)).toBeHidden({ timeout: 15_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Connection lost' })).toBeHidden({ timeout: 15_000 });
    await timerOf(page).getByRole('button', { name: 'Pause' }).click();
    await expect(stage.locator('.timer-display')).toHaveAttribute('data-phase', 'paused');
    const paused = (await stage.getByRole('timer').textContent())!;
    await expect(projector.getByRole('timer')).toHaveText(paused);

    await server.stop('SIGKILL');
    await expect(stage.getByText(/^Offline/)).toBeVisible();
    // Two seconds of the page's own clock later, the paused digits have not moved.
    const start = await stage.evaluate(() => performance.now());
    await stage.waitForFunction((from) => performance.now() - from > 2_000, start);
    await expect(stage.getByRole('timer')).toHaveText(paused);
    await expect(stage.locator('.timer-display')).toHaveAttribute('data-phase', 'paused');
    await server.start();
  });

  test('7. Start is enabled only when there is something to time, and says why not', async ({ page, server }) => {
    await page.goto(server.url);
    const timer = timerOf(page);
    const start = timer.getByRole('button', { name: 'Start' });
    await expect(start).toBeDisabled();
    await expect(start).toHaveAccessibleDescription(/choose a segment/i);

    // A break has no speakers: its timer counts up, as it always has.
    await timer.getByRole('combobox', { name: 'Segment' }).selectOption({ label: BREAK });
    await expect(start).toBeEnabled();
    await start.click();
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(timer.locator('.timer-display')).toHaveAttribute('data-phase', 'normal');
    await expect(timer.getByRole('timer')).toHaveText(/^0:0[1-9]$/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  for (const size of [
    { width: 1024, height: 768 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`8. at ${size.width}×${size.height} the run-of-show, the timer and the capture box are on screen without scrolling`, async ({ page, server }, testInfo) => {
      await page.setViewportSize(size);
      await page.goto(server.url);
      const targets = {
        'Run of show': page.getByRole('region', { name: 'Run of show' }).getByRole('heading', { level: 3, name: OPENING }),
        'Speaker timer': timerOf(page).getByRole('timer'),
        Recommendations: captureOf(page),
      };
      for (const target of Object.values(targets)) await expect.poll(() => onScreen(page, target)).toBe(true);
      await page.screenshot({ path: testInfo.outputPath(`console-${size.width}x${size.height}.png`) });

      // Each role can also have the whole window.
      for (const [role, target] of Object.entries(targets)) {
        await page.getByRole('tab', { name: role }).click();
        await expect(page.getByRole('tab', { name: role })).toHaveAttribute('aria-selected', 'true');
        await expect.poll(() => onScreen(page, target)).toBe(true);
        await page.screenshot({ path: testInfo.outputPath(`${role.replaceAll(' ', '-').toLowerCase()}-${size.width}x${size.height}.png`) });
      }
    });
  }
});
