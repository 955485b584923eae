/**
 * Quitting: a confirmation while a speaker timer runs, and the shutdown
 * order.
 *
 * Order: the windows close first, so each page unloads while IPC is still
 * bound and can send what it has not saved yet (the recommendations panel
 * flushes typed text on pagehide / beforeunload); only then are the IPC
 * handlers removed, the server closed, and the host closed (it waits for
 * every queued command, so the last flush is stored, then saves a final
 * snapshot and a backup). A window that does not close within WINDOW_CLOSE_TIMEOUT_MS is
 * destroyed, so a hung page can not keep the app from quitting.
 *
 * On Windows and Linux the console window is the app: closing it quits
 * (with the same confirmation) instead of leaving a projector window with
 * no controls behind. On macOS the app stays, as apps do there.
 */
import type { App, BrowserWindow, Dialog, Event, MessageBoxSyncOptions } from 'electron';
import type { SessionDoc } from '../../shared/session/document';

export const WINDOW_CLOSE_TIMEOUT_MS = 3_000;

/** Quitting stops the projected timer: ask first while one runs. */
export function shouldConfirmQuit(doc: SessionDoc): boolean {
  return doc.timer.clock.runningSince !== null;
}

export const QUIT_CONFIRMATION: MessageBoxSyncOptions = {
  type: 'question',
  buttons: ['Quit', 'Cancel'],
  defaultId: 1,
  cancelId: 1,
  title: 'Quit Moderator Console',
  message: 'A speaker timer is running. Quit anyway?',
  detail: 'The projector and stage views stop. The timer keeps its time: it is still running when the app starts again.',
};

/** True when the user chose Quit. */
export function askToQuit(dialog: Pick<Dialog, 'showMessageBoxSync'>, parent: BrowserWindow | null): boolean {
  const choice = parent ? dialog.showMessageBoxSync(parent, QUIT_CONFIRMATION) : dialog.showMessageBoxSync(QUIT_CONFIRMATION);
  return choice === 0;
}

export type ClosingWindow = Pick<BrowserWindow, 'isDestroyed' | 'close' | 'destroy' | 'once'>;

/** Closes every window and resolves once each has closed (after its page unloaded) or was destroyed. */
export function closeWindows(windows: ClosingWindow[], timeoutMs = WINDOW_CLOSE_TIMEOUT_MS): Promise<void> {
  const closing = windows
    .filter((window) => !window.isDestroyed())
    .map(
      (window) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            if (!window.isDestroyed()) window.destroy();
            resolve();
          }, timeoutMs);
          window.once('closed', () => {
            clearTimeout(timer);
            resolve();
          });
          window.close();
        }),
    );
  return Promise.all(closing).then(() => undefined);
}

export interface ShutdownSteps {
  windows(): ClosingWindow[];
  unbindIpc(): void;
  closeServer(): Promise<void>;
  closeHost(): Promise<void>;
}

export async function shutDown(steps: ShutdownSteps, timeoutMs = WINDOW_CLOSE_TIMEOUT_MS): Promise<void> {
  await closeWindows(steps.windows(), timeoutMs);
  steps.unbindIpc();
  await steps.closeServer();
  await steps.closeHost();
}

export interface QuitWiring {
  /** True when quitting needs the user's word (a timer runs). */
  needsConfirmation(): boolean;
  /** Asks; true for Quit. */
  confirm(): boolean;
  shutDown(): Promise<void>;
}

/**
 * Takes over `before-quit`: asks when needed (Cancel leaves the app as it
 * was), then shuts down in order and exits. Returns whether quitting is
 * under way, for the console window's close handler.
 */
export function handleQuit(app: Pick<App, 'on' | 'exit'>, wiring: QuitWiring): () => boolean {
  let quitting = false;
  app.on('before-quit', (event: Event) => {
    // Electron's own quit would close the windows and exit before the host is closed.
    event.preventDefault();
    if (quitting) return;
    if (wiring.needsConfirmation() && !wiring.confirm()) return;
    quitting = true;
    wiring
      .shutDown()
      .catch((error: unknown) => console.error('Moderator Console did not shut down cleanly:', error))
      .finally(() => app.exit(0));
  });
  return () => quitting;
}

/** Windows and Linux: closing the console quits the app (see the header). */
export function quitWithConsole(window: Pick<BrowserWindow, 'on'>, platform: NodeJS.Platform, quitting: () => boolean, quit: () => void): void {
  if (platform === 'darwin') return;
  window.on('close', (event) => {
    if (quitting()) return;
    event.preventDefault();
    quit();
  });
}
