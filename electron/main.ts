/**
 * The desktop app's main process: lifecycle, the console and projector
 * windows, and the bindings of the session host to IPC. Everything that
 * decides anything lives in host/ (plain Node) or shared/.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session } from 'electron';
import { join } from 'node:path';
import { SessionHost } from './host/session-host';
import { sessionDir } from './host/paths';
import { startServer } from './host/server';
import { LanAccess } from './host/lan-access';
import { bindIpc, lanHandlers, sessionHandlers } from './ipc';
import { CHANNELS } from './channels';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { APP_ORIGIN, denyAllPermissions, guardWebContents, secureWebPreferences } from './security';
import { describeDisplays, openProjectorWindow, pickDisplay } from './projector-window';
import { exportHandlers } from './export-dialogs';

declare const __APP_VERSION__: string;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

function createConsoleWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 720,
    minHeight: 500,
    title: 'Moderator Console',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  guardWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/`);
  return window;
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  registerAppProtocol(protocol, rendererDir);
  const dataDir = sessionDir(app.getPath('userData'));
  const host = await SessionHost.open({ dataDir, appVersion: __APP_VERSION__ });
  // The console talks over IPC; the server only listens once network views are turned on.
  const server = await startServer({ host, staticDir: rendererDir, listen: null, lan: await LanAccess.load(dataDir) });
  let projector: BrowserWindow | null = null;
  const unbind = bindIpc(
    ipcMain,
    {
      ...sessionHandlers(host),
      ...lanHandlers(server),
      ...exportHandlers(host, { dialog, parent: () => BrowserWindow.getFocusedWindow(), documentsDir: app.getPath('documents') }),
      [CHANNELS.displays]: () => describeDisplays(screen.getAllDisplays(), screen.getPrimaryDisplay().id),
      [CHANNELS.openProjector]: (displayId?: number) => {
        const display = pickDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id, displayId);
        projector?.destroy();
        projector = openProjectorWindow((options) => new BrowserWindow(options), display, preloadPath);
        projector.on('closed', () => (projector = null));
      },
      [CHANNELS.closeProjector]: () => projector?.close(),
    },
    host,
    () => BrowserWindow.getAllWindows().map((w) => w.webContents),
  );
  let consoleWindow = createConsoleWindow();

  app.on('second-instance', () => {
    if (consoleWindow.isDestroyed()) consoleWindow = createConsoleWindow();
    if (consoleWindow.isMinimized()) consoleWindow.restore();
    consoleWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) consoleWindow = createConsoleWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    unbind();
    void server
      .close()
      .then(() => host.close())
      .finally(() => app.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error('Moderator Console could not start:', error);
  app.exit(1);
});
