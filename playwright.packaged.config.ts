import { defineConfig } from '@playwright/test';

// The packaged-app smoke test (tests/packaged): run after `npm run dist`,
// against the unpacked app electron-builder left in release/. Not part of
// `npm test`: it needs the installers' build, which needs the Electron
// runtime and internet. The desktop workflow runs it on each system.
export default defineConfig({
  testDir: 'tests/packaged',
  // Two cold starts of the packaged app and a clean quit each, on a shared runner.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
