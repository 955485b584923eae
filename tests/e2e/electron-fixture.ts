/**
 * The desktop app in the real Electron runtime, for the Electron tests
 * (electron-*.spec.ts, Playwright's `electron` project): each test gets its
 * own temp profile (`--user-data-dir`, so the real one is never touched)
 * and a `launch()` that starts the built app on it, waits for the console
 * and can be called again after a quit, as a user starts the app again.
 *
 * The runtime is the one `npx install-electron` put into
 * node_modules/electron (electron 45 downloads it on first use, not at
 * install). Where it is not there, as on the development machines (no
 * Electron runtime can be downloaded), every Electron test skips with one
 * line saying so; the desktop workflow (.github/workflows/desktop.yml)
 * fetches the runtime and runs them on Linux, Windows and macOS.
 */
import { _electron as electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The runtime, found as node_modules/electron/index.js finds it, but without requiring it: that would start a download. */
function installedElectron(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const ELECTRON = installedElectron();

const NO_RUNTIME = 'skipped: no Electron runtime here, the desktop workflow runs it';

/**
 * On Linux, as Playwright does for the app it launches: CI runners do not
 * let the Chromium sandbox create its namespaces. The packaged-app smoke
 * test runs with the sandbox (the workflow allows it there).
 */
const SANDBOX_ARGS = process.platform === 'linux' ? ['--no-sandbox'] : [];

export interface Desktop {
  app: ElectronApplication;
  /** The console window, once it shows the session. */
  console: Page;
  /** Quits as the File menu's Quit does and resolves with the exit code once the process is gone. */
  quit(): Promise<number | null>;
}

export interface DesktopFixtures {
  /** This test's profile folder (userData): the session folder is `<profile>/session`. */
  profile: string;
  /** Starts the app on this test's profile. */
  launch(): Promise<Desktop>;
  /** Starts a second process of the app on the same profile, as a user double-clicking it again, and resolves with its exit code. */
  launchAgain(): Promise<number | null>;
}

async function openDesktop(profile: string): Promise<Desktop> {
  const app = await electron.launch({ executablePath: ELECTRON!, args: [`--user-data-dir=${profile}`, ROOT], cwd: ROOT });
  const console = await app.firstWindow();
  await expect(console.getByRole('navigation', { name: /.+/ }).first()).toBeVisible();
  return {
    app,
    console,
    async quit() {
      await app.close();
      return app.process().exitCode;
    },
  };
}

/**
 * Answers the quit confirmation (a native, blocking message box) with
 * `answer` instead of showing it, and records each question asked in the
 * main process; `quitQuestions` reads them.
 */
export async function answerQuitConfirmation(app: ElectronApplication, answer: 'Quit' | 'Cancel'): Promise<void> {
  await app.evaluate(({ dialog }, answer) => {
    const record = globalThis as unknown as { quitQuestions?: string[] };
    record.quitQuestions ??= [];
    const questions = record.quitQuestions;
    dialog.showMessageBoxSync = ((...args: Array<{ message?: string; buttons?: string[] }>) => {
      const options = args[args.length - 1]!;
      questions.push(options.message ?? '');
      return options.buttons?.indexOf(answer) ?? -1;
    }) as typeof dialog.showMessageBoxSync;
  }, answer);
}

export function quitQuestions(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as unknown as { quitQuestions?: string[] }).quitQuestions ?? []);
}

export const test = base.extend<DesktopFixtures>({
  profile: async ({}, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'moderator-electron-'));
    await use(profile);
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
  },
  launch: async ({ profile }, use) => {
    const running = new Set<Desktop>();
    await use(async () => {
      const desktop = await openDesktop(profile);
      running.add(desktop);
      desktop.app.on('close', () => running.delete(desktop));
      return desktop;
    });
    // A test that ended early (a failure, a skip) leaves its app running: quit it without asking.
    for (const desktop of running) {
      await answerQuitConfirmation(desktop.app, 'Quit').catch(() => undefined);
      await desktop.app.close();
    }
  },
  launchAgain: async ({ profile }, use) => {
    await use(
      () =>
        new Promise((resolve, reject) => {
          const child = spawn(ELECTRON!, [...SANDBOX_ARGS, `--user-data-dir=${profile}`, ROOT], { cwd: ROOT, stdio: 'ignore' });
          child.once('error', reject);
          child.once('exit', (code) => resolve(code));
        }),
    );
  },
});

/**
 * Declares a group of Electron tests: where the runtime is missing each of
 * them skips, and its one line in the list says why (the list reporter
 * prints a skipped test's title, not its reason).
 */
export function describeInElectron(title: string, body: () => void): void {
  test.describe(ELECTRON === null ? `${title} (${NO_RUNTIME})` : title, () => {
    test.skip(ELECTRON === null, NO_RUNTIME);
    body();
  });
}

export { expect } from '@playwright/test';
