/**
 * Smoke test of the packaged app (`npm run test:packaged`, after
 * `npm run dist`; the desktop workflow runs it on each system): the app
 * electron-builder built, with its fuses, its asar and its rebuilt native
 * modules, opens its console over app://, keeps a recommendation across a
 * quit and a relaunch, and quits cleanly. Anything that stops it from
 * starting (a native module built for the wrong ABI, a file missing from
 * the asar) fails here with the app's own output.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, launchPackaged } from './packaged-app';
import { unpackedExecutable, type AppNames } from './unpacked-app';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RELEASE = join(ROOT, 'release');
const RECOMMENDATION = 'A national action plan on women, peace and security in each of the five countries';

const names = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as AppNames;
const recommendationsOf = (console: Page) => console.getByRole('region', { name: 'Recommendations' });

let profile: string;
test.beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'moderator-packaged-'));
});
test.afterEach(async () => {
  await rm(profile, { recursive: true, force: true, maxRetries: 5 });
});

test('the packaged app opens its console over app://, keeps a recommendation across a quit and a relaunch, and quits cleanly', async () => {
  const executable = unpackedExecutable(RELEASE, existsSync(RELEASE) ? readdirSync(RELEASE) : [], process.platform, names);

  let app = await launchPackaged(executable, profile);
  await expect(app.console.getByRole('navigation', { name: 'Session' })).toBeVisible();
  // The page and its scripts and styles came through the app:// protocol (they ran: the console shows).
  const loaded = await app.console.evaluate(() => [
    location.href,
    ...Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (script) => script.src),
    ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'), (link) => link.href),
  ]);
  expect(loaded.length).toBeGreaterThan(1);
  for (const url of loaded) expect(url).toMatch(new RegExp(`^${APP_ORIGIN}/`));

  const capture = recommendationsOf(app.console).getByRole('textbox', { name: 'New recommendation' });
  await capture.fill(RECOMMENDATION);
  await capture.press('Enter');
  await expect(recommendationsOf(app.console).getByRole('listitem', { name: RECOMMENDATION })).toBeVisible();
  expect(await app.quit(), app.output()).toBe(0);

  app = await launchPackaged(executable, profile);
  await expect(recommendationsOf(app.console).getByRole('listitem', { name: RECOMMENDATION })).toBeVisible();
  expect(await app.quit(), app.output()).toBe(0);
  expect(app.output()).not.toMatch(/could not start|did not shut down cleanly/);
});
