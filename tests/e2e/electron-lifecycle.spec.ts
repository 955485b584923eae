/**
 * The desktop app's life in the real Electron runtime: one app per
 * profile (a second launch brings the first console to the front), a quit
 * that asks while a speaker timer runs, and a session that is still there
 * after quitting and starting again, with its native SQLite module loaded
 * in Electron's main process. (Skipped with one line each where the
 * runtime is missing; see electron-fixture.ts.)
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUIT_CONFIRMATION } from '../../electron/main/quit';
import { answerQuitConfirmation, expect, describeInElectron, quitQuestions, ROOT, test } from './electron-fixture';

const OPENING = 'Opening of the conference: welcome remarks';
const RECOMMENDATION = 'Quotas of at least 30 % women in every national peace delegation';

const dependencies = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;

const timerOf = (console: Page) => console.getByRole('region', { name: 'Speaker timer' });
const recommendationsOf = (console: Page) => console.getByRole('region', { name: 'Recommendations' });

describeInElectron('the desktop app’s life in Electron', () => {
  test('a second launch on the same profile brings the first console to the front and exits', async ({ launch, launchAgain }) => {
    const desktop = await launch();
    // Count the console window's focus() calls, letting each through.
    await desktop.app.evaluate(({ BrowserWindow }) => {
      const [consoleWindow] = BrowserWindow.getAllWindows();
      const focus = consoleWindow!.focus.bind(consoleWindow);
      const record = globalThis as unknown as { consoleFocused: number };
      record.consoleFocused = 0;
      consoleWindow!.focus = () => {
        record.consoleFocused += 1;
        focus();
      };
    });

    expect(await launchAgain()).toBe(0);
    await expect.poll(() => desktop.app.evaluate(() => (globalThis as unknown as { consoleFocused: number }).consoleFocused)).toBe(1);
    expect(await desktop.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('quitting while a speaker timer runs asks first: Cancel keeps the app, Quit quits, and the timer still runs after a restart', async ({ launch }) => {
    let desktop = await launch();
    const opening = desktop.console.getByRole('listitem', { name: OPENING });
    await opening.getByRole('button', { name: 'Go live' }).click();
    await timerOf(desktop.console).getByRole('button', { name: 'Start' }).click();
    await expect(timerOf(desktop.console).getByRole('button', { name: 'Pause' })).toBeVisible();

    await answerQuitConfirmation(desktop.app, 'Cancel');
    await desktop.app.evaluate(({ app }) => app.quit());
    expect(await quitQuestions(desktop.app)).toEqual([QUIT_CONFIRMATION.message]);
    await expect(timerOf(desktop.console).getByRole('button', { name: 'Pause' })).toBeVisible();

    await answerQuitConfirmation(desktop.app, 'Quit');
    expect(await desktop.quit()).toBe(0);

    desktop = await launch();
    await expect(timerOf(desktop.console).getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(desktop.console.getByRole('listitem', { name: OPENING }).locator('.status-badge')).toHaveText('Live');
  });

  test('a recommendation survives quitting and starting again', async ({ launch }) => {
    let desktop = await launch();
    const capture = recommendationsOf(desktop.console).getByRole('textbox', { name: 'New recommendation' });
    await capture.fill(RECOMMENDATION);
    await capture.press('Enter');
    await expect(recommendationsOf(desktop.console).getByRole('listitem', { name: RECOMMENDATION })).toBeVisible();
    expect(await desktop.quit()).toBe(0);

    desktop = await launch();
    await expect(recommendationsOf(desktop.console).getByRole('listitem', { name: RECOMMENDATION })).toBeVisible();
  });

  test('the SQLite module loads in Electron’s main process, built for its ABI', async ({ launch }) => {
    test.skip(!('better-sqlite3' in dependencies), 'better-sqlite3 is not among the app’s dependencies yet: the SQLite session store is not merged');
    const desktop = await launch();
    const version = await desktop.app.evaluate(({ app }) => {
      type Database = { prepare(sql: string): { pluck(): { get(): unknown } }; close(): void };
      const { createRequire } = process.getBuiltinModule('node:module');
      const open = createRequire(`${app.getAppPath()}/package.json`)('better-sqlite3') as new (file: string) => Database;
      const db = new open(':memory:');
      try {
        return db.prepare('select sqlite_version()').pluck().get();
      } finally {
        db.close();
      }
    });
    expect(version).toMatch(/^3\.\d+\.\d+$/);
  });
});
