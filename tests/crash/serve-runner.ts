/**
 * Serve mode as a real process on a free port and a fixed data dir, which
 * the harness kills with SIGKILL and starts again. Either the built bundle
 * (out/electron/serve.mjs, what `npm run serve` runs) or the TypeScript
 * source under `node --import tsx` (one process, so SIGKILL hits the host
 * itself, not a wrapper; no build needed, for the unit phase of npm test).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ServeBuild = 'bundle' | 'source';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY: Record<ServeBuild, string[]> = {
  bundle: [join(ROOT, 'out', 'electron', 'serve.mjs')],
  source: ['--import', 'tsx', join(ROOT, 'electron', 'host', 'cli', 'serve.ts')],
};

export class StartFailure extends Error {}

export class ServeRunner {
  private child: ChildProcess | null = null;
  url = '';
  /** Lines the server printed to stderr over the run (recovery notes, errors). */
  readonly stderr: string[] = [];

  constructor(
    readonly dataDir: string,
    readonly build: ServeBuild,
    readonly startTimeoutMs = 20_000,
  ) {
    if (build === 'bundle' && !existsSync(ENTRY.bundle[0]!)) throw new Error(`${ENTRY.bundle[0]} is missing: run "npm run build" first`);
  }

  /** Starts serve mode; resolves with its URL once printed, or fails with what it printed. */
  async start(): Promise<string> {
    const child = spawn(process.execPath, [...ENTRY[this.build], '--port', '0', '--data-dir', this.dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      this.stderr.push(...chunk.toString().split('\n').filter((line) => line.trim() !== ''));
    });
    try {
      this.url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL within ${this.startTimeoutMs} ms`)), this.startTimeoutMs);
        child.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /serving at (http:\/\/\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new Error(`exited (${signal ?? code}) before serving`));
        });
      });
    } catch (error) {
      await this.kill();
      throw new StartFailure(`${(error as Error).message}: ${output.trim()}`);
    }
    return this.url;
  }

  /** kill -9, then waits until the process is gone. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  /** kill -9 at once, from inside an event handler (then `kill()` waits for the exit). */
  killNow(): void {
    this.child?.kill('SIGKILL');
  }

  /** A clean stop (SIGTERM: the host writes a final snapshot). */
  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}
