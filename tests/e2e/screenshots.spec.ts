/**
 * The README's pictures, taken from the real app in a realistic state: the
 * conference morning of 16 October 2023 (the host's clock is set to it, see
 * conference-host.ts, and moved on by restarts between steps), the
 * national-perspectives panel live, a speaker's timer running, three
 * recommendations captured in English, Russian and Kazakh.
 *
 * `npm run screenshots` writes them into docs/screenshots/ (committed); in
 * `npm test` they go into test-results/ and are only checked to be real
 * pictures, so a test run never changes the tree.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { goLive as goLiveAnswering } from './go-live';
import { hostAt } from './conference-host';
import { ServeProcess } from '../serve-process';

const DOCS_DIR = process.env.MODERATOR_SCREENSHOTS_DIR;
const PANEL = 'How the WPS agenda is implemented today: national perspectives';
const RECOMMENDATIONS = [
  'Establish a regional network of women mediators with a standing seat in national security councils',
  'Закрепить квоту не менее 30% для женщин в делегациях на мирных переговорах',
  'Әйелдер, бейбітшілік және қауіпсіздік жөніндегі ұлттық іс-қимыл жоспарларын қаржыландыруды арттыру',
];

async function goLive(page: Page, url: string, title: string): Promise<void> {
  await page.goto(url);
  await goLiveAnswering(page, page.getByRole('listitem', { name: title }));
}

async function capture(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'New recommendation' });
  await box.fill(text);
  await box.press('Enter');
  await expect(page.getByRole('listitem', { name: text })).toBeVisible();
}

/** The page and each side panel scrolled to their tops, as a user sees the console on arrival. */
async function scrollToTops(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    for (const panel of Array.from(document.querySelectorAll('.panes > section'))) panel.scrollTop = 0;
  });
}

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Saves a picture where this run keeps them, and checks it is a real picture, not an empty page. */
async function picture(target: Page | Locator, name: string, testInfo: TestInfo): Promise<void> {
  const path = DOCS_DIR ? join(DOCS_DIR, name) : testInfo.outputPath(name);
  await target.screenshot({ path, animations: 'disabled', caret: 'hide' });
  const png = await readFile(path);
  const { width, height } = pngSize(png);
  expect(width).toBeGreaterThanOrEqual(400);
  expect(height).toBeGreaterThanOrEqual(400);
  // A blank or single-colour picture of this size compresses to a few kilobytes.
  expect(png.length).toBeGreaterThan(25_000);
}

test('README pictures: console, projector and recommendations during the conference', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'moderator-screenshots-'));
  const server = new ServeProcess(dataDir);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1200 }, colorScheme: 'light' });
  try {
    const page = await context.newPage();
    await goLive(page, await hostAt(server, '10:02:10'), 'Opening of the conference: welcome remarks');
    await goLive(page, await hostAt(server, '10:33:40'), 'Family photo and coffee break');
    await goLive(page, await hostAt(server, '10:49:05'), PANEL);
    const timer = page.getByRole('region', { name: 'Speaker timer' });
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();

    const url = await hostAt(server, '10:57:30');
    await page.goto(url);
    await timer.getByRole('button', { name: 'Next speaker' }).click();
    await expect(timer.locator('.timer-speaker')).toContainText('Kyrgyzstan');
    const rapporteur = page.getByRole('textbox', { name: 'Rapporteur name' });
    await rapporteur.fill('Aigerim');
    await rapporteur.press('Enter');
    for (const text of RECOMMENDATIONS) await capture(page, text);
    const first = page.getByRole('listitem', { name: RECOMMENDATIONS[0] });
    await first.getByRole('button', { name: 'Edit' }).click();
    await first.getByRole('combobox', { name: 'Status' }).selectOption('proposed');
    await first.getByRole('combobox', { name: 'WPS pillar' }).selectOption('participation');
    await first.getByRole('combobox', { name: 'Priority' }).selectOption('high');
    await first.getByRole('button', { name: 'Done' }).click();
    await expect(first).toContainText('High priority');

    const projector = await context.newPage();
    await projector.setViewportSize({ width: 1600, height: 900 });
    await projector.goto(`${url}projector`);
    await expect(projector.getByRole('timer')).toHaveText(/^[67]:\d\d$/);
    await picture(projector, 'projector.png', testInfo);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await scrollToTops(page);
    await picture(page, 'console.png', testInfo);
    // Tall enough for the whole panel: each side panel scrolls within the window's height.
    await page.setViewportSize({ width: 1920, height: 1500 });
    await scrollToTops(page);
    await picture(page.getByRole('region', { name: 'Recommendations' }), 'recommendations.png', testInfo);

    await page.setViewportSize({ width: 1920, height: 1200 });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await expect(page.getByRole('region', { name: 'Программа' })).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await scrollToTops(page);
    await picture(page, 'console-ru.png', testInfo);
  } finally {
    await context.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
