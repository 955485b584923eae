/**
 * Runs the real serve mode (built bundle, plain Node) on a free port with a
 * temp data dir, and can stop it gently, kill it (-9) or restart it on the
 * same data dir and the same port, so pages left open reconnect to it as
 * they would to a host restarted in the venue. Used by the e2e tests and the
 * benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SERVE = join(process.cwd(), 'out', 'electron', 'serve.mjs');
const START_BUDGET_MS = 60_000;

export class ServeProcess {
  private child: ChildProcess | null = null;
  /** The port of the first start; later starts take it again. */
  private port = 0;
  url = '';

  constructor(readonly dataDir: string) {}

  /** The running host's process id (for memory readings), or null when it is not running. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async start(extraArgs: string[] = []): Promise<string> {
    if (!existsSync(SERVE)) throw new Error(`${SERVE} is missing: run "npm run build" before the e2e tests`);
    const child = spawn(process.execPath, [SERVE, '--port', String(this.port), '--lan-port', '0', '--data-dir', this.dataDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let startTimer: ReturnType<typeof setTimeout> | undefined;
    const started = new Promise<string>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /serving at (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code, signal) => {
        reject(new Error(`serve exited with ${code}: ${output}`));
        // A host that dies on its own (not stopped here) would otherwise only show as refused connections.
        if (this.child === child) console.error(`serve exited unexpectedly (${code ?? signal}):\n${output.slice(-4000)}`);
      });
      // Generous: on a shared 2-core machine under load a start has taken over 25 s; a host that can not start fails with its output at once.
      startTimer = setTimeout(() => reject(new Error(`serve did not start in ${START_BUDGET_MS / 1000} s: ${output}`)), START_BUDGET_MS);
    });
    try {
      this.url = await started;
    } catch (error) {
      // Never leave a host behind that did not come up.
      this.child = null;
      child.kill('SIGKILL');
      throw error;
    } finally {
      clearTimeout(startTimer);
    }
    this.port = Number(new URL(this.url).port);
    return this.url;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = null;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  async restart(signal: NodeJS.Signals = 'SIGTERM'): Promise<string> {
    await this.stop(signal);
    return this.start();
  }
}
