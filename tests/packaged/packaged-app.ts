/**
 * Starts and quits the packaged app as a user's machine would run it.
 *
 * Playwright's Electron launcher can not drive it: it connects through
 * Node's inspector, and the packaged app's fuses refuse `--inspect`
 * (electron-builder.yml, enableNodeCliInspectArguments: false). So the app
 * is started as it is, plus Chromium's `--remote-debugging-port=0` (which
 * no fuse governs), and its pages are reached over the DevTools protocol.
 *
 * Quitting is what the system asks of an app at log-out: SIGTERM on Linux
 * and macOS (Electron quits as from the menu), a close request to its
 * windows on Windows (`taskkill` without /F; closing the console quits).
 * Either way the app's own quit runs, so a clean exit is code 0.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export const APP_ORIGIN = 'app://moderator';

export interface PackagedApp {
  /** The console window, showing app://moderator/. */
  console: Page;
  /** What the app wrote to stdout and stderr so far. */
  output(): string;
  /** Asks the app to quit and resolves with its exit code (null when a signal ended it). */
  quit(): Promise<number | null>;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Resolves with the DevTools address the app prints, or rejects with its output if it exits first. */
function devToolsAddress(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output());
      if (match) {
        child.stderr!.off('data', onData);
        child.off('exit', onExit);
        resolve(match[1]!);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      reject(new Error(`the packaged app ended (${signal ?? `exit code ${code}`}) before it opened a window:\n${output()}`));
    child.stderr!.on('data', onData);
    child.once('exit', onExit);
  });
}

/** The console: the app's one window at start, once it shows app://moderator/. */
async function consolePage(browser: Browser): Promise<Page> {
  const [context] = browser.contexts();
  if (!context) throw new Error('the packaged app shows no pages over the DevTools protocol');
  const page = context.pages()[0] ?? (await context.waitForEvent('page'));
  await page.waitForURL(`${APP_ORIGIN}/`);
  return page;
}

function askToQuit(child: ChildProcess): void {
  if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid)], { stdio: 'ignore' });
  else child.kill('SIGTERM');
}

export async function launchPackaged(executable: string, profile: string): Promise<PackagedApp> {
  const child = spawn(executable, [`--user-data-dir=${profile}`, '--remote-debugging-port=0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const ended = exited(child);
  try {
    const browser = await chromium.connectOverCDP(await devToolsAddress(child, () => output));
    const console = await consolePage(browser);
    return {
      console,
      output: () => output,
      async quit() {
        await browser.close();
        askToQuit(child);
        return ended;
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
