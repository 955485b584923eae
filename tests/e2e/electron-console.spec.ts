/**
 * The console in the real Electron runtime: its menus speak the session's
 * language from the moment it opens, and its one IPC channel answers only
 * the app's own pages. (Skipped with one line each where the runtime is
 * missing; see electron-fixture.ts.)
 */
import type { ElectronApplication, Page } from '@playwright/test';
import { join } from 'node:path';
import type { Transport } from '../../shared/contract/client';
import type { Language } from '../../shared/i18n/languages';
import { menuMessages } from '../../electron/main/menu';
import { expect, describeInElectron, ROOT, test } from './electron-fixture';

/** The labels of the menu bar, without macOS's app menu (named by the system). */
function menuBar(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).filter((item) => item.role?.toLowerCase() !== 'appmenu').map((item) => item.label),
  );
}

function menuBarIn(language: Language): string[] {
  const text = menuMessages(language);
  return [text.file, text.edit, text.view, text.window, text.help];
}

/** What the page's bridge (the preload's `window.moderator`) answers for a call, or the message it was refused with. */
function callThroughBridge(page: Page, method: string, args: unknown): Promise<unknown> {
  return page.evaluate(
    ([method, args]) =>
      (window as unknown as { moderator: Transport }).moderator.call(method as never, args).then(
        (answer) => ({ answer }),
        (error: Error) => ({ refused: error.message }),
      ),
    [method, args] as const,
  );
}

describeInElectron('the console in Electron', () => {
  test('opens with the menus in the session’s language, and they follow when it changes', async ({ launch }) => {
    let desktop = await launch();
    expect(await menuBar(desktop.app)).toEqual(menuBarIn('en'));

    await desktop.console.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await expect.poll(() => menuBar(desktop.app)).toEqual(menuBarIn('ru'));
    expect(await desktop.quit()).toBe(0);

    desktop = await launch();
    expect(await menuBar(desktop.app)).toEqual(menuBarIn('ru'));
    await expect(desktop.console.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
  });

  test('IPC answers the app’s pages and refuses a frame that is not the app’s, which hears nothing either', async ({ launch }) => {
    const desktop = await launch();
    expect(await callThroughBridge(desktop.console, 'session.snapshot', {})).toMatchObject({ answer: { ok: true } });

    // A window that got the app's preload (and so its bridge) but shows another page.
    const opened = desktop.app.waitForEvent('window');
    await desktop.app.evaluate(({ BrowserWindow }, preload) => {
      const window = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } });
      void window.loadURL('data:text/html,<title>Not the app</title>');
    }, join(ROOT, 'out', 'electron', 'preload.cjs'));
    const foreign = await opened;
    await expect(foreign).toHaveTitle('Not the app');
    await foreign.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      (window as unknown as { moderator: Transport }).moderator.listen((name) => heard.push(name));
    });

    const switchToRussian = { command: { type: 'settings.language', language: 'ru' } };
    expect(await callThroughBridge(foreign, 'session.dispatch', switchToRussian)).toEqual({
      refused: expect.stringContaining('refused IPC from a frame that is not the app (data:text/html,'),
    });
    expect(await callThroughBridge(foreign, 'session.snapshot', {})).toEqual({ refused: expect.stringContaining('refused IPC') });
    await expect(desktop.console.locator('html')).toHaveAttribute('lang', 'en');

    // The session changes (from the console): the console hears it, the foreign page does not.
    expect(await callThroughBridge(desktop.console, 'session.dispatch', switchToRussian)).toMatchObject({ answer: { ok: true } });
    await expect(desktop.console.locator('html')).toHaveAttribute('lang', 'ru');
    // A refused call answers after any push sent before it on the same channel.
    await callThroughBridge(foreign, 'session.snapshot', {});
    expect(await foreign.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  });
});
