import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed (offline machines, CI); otherwise
// the browser `npx playwright install chromium` downloads.
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  // A 2-core CI machine runs two workers, each with a server and several pages.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /electron-.*\.spec\.ts$/, use: { browserName: 'chromium' } },
    // The desktop app in the Electron runtime (tests/e2e/electron-fixture.ts):
    // skipped, one line each, where the runtime is not installed.
    { name: 'electron', testMatch: /electron-.*\.spec\.ts$/ },
  ],
});
