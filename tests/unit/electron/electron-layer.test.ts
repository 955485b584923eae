/**
 * The thin Electron layer, checked without the Electron runtime: the pieces
 * are plain functions over Electron's types, driven here by small fakes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Display, IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_ORIGIN, denyAllPermissions, guardWebContents, isAppUrl, secureWebPreferences } from '../../../electron/main/security';
import { bindIpc, ForeignSenderError } from '../../../electron/main/ipc';
import { sessionHandlers } from '../../../electron/host/session/handlers';
import { IPC_CALL, IPC_EVENT } from '../../../shared/contract/protocol';
import { pickDisplay, projectorWindowOptions } from '../../../electron/main/projector-window';
import { appResponse } from '../../../electron/main/app-protocol';
import { applyUserDataSwitch } from '../../../electron/main/user-data';
import { manualClock, almaty, openHost, tempDir } from '../helpers';

function display(id: number, internal: boolean, x = 0): Display {
  return { id, internal, label: `D${id}`, bounds: { x, y: 0, width: 1920, height: 1080 }, size: { width: 1920, height: 1080 } } as Display;
}

class FakeIpcMain {
  readonly handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, senderUrl: string | null, ...args: unknown[]): unknown {
    const event = { senderFrame: senderUrl === null ? null : { url: senderUrl } } as IpcMainInvokeEvent;
    return this.handlers.get(channel)!(event, ...args);
  }
}

describe('window security', () => {
  it('turns on isolation and the sandbox, and Node off', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('recognises only app://moderator pages as the app', () => {
    expect(isAppUrl(`${APP_ORIGIN}/projector`)).toBe(true);
    expect(isAppUrl('app://other/')).toBe(false);
    expect(isAppUrl('https://moderator/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });

  it('blocks navigation away from the app (links, redirects, subframes), new windows and webviews', () => {
    const listeners = new Map<string, (event: { preventDefault(): void; url?: string }, url?: string) => void>();
    let openHandler: (() => { action: string }) | null = null;
    guardWebContents({
      on: ((name: string, listener: never) => listeners.set(name, listener)) as unknown as WebContents['on'],
      setWindowOpenHandler: ((handler: () => { action: string }) => (openHandler = handler)) as unknown as WebContents['setWindowOpenHandler'],
    });
    const navigate = (url: string) => {
      let prevented = false;
      listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate(`${APP_ORIGIN}/stage`)).toBe(false);
    const redirect = (url: string) => {
      let prevented = false;
      listeners.get('will-redirect')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(redirect('http://192.168.1.7:4190/')).toBe(true);
    expect(redirect(`${APP_ORIGIN}/`)).toBe(false);
    let frame = false;
    listeners.get('will-frame-navigate')!({ url: 'https://evil.example/frame', preventDefault: () => (frame = true) });
    expect(frame).toBe(true);
    expect(openHandler!()).toEqual({ action: 'deny' });
    let webview = false;
    listeners.get('will-attach-webview')!({ preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: ((h: never) => (request = h)) as never,
      setPermissionCheckHandler: ((h: never) => (check = h)) as never,
    });
    let granted: boolean | null = null;
    request!(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(check!()).toBe(false);
  });
});

describe('IPC', () => {
  it('answers our pages through the method map, refuses any other sender, and pushes host events to windows showing our pages', async () => {
    const host = await openHost({ dataDir: await tempDir('ipc'), clock: manualClock(almaty('09:00')) });
    const ipc = new FakeIpcMain();
    const sent: unknown[][] = [];
    const window = { isDestroyed: () => false, getURL: () => `${APP_ORIGIN}/`, send: (...args: unknown[]) => sent.push(args) } as unknown as WebContents;
    const heardByForeign: unknown[][] = [];
    const foreign = { isDestroyed: () => false, getURL: () => 'data:text/html,<p>not the app</p>', send: (...args: unknown[]) => heardByForeign.push(args) } as unknown as WebContents;
    const unbind = bindIpc(ipc, sessionHandlers(host), host, () => [window, foreign]);

    expect(await ipc.invoke(IPC_CALL, `${APP_ORIGIN}/`, 'session.snapshot', {})).toMatchObject({ ok: true, value: { version: 0 } });
    expect(() => ipc.invoke(IPC_CALL, 'https://evil.example/', 'session.dispatch', { command: { type: 'session.new' } })).toThrow(ForeignSenderError);
    expect(() => ipc.invoke(IPC_CALL, null, 'session.snapshot', {})).toThrow(ForeignSenderError);
    expect(host.getSnapshot().version).toBe(0);
    expect(await ipc.invoke(IPC_CALL, `${APP_ORIGIN}/`, 'desktop.displays', {})).toMatchObject({ ok: false, error: { code: 'not-found', field: 'method' } });
    expect(await ipc.invoke(IPC_CALL, `${APP_ORIGIN}/`, 'session.dispatch', { command: { type: 'timer.blackout' } })).toMatchObject({ ok: false, error: { field: 'on' } });

    expect(await ipc.invoke(IPC_CALL, `${APP_ORIGIN}/`, 'session.dispatch', { command: { type: 'timer.blackout', on: true } })).toEqual({ ok: true, value: { version: 1 } });
    expect(sent).toEqual([[IPC_EVENT, 'session', expect.objectContaining({ type: 'patch', version: 1 })]]);
    expect(heardByForeign).toEqual([]);

    unbind();
    expect(ipc.handlers.size).toBe(0);
  });
});

describe('IPC from the projector window', () => {
  it('treats it as a view: nothing it sends changes the session, and it receives only what a projector shows', async () => {
    const host = await openHost({ dataDir: await tempDir('ipc-projector'), clock: manualClock(almaty('09:00')) });
    await host.dispatch({ type: 'rec.add', recommendation: { text: 'Confidential: quota of 30%' } });
    const ipc = new FakeIpcMain();
    const pushed: unknown[][] = [];
    // With each push, whether the host had already made the change its state (it had not, for a display's early copy).
    const projector = { isDestroyed: () => false, getURL: () => `${APP_ORIGIN}/projector`, send: (...args: unknown[]) => pushed.push([...args, host.current.doc.timer.blackout]) } as unknown as WebContents;
    const console_ = { isDestroyed: () => false, getURL: () => `${APP_ORIGIN}/`, send: () => undefined } as unknown as WebContents;
    const unbind = bindIpc(ipc, sessionHandlers(host), host, () => [console_, projector], (contents) => (contents === projector ? 'view' : 'local'));
    const fromProjector = (method: string, args: unknown) => {
      const event = { senderFrame: { url: `${APP_ORIGIN}/projector` }, sender: projector } as unknown as IpcMainInvokeEvent;
      return ipc.handlers.get(IPC_CALL)!(event, method, args) as Promise<unknown>;
    };

    expect(await fromProjector('session.dispatch', { command: { type: 'timer.blackout', on: true } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(JSON.stringify(await fromProjector('session.snapshot', {}))).not.toContain('Confidential');
    await host.dispatch({ type: 'rec.add', recommendation: { text: 'Confidential: a second one' } });
    await host.dispatch({ type: 'timer.blackout', on: true });
    expect(JSON.stringify(pushed)).not.toContain('Confidential');
    expect(JSON.stringify(pushed)).toContain('"blackout":true');
    expect(host.current.doc.timer.blackout).toBe(true);
    // A display: shown the change while it is written, and not sent it again when it is published.
    pushed.length = 0;
    await host.dispatch({ type: 'timer.blackout', on: false });
    expect(pushed.map(([, , event, hostBlackout]) => ({ shows: JSON.stringify(event).includes('"blackout":false'), hostBlackout }))).toEqual([{ shows: true, hostBlackout: true }]);
    expect(host.current.doc.timer.blackout).toBe(false);
    unbind();
  });
});

describe('projector window', () => {
  it('goes to an external display by default, or the one asked for', () => {
    const laptop = display(1, true);
    const projector = display(2, false, 1920);
    expect(pickDisplay([laptop, projector], 1).id).toBe(2);
    expect(pickDisplay([laptop, projector], 1, 1).id).toBe(1);
    expect(pickDisplay([laptop, projector], 1, 99).id).toBe(2);
    expect(pickDisplay([laptop], 1).id).toBe(1);
  });

  it('is fullscreen on that display and takes no focus', () => {
    const options = projectorWindowOptions(display(2, false, 1920), '/app/preload.cjs');
    expect(options).toMatchObject({ x: 1920, fullscreen: true, frame: false, focusable: false });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});

describe('app:// protocol', () => {
  it('serves the built renderer, routes to the app shell, and nothing outside it', async () => {
    const dir = await tempDir('protocol');
    await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    await writeFile(join(dir, 'secret.txt'), 'secret');
    const root = join(dir, 'renderer');

    const shell = await appResponse(root, `${APP_ORIGIN}/projector`);
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await shell.text()).toBe('<!doctype html>');
    expect((await appResponse(root, `${APP_ORIGIN}/%2e%2e/secret.txt`)).status).not.toBe(200);
    expect((await appResponse(root, `${APP_ORIGIN}/assets/missing.js`)).status).toBe(404);
    expect((await appResponse(root, 'app://elsewhere/index.html')).status).toBe(404);
  });
});

describe('user data folder', () => {
  /** An app whose command line has the given switches, recording the paths it is told. */
  function appWith(switches: Map<string, string>) {
    const paths = new Map<string, string>();
    const app = {
      commandLine: { getSwitchValue: (name: string) => switches.get(name) ?? '' },
      setPath: (name: string, path: string) => void paths.set(name, path),
    };
    return { app, paths };
  }

  it('a test or a second profile points the app at its own folder with --user-data-dir, relative to where it was started', () => {
    const home = join(tmpdir(), 'chair');
    const profile = join(tmpdir(), 'moderator-test-profile');
    const absolute = appWith(new Map([['user-data-dir', profile]]));
    expect(applyUserDataSwitch(absolute.app, home)).toBe(profile);
    expect(absolute.paths).toEqual(new Map([['userData', profile]]));

    const relative = appWith(new Map([['user-data-dir', 'rehearsal']]));
    expect(applyUserDataSwitch(relative.app, home)).toBe(join(home, 'rehearsal'));
    expect(relative.paths.get('userData')).toBe(join(home, 'rehearsal'));
  });

  it('without the switch, or with an empty one, the app keeps its usual folder', () => {
    for (const switches of [new Map<string, string>(), new Map([['user-data-dir', '']])]) {
      const { app, paths } = appWith(switches);
      expect(applyUserDataSwitch(app, tmpdir())).toBeNull();
      expect(paths.size).toBe(0);
    }
  });
});
