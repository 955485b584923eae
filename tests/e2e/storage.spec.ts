/**
 * The store as the user meets it, in real Chromium against serve mode:
 * the recovery banner (a folder of the previous format, converted at the
 * start) in every console of this computer until someone says they have
 * read it; the disk-full banner while the host's disk refuses changes, gone
 * once it saves again; a backup taken and restored from the Backups panel,
 * which every console then shows.
 *
 * The full disk is a real 4 MB tmpfs, mounted here when this process may
 * (CI runs as root); where it may not, that one test is skipped and says
 * why (the store's own fault tests, tests/unit/store, always run, with
 * SQLite's page limit standing in).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { ServeProcess } from '../serve-process';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'legacy-0.1.0');

/** Serve mode on a data dir (root/session) the test prepares. */
async function serveOn(prepare: (dataDir: string) => void, root: string): Promise<ServeProcess> {
  const dataDir = join(root, 'session');
  prepare(dataDir);
  const server = new ServeProcess(dataDir);
  await server.start();
  return server;
}

const tempRoot = () => mkdtempSync(join(tmpdir(), 'moderator-e2e-store-'));

/** One command sent the way a second console would, from the page's origin; resolves with the host's answer. */
function dispatch(page: Page, command: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  return page.evaluate(
    (command) =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(`ws://${location.host}/ws`);
        socket.onerror = () => reject(new Error('the host can not be reached'));
        socket.onopen = () => socket.send(JSON.stringify({ t: 'call', id: 1, method: 'session.dispatch', args: { command } }));
        socket.onmessage = (message) => {
          const frame = JSON.parse(String(message.data)) as { t: string; id?: number; result?: { ok: boolean; error?: { code: string; message: string } } };
          if (frame.t !== 'result' || frame.id !== 1) return;
          resolve(frame.result!);
          socket.close();
        };
      }),
    command,
  );
}

const recoveryNotes = (page: Page) => page.getByRole('region', { name: 'Recovery notes' });

test.describe('the store in the console', () => {
  test('the recovery banner is in every console until someone has read it, then gone from all, for good', async ({ page, context }) => {
    const root = tempRoot();
    const server = await serveOn((dataDir) => cpSync(FIXTURE, dataDir, { recursive: true }), root);
    try {
      await page.goto(server.url);
      const second = await context.newPage();
      await second.goto(server.url);
      for (const console of [page, second]) {
        await expect(recoveryNotes(console)).toContainText('The session was converted to the new file format');
        await expect(recoveryNotes(console)).toContainText('This session folder was converted from the previous file format: snapshot.json (command 12');
      }
      // It stays across a restart until read.
      await server.restart();
      await page.reload();
      await expect(recoveryNotes(page)).toContainText('converted from the previous file format');

      await recoveryNotes(page).getByRole('button', { name: 'I have read this' }).click();

      await expect(recoveryNotes(page)).toHaveCount(0);
      await expect(recoveryNotes(second)).toHaveCount(0);
      await server.restart();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(recoveryNotes(page)).toHaveCount(0);
      // The converted session is the one the previous release held.
      await expect(page.getByRole('banner')).toContainText('Almaty, Rixos (fixture)');
    } finally {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a backup taken and restored from the Backups panel: every console shows the restored session', async ({ page, context }) => {
    const root = tempRoot();
    const server = await serveOn(() => undefined, root);
    try {
      await page.goto(server.url);
      const second = await context.newPage();
      await second.goto(server.url);
      expect(await dispatch(page, { type: 'part.add', title: 'In the backup' })).toMatchObject({ ok: true });

      await page.getByRole('button', { name: 'Backups' }).click();
      const panel = page.getByRole('region', { name: 'Backups' });
      await panel.getByRole('button', { name: 'Take a backup now' }).click();
      await expect(panel.getByRole('status')).toContainText('Backup taken:');
      await expect(panel.getByRole('list', { name: 'Backups, newest first' }).getByRole('listitem')).toHaveCount(1);
      await expect(panel.getByRole('listitem')).toContainText('taken by hand');

      expect(await dispatch(page, { type: 'part.add', title: 'After the backup' })).toMatchObject({ ok: true });
      await expect(second.getByRole('heading', { level: 2, name: 'After the backup' })).toBeVisible();

      page.once('dialog', (dialog) => {
        expect(dialog.message()).toMatch(/^Replace the session with the backup of .+\? Every console and view will show it at once\./);
        void dialog.accept();
      });
      await panel.getByRole('button', { name: /^Restore the backup of / }).click();

      await expect(panel.getByRole('status')).toContainText(/The backup of .+ was restored\./);
      for (const console of [page, second]) {
        await expect(console.getByRole('heading', { level: 2, name: 'In the backup' })).toBeVisible();
        await expect(console.getByRole('heading', { level: 2, name: 'After the backup' })).toHaveCount(0);
        await expect(recoveryNotes(console)).toContainText('A backup was restored');
      }
      // What it replaced is kept, and the restore survives a restart.
      await server.restart('SIGKILL');
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: 'In the backup' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'After the backup' })).toHaveCount(0);
    } finally {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a full disk: every console says so until the host saves again', async ({ page, context }) => {
    const root = mkdtempSync(join(tmpdir(), 'moderator-e2e-full-'));
    let mounted = false;
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', root], { stdio: 'ignore' });
      mounted = true;
    } catch (error) {
      console.info(`full-disk e2e skipped: this process may not mount a tmpfs (${(error as Error).message.split('\n')[0]}); tests/unit/store and tests/unit/host/faults.test.ts cover the full disk with SQLite's page limit`);
    }
    test.skip(!mounted, 'mounting a tmpfs is not permitted here: the unit-level full-disk tests cover it');
    const filler = join(root, 'filler');
    const server = await serveOn((dataDir) => mkdirSync(dataDir), root);
    try {
      await page.goto(server.url);
      const second = await context.newPage();
      await second.goto(server.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Everything that is left goes to a filler file; then captures until the host refuses one.
      writeFileSync(filler, Buffer.alloc(Math.max(0, Number(statfsSync(root).bavail) * Number(statfsSync(root).bsize) - 64 * 1024)));
      const text = 'Establish a regional platform of women mediators. '.repeat(70);
      let refused: { ok: boolean; error?: { code: string; message: string } } | null = null;
      for (let n = 0; refused === null && n < 200; n++) {
        const answer = await dispatch(page, { type: 'rec.add', recommendation: { text: `${n}: ${text}` } });
        if (!answer.ok) refused = answer;
      }
      expect(refused).toMatchObject({ ok: false, error: { code: 'not-saved', message: 'Not saved: the disk is full. Free some space; nothing was changed.' } });

      for (const console of [page, second]) {
        await expect(console.getByRole('alert').filter({ hasText: 'Not saved: the disk is full.' })).toContainText('Changes are refused until there is free space again; everything saved before is safe.');
      }

      rmSync(filler);
      expect(await dispatch(page, { type: 'part.add', title: 'Saved again' })).toMatchObject({ ok: true });
      for (const console of [page, second]) {
        await expect(console.getByRole('heading', { level: 2, name: 'Saved again' })).toBeVisible();
        await expect(console.getByRole('alert').filter({ hasText: 'Not saved: the disk is full.' })).toHaveCount(0);
      }
    } finally {
      await server.stop();
      if (mounted) execFileSync('umount', [root]);
      rmSync(root, { recursive: true, force: true });
    }
  });
});
