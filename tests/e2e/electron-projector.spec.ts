/**
 * The technician's projector window in the real Electron runtime: it goes
 * to the second display when there is one, and it takes no focus and
 * offers nothing to click or type into, so a stray click on the stage
 * screen changes nothing. (Skipped with one line each where the runtime is
 * missing; see electron-fixture.ts.)
 */
import type { ElectronApplication, Page } from '@playwright/test';
import type { Transport } from '../../shared/contract/client';
import { expect, describeInElectron, test, type Desktop } from './electron-fixture';

/** Presses the console's Open projector and resolves with the projector's page once it shows the timer view. */
async function openProjector(desktop: Desktop): Promise<Page> {
  const opened = desktop.app.waitForEvent('window');
  await desktop.console.getByRole('region', { name: 'Speaker timer' }).getByRole('button', { name: 'Open projector' }).click();
  const projector = await opened;
  await projector.waitForURL(/\/projector$/);
  await expect(projector.getByRole('main', { name: 'Projector' })).toBeVisible();
  return projector;
}

/** The session's version, as the console reads it through its bridge: it grows with every change. */
function sessionVersion(console: Page): Promise<number> {
  return console.evaluate(async () => {
    const answer = await (window as unknown as { moderator: Transport }).moderator.call('session.snapshot', {});
    if (!answer.ok) throw new Error(answer.error.message);
    return (answer.value as { version: number }).version;
  });
}

/**
 * How the main process sees the projector window. Electron reports
 * whether a window can take the focus on macOS and Windows only (null on
 * Linux, where `focusable: false` takes the window away from the window
 * manager instead).
 */
function projectorWindow(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow, screen }) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/projector'));
    if (!window) throw new Error('no projector window');
    return {
      displayId: screen.getDisplayMatching(window.getBounds()).id,
      focusable: process.platform === 'linux' ? null : window.isFocusable(),
      focused: window.isFocused() || BrowserWindow.getFocusedWindow()?.id === window.id,
    };
  });
}

describeInElectron('the projector window in Electron', () => {
  test('opens on the second display when there is one', async ({ launch }) => {
    const desktop = await launch();
    const displays = await desktop.app.evaluate(({ screen }) => ({
      sizes: screen.getAllDisplays().map((d) => `${d.size.width}×${d.size.height}`),
      primaryId: screen.getPrimaryDisplay().id,
    }));
    test.skip(displays.sizes.length < 2, `one display here (${displays.sizes.join(', ')}): the projector can only open on it; run on a machine with a second display`);

    await openProjector(desktop);
    expect((await projectorWindow(desktop.app)).displayId).not.toBe(displays.primaryId);
  });

  test('takes no focus and offers nothing to click or type into', async ({ launch }) => {
    const desktop = await launch();
    const projector = await openProjector(desktop);

    expect(await projectorWindow(desktop.app)).toMatchObject({ focusable: process.platform === 'linux' ? null : false, focused: false });
    const controls = await projector.evaluate(
      () => document.querySelectorAll('a[href], button, input, select, textarea, [contenteditable], [tabindex]:not([tabindex="-1"])').length,
    );
    expect(controls).toBe(0);
    // Even keys and clicks delivered straight to its page (past the window, which takes none) change nothing.
    const before = await sessionVersion(desktop.console);
    await projector.mouse.click(200, 200);
    for (const key of ['Space', 'Enter', 'n', 'b', 'r', 'Control+z']) await projector.keyboard.press(key);
    await expect(projector.getByRole('main', { name: 'Projector' })).toBeVisible();
    expect(await sessionVersion(desktop.console)).toBe(before);
    // The console still has the controls: it closes the projector.
    const closed = projector.waitForEvent('close');
    await desktop.console.getByRole('region', { name: 'Speaker timer' }).getByRole('button', { name: 'Close projector' }).click();
    await closed;
  });
});
