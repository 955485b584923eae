/**
 * Runs tests/unit/store/store-child.ts as a real second process and reads
 * what it prints, so a test can hold a folder in another process, kill -9
 * it mid-session, and know exactly which commands it acknowledged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./store-child.ts', import.meta.url));

export interface ChildReport {
  acked: number[];
  ready: { pid: number; lastSeq: number } | null;
  refused: string | null;
}

export class StoreChild {
  readonly report: ChildReport = { acked: [], ready: null, refused: null };
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Starts the child and waits until it holds the folder (or refused to). */
  static async start(dir: string, commands: number): Promise<StoreChild> {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(commands)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const running = new StoreChild(child);
    onTestFinished(() => running.kill());
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      let buffered = '';
      const timer = setTimeout(() => reject(new Error(`the store child did not report within 30 s: ${stderr}`)), 30_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        let newline: number;
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = JSON.parse(buffered.slice(0, newline)) as Partial<{ acked: number; ready: ChildReport['ready']; refused: string }>;
          buffered = buffered.slice(newline + 1);
          if (line.acked !== undefined) running.report.acked.push(line.acked);
          if (line.ready !== undefined) running.report.ready = line.ready;
          if (line.refused !== undefined) running.report.refused = line.refused;
          if (line.ready !== undefined || line.refused !== undefined) {
            clearTimeout(timer);
            resolve();
          }
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        if (running.report.ready === null && running.report.refused === null) reject(new Error(`the store child exited (${code}): ${stderr}`));
      });
    });
    return running;
  }

  /** kill -9, and waits until the process is gone (its OS locks with it). */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
