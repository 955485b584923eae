/**
 * A smoke test of the packaged-to-be desktop app in the real Electron
 * runtime, for machines that have it: the console opens with the app menu.
 * Where the runtime could not be downloaded (an offline install) it is
 * skipped, and then proves nothing; the Electron layer's behaviour is tested
 * with fakes in tests/unit (electron-layer, desktop).
 *
 * The runtime is looked up the way node_modules/electron/index.js does, but
 * without requiring it: that require would try to download it.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function installedElectron(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const executablePath = installedElectron();

test.describe('desktop app in the Electron runtime', () => {
  test.skip(executablePath === null, 'Electron runtime not installed (offline install): skipped');

  test('opens the console with the application menu', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'moderator-electron-'));
    // The session store's SQLite built for Electron's ABI, as `npm start` gets it.
    const { electronSqliteBinding } = (await import(pathToFileURL(join(ROOT, 'scripts', 'electron-sqlite.mjs')).href)) as { electronSqliteBinding: () => Promise<string> };
    const env = { ...process.env, MODERATOR_SQLITE_BINDING: await electronSqliteBinding() } as Record<string, string>;
    const app = await electron.launch({ executablePath: executablePath!, args: [`--user-data-dir=${userData}`, ROOT], cwd: ROOT, env });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('navigation', { name: 'Session' })).toBeVisible();
      const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
      expect(menus).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });
});
