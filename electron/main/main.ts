/**
 * The desktop app's main process: lifecycle, the console and projector
 * windows, the application menu, and the bindings of the session host to
 * IPC. Everything that decides anything lives in host/ (plain Node),
 * shared/, or the small modules beside this file (menu, window state,
 * single instance, quitting), each tested with fakes.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { join } from 'node:path';
import { SessionHost } from '../host/session/session-host';
import { sessionDir } from '../host/session/paths';
import { startServer } from '../host/net/server';
import { LanAccess } from '../host/net/lan-access';
import { bindIpc, push } from './ipc';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { APP_ORIGIN, denyAllPermissions, guardWebContents, secureWebPreferences } from './security';
import { describeDisplays, openProjectorWindow, pickDisplay } from './projector-window';
import { fileDialogHandlers } from './export-dialogs';
import { buildMenuTemplate, menuMessages, type MenuActions } from './menu';
import type { Language } from '../../shared/i18n/languages';
import { bringToFront, claimSingleInstance } from './single-instance';
import { rememberedDisplay, rememberWindow, restoreWindow, type WindowStateStore } from './window-state';
import { electronStoreFiles, openWindowStateStore } from './window-state-store';
import { askToQuit, handleQuit, quitWithConsole, shouldConfirmQuit, shutDown } from './quit';
import { applyUserDataSwitch } from './user-data';

declare const __APP_VERSION__: string;

// Every renderer sandboxed, whatever a window's own options say.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Before the single-instance lock and the session host, which both read it.
applyUserDataSwitch(app, process.cwd());

const rendererDir = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
const projectorPreloadPath = join(__dirname, 'projector-preload.cjs');

function createConsoleWindow(windowState: WindowStateStore): BrowserWindow {
  const placement = restoreWindow(windowState.load('console'), screen.getAllDisplays());
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    ...placement.bounds,
    minWidth: 720,
    minHeight: 500,
    title: 'Moderator Console',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  guardWebContents(window.webContents);
  rememberWindow(window, 'console', windowState);
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(`${APP_ORIGIN}/`);
  return window;
}

async function main(): Promise<void> {
  if (!claimSingleInstance(app)) return;
  await app.whenReady();
  app.setAboutPanelOptions({ applicationName: 'Moderator Console', applicationVersion: __APP_VERSION__ });
  denyAllPermissions(session.defaultSession);
  registerAppProtocol(protocol, rendererDir);
  const dataDir = sessionDir(app.getPath('userData'));
  const host = await SessionHost.open({ dataDir, appVersion: __APP_VERSION__ });
  // The console talks over IPC; the server only listens once network views are turned on.
  const server = await startServer({ host, staticDir: rendererDir, listen: null, lan: await LanAccess.load(dataDir) });
  const windowState = openWindowStateStore(app.getPath('userData'), await electronStoreFiles());
  for (const note of windowState.notes) console.warn(note);

  let projector: BrowserWindow | null = null;
  const openProjector = (displayId?: number) => {
    const displays = screen.getAllDisplays();
    const requested = displayId ?? rememberedDisplay(windowState.store.load('projector'), displays)?.id;
    projector?.destroy();
    const window = openProjectorWindow((options) => new BrowserWindow(options), pickDisplay(displays, screen.getPrimaryDisplay().id, requested), projectorPreloadPath);
    rememberWindow(window, 'projector', windowState.store);
    window.on('closed', () => {
      if (projector === window) projector = null;
    });
    projector = window;
  };
  const closeProjector = () => projector?.close();

  const unbind = bindIpc(
    ipcMain,
    {
      ...server.handlers,
      ...fileDialogHandlers(host, { dialog, parent: () => BrowserWindow.getFocusedWindow(), documentsDir: app.getPath('documents') }),
      'desktop.displays': () => describeDisplays(screen.getAllDisplays(), screen.getPrimaryDisplay().id),
      'desktop.openProjector': ({ displayId }) => {
        openProjector(displayId);
        return null;
      },
      'desktop.closeProjector': () => {
        closeProjector();
        return null;
      },
    },
    host,
    () => BrowserWindow.getAllWindows().map((w) => w.webContents),
    // The projector window only displays: it is a view, like a projector on the venue network.
    (contents) => (projector !== null && !projector.isDestroyed() && projector.webContents === contents ? 'view' : 'local'),
  );

  const liveConsole = () => (consoleWindow.isDestroyed() ? null : consoleWindow);
  const isQuitting = handleQuit(app, {
    needsConfirmation: () => shouldConfirmQuit(host.getSnapshot().doc),
    confirm: () => askToQuit(dialog, liveConsole()),
    shutDown: () =>
      shutDown({
        windows: () => BrowserWindow.getAllWindows(),
        unbindIpc: unbind,
        closeServer: () => server.close(),
        closeHost: () => host.close(),
      }),
  });
  const createConsole = () => {
    const window = createConsoleWindow(windowState.store);
    quitWithConsole(window, process.platform, isQuitting, () => app.quit());
    return window;
  };
  let consoleWindow = createConsole();

  const menuActions: MenuActions = {
    toConsole: (action) => {
      const window = liveConsole();
      if (window) push(window.webContents, 'menu', action);
      return window !== null;
    },
    showConsole: () => (consoleWindow = bringToFront(liveConsole(), createConsole)),
    dispatch: (command) => host.dispatch(command),
    openProjector: () => openProjector(),
    closeProjector,
  };
  // The menus speak the session's language, and change with it.
  let menuLanguage: Language | null = null;
  const showMenu = () => {
    const { language } = host.current.doc.settings;
    if (language === menuLanguage) return;
    menuLanguage = language;
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(menuActions, process.platform, menuMessages(language), !app.isPackaged)));
  };
  showMenu();
  host.subscribe(showMenu);

  app.on('second-instance', () => (consoleWindow = bringToFront(liveConsole(), createConsole)));
  app.on('activate', () => {
    if (consoleWindow.isDestroyed()) consoleWindow = createConsole();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

main().catch((error: unknown) => {
  console.error('Moderator Console could not start:', error);
  // The store's refusals (another app holds the folder, a full or read-only disk) are written for the user.
  dialog.showErrorBox('Moderator Console could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
