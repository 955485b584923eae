/**
 * Two serve processes on one data dir (issue 12, finding 5: both
 * acknowledged commands, and a restart kept only one side's). The second
 * refuses to start, with one line naming the folder and the process that
 * holds it, and changes nothing; the first goes on serving. Once the first
 * is killed with -9, nothing of it blocks a new one: the lock died with it.
 * Real processes, from the TypeScript source (no build needed).
 */
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ServeRunner } from '../../crash/serve-runner';
import { tempDir } from '../helpers';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A serve process that is expected to refuse to start: its exit code and what it printed. */
function refusedStart(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'host', 'cli', 'serve.ts'), '--port', '0', '--data-dir', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function sessionOf(url: string): Promise<{ version: number }> {
  const response = await fetch(`${url}api/call/session.snapshot`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url.slice(0, -1) }, body: '{}' });
  const reply = (await response.json()) as { ok: boolean; value: { version: number } };
  if (!reply.ok) throw new Error(`session.snapshot refused: ${JSON.stringify(reply)}`);
  return reply.value;
}

it('a second serve process on the same folder refuses to start, naming the folder and the holder; a killed holder blocks nothing', async () => {
  const dataDir = join(await tempDir('two-serves'), 'session');
  const first = new ServeRunner(dataDir, 'source');
  const url = await first.start();
  try {
    const before = await sessionOf(url);

    const second = await refusedStart(dataDir);

    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    const lines = second.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^Moderator Console could not start: The session folder ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by Moderator Console 0\\.0\\.0 \\(process \\d+ on ${hostname().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)\\. Close that one first, or start with another data dir \\(--data-dir\\)\\.$`,
      ),
    );
    // The first goes on serving the same session.
    expect(await sessionOf(url)).toEqual(before);

    await first.kill();
    const third = new ServeRunner(dataDir, 'source');
    const thirdUrl = await third.start();
    expect((await sessionOf(thirdUrl)).version).toBe(0);
    await third.stop();
  } finally {
    await first.stop();
  }
}, 90_000);
