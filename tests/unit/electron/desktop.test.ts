/**
 * The desktop conventions of the Electron layer, without the Electron
 * runtime: the application menu, single instance, remembered window
 * places (with a real electron-store file on disk), quitting, and the
 * electron-builder config checked against electron-builder's own schema.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Ajv from 'ajv';
import { parse } from 'yaml';
import type { BrowserWindow, Display, MenuItemConstructorOptions, Rectangle } from 'electron';
import type { MenuAction } from '../../../shared/contract/api';
import type { Command } from '../../../shared/session/commands';
import { SHORTCUTS } from '../../../shared/contract/shortcuts';
import { buildMenuTemplate, menuMessages, type MenuActions } from '../../../electron/main/menu';
import { bringToFront, claimSingleInstance } from '../../../electron/main/single-instance';
import { isReachable, rememberedDisplay, rememberWindow, restoreWindow, SAVE_DELAY_MS, type WindowStateStore } from '../../../electron/main/window-state';
import { electronStoreFiles, memoryWindowStateStore, openWindowStateStore, type CreateStateFile } from '../../../electron/main/window-state-store';
import { askToQuit, closeWindows, handleQuit, QUIT_CONFIRMATION, quitWithConsole, shouldConfirmQuit, shutDown, type ClosingWindow } from '../../../electron/main/quit';
import { almaty, manualClock, openHost, segmentIdByTitle, tempDir } from '../helpers';

const ENGLISH = menuMessages('en');

// electron-store reads `app` and `ipcMain` from electron; outside Electron
// it needs neither when given an absolute cwd.
vi.mock('electron', () => ({ default: {} }));

afterEach(() => {
  vi.useRealTimers();
});

type Template = MenuItemConstructorOptions[];

function submenu(template: Template, label: string): Template {
  const menu = template.find((m) => m.label === label || m.role === label.toLowerCase());
  if (!menu) throw new Error(`no ${label} menu`);
  return menu.submenu as Template;
}

function menuItem(template: Template, menu: string, label: string): MenuItemConstructorOptions {
  const found = submenu(template, menu).find((i) => i.label === label);
  if (!found) throw new Error(`no ${menu} > ${label}`);
  return found;
}

function press(template: Template, menu: string, label: string): void {
  (menuItem(template, menu, label).click as () => void)();
}

const roles = (template: Template, menu: string) => submenu(template, menu).flatMap((i) => (i.role ? [i.role] : []));

/** Menu callbacks that record what they were asked; `consoleOpen` says whether a console window exists. */
function recordingActions(consoleOpen: boolean, dispatch: (command: Command) => unknown = () => undefined) {
  const calls = { toConsole: [] as MenuAction[], showConsole: 0, openProjector: 0, closeProjector: 0 };
  const actions: MenuActions = {
    toConsole: (action) => {
      if (consoleOpen) calls.toConsole.push(action);
      return consoleOpen;
    },
    showConsole: () => void calls.showConsole++,
    dispatch,
    openProjector: () => void calls.openProjector++,
    closeProjector: () => void calls.closeProjector++,
  };
  return { actions, calls };
}

describe('application menu', () => {
  it('has the usual menus and roles on Windows and Linux, Reload only in development', () => {
    const { actions } = recordingActions(true);
    const template = buildMenuTemplate(actions, 'linux', ENGLISH);
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(template, 'File')).toEqual(['quit']);
    expect(roles(template, 'Edit')).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(roles(template, 'View')).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(template, 'Window')).toEqual(['minimize', 'close']);
    expect(roles(template, 'Help')).toEqual(['about']);
    expect(roles(buildMenuTemplate(actions, 'win32', ENGLISH, true), 'View')).toContain('reload');
  });

  it('speaks the session language: Russian labels, the same actions', () => {
    const { actions, calls } = recordingActions(true);
    const template = buildMenuTemplate(actions, 'linux', menuMessages('ru'));
    expect(template.map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид', 'Окно', 'Справка']);
    expect(submenu(template, 'Файл').flatMap((i) => (i.label ? [i.label] : []))).toEqual([
      'Новая сессия…',
      'Открыть пример…',
      'Импорт JSON…',
      'Экспорт JSON…',
      'Экспорт CSV…',
      'Экспорт книги (XLSX)…',
      'Экспорт итогового документа (HTML)…',
      'Экспорт итогового документа (PDF)…',
      'Экспорт итогового документа (DOCX)…',
      'Экспорт дорожной карты (PDF)…',
      'Экспорт дорожной карты (DOCX)…',
      'Экспорт сводки объединения (CSV)…',
      'Экспорт хронометража (CSV)…',
    ]);
    press(template, 'Файл', 'Экспорт JSON…');
    expect(calls.toConsole).toEqual([{ type: 'exportFile', format: 'json' }]);
  });

  it('follows macOS: the app menu first, Close in File, About in the app menu', () => {
    const template = buildMenuTemplate(recordingActions(true).actions, 'darwin', ENGLISH);
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(roles(template, 'File')).toEqual(['close']);
    expect(roles(template, 'Window')).toEqual(['minimize', 'close', 'front']);
    expect(roles(template, 'Help')).toEqual([]);
  });

  it('shows the console shortcuts from the shared list, registering only keys with a modifier', () => {
    const { actions } = recordingActions(true);
    const linux = buildMenuTemplate(actions, 'linux', ENGLISH);
    const mac = buildMenuTemplate(actions, 'darwin', ENGLISH);
    expect(menuItem(linux, 'Edit', 'Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(menuItem(linux, 'Edit', 'Redo')).toMatchObject({ accelerator: 'CmdOrCtrl+Y' });
    expect(menuItem(mac, 'Edit', 'Redo')).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+Z' });
    // "?" is shown beside the item but left to the page, which ignores it while the user types.
    expect(menuItem(linux, 'Help', 'Keyboard Shortcuts')).toMatchObject({ accelerator: '?', registerAccelerator: false });
    expect(menuItem(mac, 'Help', 'Keyboard Shortcuts').accelerator).toBeUndefined();

    const listed = SHORTCUTS.flatMap((s) => (s.menu ? [s.menu.accelerator, s.menu.macAccelerator] : []));
    const shown = [...linux, ...mac].flatMap((menu) => (menu.submenu as Template | undefined) ?? []).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
    expect(shown.length).toBeGreaterThan(0);
    for (const accelerator of shown) expect(listed).toContain(accelerator);
  });

  it('sends page actions to the console, or opens the console when there is none', () => {
    const open = recordingActions(true);
    const template = buildMenuTemplate(open.actions, 'linux', ENGLISH);
    for (const label of ['New Session…', 'Open Example…', 'Import JSON…', 'Export JSON…', 'Export CSV…', 'Export Outcome Document (PDF)…', 'Export Roadmap of Cooperation (DOCX)…', 'Export Timing Report (CSV)…']) press(template, 'File', label);
    press(template, 'Help', 'Keyboard Shortcuts');
    expect(open.calls.toConsole).toEqual([
      { type: 'newSession' },
      { type: 'openExample' },
      { type: 'importFile' },
      { type: 'exportFile', format: 'json' },
      { type: 'exportFile', format: 'csv' },
      { type: 'exportFile', format: 'report-pdf' },
      { type: 'exportFile', format: 'roadmap-docx' },
      { type: 'exportFile', format: 'timing' },
      { type: 'showShortcuts' },
    ]);
    expect(open.calls.showConsole).toBe(0);

    const closed = recordingActions(false);
    press(buildMenuTemplate(closed.actions, 'darwin', ENGLISH), 'File', 'Export CSV…');
    expect(closed.calls.showConsole).toBe(1);
  });

  it('opens and closes the projector window', () => {
    const { actions, calls } = recordingActions(true);
    const template = buildMenuTemplate(actions, 'linux', ENGLISH);
    press(template, 'View', 'Open Projector Window');
    press(template, 'View', 'Close Projector Window');
    expect(calls).toMatchObject({ openProjector: 1, closeProjector: 1 });
  });

  it('leaves Undo / Redo to the console when it is open (it knows the focus), else undoes the run-of-show in the host', async () => {
    const host = await openHost({ dataDir: await tempDir('menu'), clock: manualClock(almaty('09:00')) });
    const exampleTitle = host.getSnapshot().doc.event.title;
    await host.dispatch({ type: 'session.new' });
    expect(host.getSnapshot().doc.event.title).not.toBe(exampleTitle);

    const dispatched: Promise<unknown>[] = [];
    const dispatch = (command: Command) => {
      const result = host.dispatch(command);
      dispatched.push(result);
      return result;
    };
    const open = recordingActions(true, dispatch);
    press(buildMenuTemplate(open.actions, 'linux', ENGLISH), 'Edit', 'Undo');
    await Promise.all(dispatched);
    expect(open.calls.toConsole).toEqual([{ type: 'undo' }]);
    expect(dispatched).toEqual([]);
    expect(host.getSnapshot().meta.history.runOfShow).toMatchObject({ undo: 1, redo: 0 });

    const closed = recordingActions(false, dispatch);
    const template = buildMenuTemplate(closed.actions, 'darwin', ENGLISH);
    press(template, 'Edit', 'Undo');
    await Promise.all(dispatched);
    expect(host.getSnapshot().doc.event.title).toBe(exampleTitle);
    expect(host.getSnapshot().meta.history.runOfShow).toMatchObject({ undo: 0, redo: 1 });
    press(template, 'Edit', 'Redo');
    await Promise.all(dispatched);
    expect(host.getSnapshot().doc.event.title).not.toBe(exampleTitle);
  });
});

class FakeWindow extends EventEmitter {
  destroyed = false;
  minimized = false;
  focused = false;
  maximized = false;
  bounds: Rectangle = { x: 100, y: 80, width: 1400, height: 900 };
  closeCalls = 0;
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  isMaximized = () => this.maximized;
  restore = () => void (this.minimized = false);
  focus = () => void (this.focused = true);
  getNormalBounds = () => ({ ...this.bounds });
  close = () => {
    this.closeCalls++;
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  };
  destroy = () => {
    this.destroyed = true;
    this.emit('closed');
  };
}

const asWindow = (window: FakeWindow) => window as unknown as BrowserWindow;

describe('single instance', () => {
  it('a second launch quits; the first brings its console to the front', () => {
    let quits = 0;
    expect(claimSingleInstance({ requestSingleInstanceLock: () => false, quit: () => void quits++ })).toBe(false);
    expect(quits).toBe(1);
    expect(claimSingleInstance({ requestSingleInstanceLock: () => true, quit: () => void quits++ })).toBe(true);
    expect(quits).toBe(1);

    const minimised = Object.assign(new FakeWindow(), { minimized: true });
    let created = 0;
    const create = () => {
      created++;
      return new FakeWindow();
    };
    expect(bringToFront(minimised, create)).toBe(minimised);
    expect(minimised).toMatchObject({ minimized: false, focused: true });

    const closed = Object.assign(new FakeWindow(), { destroyed: true });
    const reopened = bringToFront(closed, create);
    expect(reopened).not.toBe(closed);
    expect(reopened.focused).toBe(true);
    expect(bringToFront(null, create).focused).toBe(true);
    expect(created).toBe(2);
  });
});

function display(id: number, x: number, width = 1920, height = 1080): Display {
  const bounds = { x, y: 0, width, height };
  return { id, internal: id === 1, label: `D${id}`, bounds, workArea: { ...bounds, height: height - 40 }, size: { width, height } } as Display;
}

describe('window places', () => {
  const laptop = display(1, 0);
  const projector = display(2, 1920, 1280, 720);

  it('restores a place only while the window can still be reached on a connected display', () => {
    const onProjector = { bounds: { x: 2000, y: 50, width: 1000, height: 600 }, maximized: true };
    expect(restoreWindow(onProjector, [laptop, projector])).toEqual({ bounds: onProjector.bounds, maximized: true });
    // The projector was unplugged: default place, not a window off every screen.
    expect(restoreWindow(onProjector, [laptop])).toEqual({ maximized: false });
    // A title bar above the top of every screen, or only a sliver left on one, can not be grabbed.
    expect(isReachable({ x: 100, y: -20, width: 1400, height: 900 }, [laptop])).toBe(false);
    expect(isReachable({ x: 1880, y: 100, width: 1400, height: 900 }, [laptop])).toBe(false);
    expect(isReachable({ x: 1700, y: 100, width: 1400, height: 900 }, [laptop])).toBe(true);
    expect(restoreWindow(undefined, [laptop])).toEqual({ maximized: false });
    expect(restoreWindow({ bounds: { x: 'left', y: 0, width: 10, height: 10 }, maximized: false }, [laptop])).toEqual({ maximized: false });
  });

  it('puts the projector back on the display it was last on, if it is still there', () => {
    const saved = { bounds: projector.bounds, maximized: false };
    expect(rememberedDisplay(saved, [laptop, projector])).toBe(projector);
    expect(rememberedDisplay(saved, [laptop])).toBeNull();
    expect(rememberedDisplay(null, [laptop, projector])).toBeNull();
  });

  it('saves once moves and resizes settle, and at once on close', () => {
    vi.useFakeTimers();
    const saved: unknown[] = [];
    const store: WindowStateStore = { load: () => undefined, save: (name, state) => void saved.push({ name, ...state }) };
    const window = new FakeWindow();
    rememberWindow(asWindow(window), 'console', store);

    for (let x = 110; x <= 150; x += 10) {
      window.bounds.x = x;
      window.emit('move');
      vi.advanceTimersByTime(SAVE_DELAY_MS / 2);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved).toEqual([{ name: 'console', bounds: { x: 150, y: 80, width: 1400, height: 900 }, maximized: false }]);

    window.bounds.width = 1200;
    window.maximized = true;
    window.emit('resize');
    window.close();
    expect(saved).toHaveLength(2);
    expect(saved[1]).toEqual({ name: 'console', bounds: { x: 150, y: 80, width: 1200, height: 900 }, maximized: true });
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(saved).toHaveLength(2);
  });

  it('keeps places in electron-store, across a restart', async () => {
    const dir = await tempDir('window-state');
    const files = await electronStoreFiles();
    const first = openWindowStateStore(dir, files);
    first.store.save('projector', { bounds: projector.bounds, maximized: false });
    const again = openWindowStateStore(dir, files);
    expect(again.notes).toEqual([]);
    expect(rememberedDisplay(again.store.load('projector'), [laptop, projector])).toBe(projector);
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toHaveProperty('projector.bounds.x', 1920);
  });

  it('a damaged file does not stop the app: it is copied aside before electron-store clears it', async () => {
    const dir = await tempDir('window-state-damaged');
    const damaged = '{"console": {"bounds": {"x": 10, "y"';
    writeFileSync(join(dir, 'window-state.json'), damaged);
    const opened = openWindowStateStore(dir, await electronStoreFiles(), () => Date.parse('2023-10-16T08:00:00Z'));

    const kept = join(dir, 'kept', '2023-10-16T08-00-00-000Z-window-state.json');
    expect(readFileSync(kept, 'utf8')).toBe(damaged);
    expect(opened.notes).toEqual([expect.stringContaining(`copied to ${kept}`)]);
    expect(restoreWindow(opened.store.load('console'), [laptop])).toEqual({ maximized: false });

    opened.store.save('console', { bounds: { x: 10, y: 20, width: 800, height: 600 }, maximized: false });
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toHaveProperty('console.bounds.width', 800);
    expect(readFileSync(kept, 'utf8')).toBe(damaged);
  });

  it('never clears a damaged file it could not copy: positions then live in memory only', async () => {
    const dir = await tempDir('window-state-stuck');
    writeFileSync(join(dir, 'window-state.json'), 'not json');
    // A file where kept/ should be: the copy fails.
    writeFileSync(join(dir, 'kept'), '');
    const cleared: boolean[] = [];
    const files = await electronStoreFiles();
    const watching: CreateStateFile = (options) => {
      cleared.push(options.clearInvalidConfig);
      return files(options);
    };
    const opened = openWindowStateStore(dir, watching);
    expect(cleared).toEqual([false]);
    expect(opened.notes).toEqual([expect.stringContaining('left as it is')]);
    opened.store.save('console', { bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false });
    expect(opened.store.load('console')).toMatchObject({ bounds: { width: 800 } });
    expect(readFileSync(join(dir, 'window-state.json'), 'utf8')).toBe('not json');
    expect(readdirSync(dir).sort()).toEqual(['kept', 'window-state.json']);
  });

  it('an in-memory store remembers what it was given', () => {
    const store = memoryWindowStateStore();
    expect(store.load('console')).toBeUndefined();
    store.save('console', { bounds: laptop.bounds, maximized: true });
    expect(store.load('console')).toEqual({ bounds: laptop.bounds, maximized: true });
  });
});

describe('quitting', () => {
  it('asks only while a speaker timer runs', async () => {
    const host = await openHost({ dataDir: await tempDir('quit'), clock: manualClock(almaty('09:00')) });
    expect(shouldConfirmQuit(host.getSnapshot().doc)).toBe(false);
    await host.dispatch({ type: 'timer.select', segmentId: segmentIdByTitle(host.getSnapshot().doc, 'Opening of the conference') });
    expect(await host.dispatch({ type: 'timer.start' })).toMatchObject({ ok: true });
    expect(shouldConfirmQuit(host.getSnapshot().doc)).toBe(true);
    await host.dispatch({ type: 'timer.pause' });
    expect(shouldConfirmQuit(host.getSnapshot().doc)).toBe(false);
  });

  it('asks with Quit and Cancel, Cancel being the default', () => {
    const asked: unknown[][] = [];
    const answer = (choice: number) => ({
      showMessageBoxSync: (...args: unknown[]) => {
        asked.push(args);
        return choice;
      },
    });
    const parent = asWindow(new FakeWindow());
    expect(askToQuit(answer(0) as never, parent)).toBe(true);
    expect(askToQuit(answer(1) as never, null)).toBe(false);
    expect(asked).toEqual([[parent, QUIT_CONFIRMATION], [QUIT_CONFIRMATION]]);
    expect(QUIT_CONFIRMATION).toMatchObject({ buttons: ['Quit', 'Cancel'], cancelId: 1, defaultId: 1 });
  });

  /** A fake app: `quit()` emits before-quit the way Electron does. */
  function fakeApp() {
    const app = new EventEmitter() as EventEmitter & { exitCode: number | null; exit(code: number): void; quit(): boolean };
    app.exitCode = null;
    app.exit = (code) => void (app.exitCode = code);
    app.quit = () => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      app.emit('before-quit', event);
      return event.defaultPrevented;
    };
    return app;
  }

  it('Cancel keeps the app; Quit closes the windows, then IPC, the server and the host, then exits', async () => {
    const app = fakeApp();
    const order: string[] = [];
    const consoleWindow = new FakeWindow();
    // The recommendations panel flushes its text as the page unloads: it must still reach the host.
    consoleWindow.on('closed', () => order.push('console unloaded and sent its last text'));
    let answer = false;
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const isQuitting = handleQuit(app as never, {
      needsConfirmation: () => true,
      confirm: () => answer,
      shutDown: () =>
        shutDown({
          windows: () => [asWindow(consoleWindow)],
          unbindIpc: () => order.push('IPC unbound'),
          closeServer: async () => void order.push('server closed'),
          closeHost: async () => {
            order.push('host closed');
            finished();
          },
        }),
    });
    quitWithConsole(asWindow(consoleWindow), 'win32', isQuitting, () => app.quit());

    expect(app.quit()).toBe(true);
    consoleWindow.close();
    expect(consoleWindow.destroyed).toBe(false);
    expect(isQuitting()).toBe(false);
    expect(order).toEqual([]);

    answer = true;
    consoleWindow.close();
    await done;
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(order).toEqual(['console unloaded and sent its last text', 'IPC unbound', 'server closed', 'host closed']);
    expect(consoleWindow.destroyed).toBe(true);
    // A second quit while shutting down changes nothing.
    expect(app.quit()).toBe(true);
  });

  it('on macOS closing the console leaves the app running', () => {
    const consoleWindow = new FakeWindow();
    let quits = 0;
    quitWithConsole(asWindow(consoleWindow), 'darwin', () => false, () => void quits++);
    consoleWindow.close();
    expect(consoleWindow.destroyed).toBe(true);
    expect(quits).toBe(0);
  });

  it('destroys a window that does not close in time, so quitting can not hang', async () => {
    vi.useFakeTimers();
    const stuck = new FakeWindow();
    stuck.on('close', (event: { preventDefault(): void }) => event.preventDefault());
    const closing = closeWindows([stuck as unknown as ClosingWindow], 3_000);
    expect(stuck.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(3_000);
    await closing;
    expect(stuck.destroyed).toBe(true);
  });
});

describe('packaging', () => {
  const fromRoot = (path: string) => new URL(`../../../${path}`, import.meta.url);
  const config = parse(readFileSync(fromRoot('electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  // The schema of the electron-builder this project installs, wherever npm put it.
  const builder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const schema = JSON.parse(readFileSync(builder.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  // As electron-builder does, but strict: no type coercion. `typeof` is an
  // ajv-keywords keyword the schema uses for options that may be functions.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'typeof', validate: (type: string, data: unknown) => typeof data === type });
  const validate = ajv.compile(schema);

  it('electron-builder.yml matches electron-builder’s own schema', () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The check has teeth: a misspelt fuse is refused.
    expect(validate({ ...config, electronFuses: { runAsnode: false } })).toBe(false);
  });

  it('builds the installers with the app’s name, icon and security fuses', () => {
    expect(config).toMatchObject({
      productName: 'Moderator Console',
      icon: 'build/icon.png',
      win: { target: 'nsis' },
      mac: { target: 'dmg' },
      linux: { target: ['AppImage', 'deb'] },
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      },
    });
    const png = readFileSync(fromRoot('build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(existsSync(fromRoot('build/icon.svg'))).toBe(true);
  });
});
