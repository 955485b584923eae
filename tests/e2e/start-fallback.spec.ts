/**
 * `npm start` where Electron can not run (MODERATOR_START=browser makes
 * that so on machines where it can): serve mode starts and the console
 * opens in the installed browser as an app window; closing that window
 * stops serve mode, as quitting the app would. The browser here is a
 * wrapper that writes down how it was started and then waits, as a
 * browser window does, until it is closed.
 */
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('npm start without Electron opens the console in the installed browser as an app window', async ({ request }) => {
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'moderator-start-'));
  try {
    const recorded = join(dir, 'browser-args.txt');
    const browser = join(dir, 'browser');
    writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$@" > '${recorded}'\necho $$ >> '${recorded}.pid'\nexec sleep 120\n`);
    chmodSync(browser, 0o755);
    const start = spawn(process.execPath, ['scripts/start.mjs', '--port', '0', '--data-dir', join(dir, 'data')], {
      env: { ...process.env, MODERATOR_START: 'browser', CHROMIUM_PATH: browser, XDG_CONFIG_HOME: join(dir, 'config') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => start.on('exit', (code) => resolve(code)));

    await expect.poll(() => existsSync(recorded) || output.includes("could not start"), { timeout: 30_000 }).toBe(true);
    expect(existsSync(recorded), output).toBe(true);
    const args = readFileSync(recorded, 'utf8').trim().split('\n');
    const app = args.find((a) => a.startsWith('--app='));
    expect(app, output).toMatch(/^--app=http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(args).toContain(`--user-data-dir=${join(dir, 'config', 'moderator-console', 'browser-app')}`);
    expect(output).toContain(`starting serve mode in ${browser} as an app window`);
    const page = await request.get(app!.slice('--app='.length));
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    // The user closes the app window: serve mode stops with it.
    process.kill(Number(readFileSync(`${recorded}.pid`, 'utf8').trim()), 'SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
