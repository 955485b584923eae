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

interface Line {
  acked?: number;
  refusedAppend?: { seq: number; reason: string; message: string };
  ready?: { pid: number; lastSeq: number };
  refused?: string;
  done?: { lastSeq: number };
}

export interface ChildOptions {
  /** Make each command's title this long, to fill a disk quickly. */
  titleBytes?: number;
  maxPageCount?: number;
}

export class StoreChild {
  /** Every command the child acknowledged, in order. */
  readonly acked: number[] = [];
  readonly refusedAppends: NonNullable<Line['refusedAppend']>[] = [];
  ready: Line['ready'] | null = null;
  refused: string | null = null;
  private readonly exited: Promise<void>;
  private stderr = '';
  private waiting: { until: (line: Line) => boolean; resolve: () => void } | null = null;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        this.take(JSON.parse(buffered.slice(0, newline)) as Line);
        buffered = buffered.slice(newline + 1);
      }
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  private take(line: Line): void {
    if (line.acked !== undefined) this.acked.push(line.acked);
    if (line.refusedAppend !== undefined) this.refusedAppends.push(line.refusedAppend);
    if (line.ready !== undefined) this.ready = line.ready;
    if (line.refused !== undefined) this.refused = line.refused;
    if (this.waiting?.until(line)) {
      this.waiting.resolve();
      this.waiting = null;
    }
  }

  private wait(until: (line: Line) => boolean, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the store child did not ${what} within 60 s: ${this.stderr}`)), 60_000);
      this.waiting = {
        until,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      void this.exited.then(() => {
        clearTimeout(timer);
        if (this.waiting !== null) reject(new Error(`the store child exited before it could ${what}: ${this.stderr}`));
      });
    });
  }

  /** Starts the child on `dir` and waits until it holds the folder and appended `commands` (or refused to open). */
  static async start(dir: string, commands: number, options: ChildOptions = {}): Promise<StoreChild> {
    const args = [String(options.titleBytes ?? 0), ...(options.maxPageCount === undefined ? [] : [String(options.maxPageCount)])];
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(commands), ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const running = new StoreChild(child);
    onTestFinished(() => running.kill());
    await running.wait((line) => line.ready !== undefined || line.refused !== undefined, 'open the store');
    return running;
  }

  /** "append <n>" or "fill"; resolves when the child finished the batch. */
  async send(request: string): Promise<void> {
    const done = this.wait((line) => line.done !== undefined, `finish "${request}"`);
    this.child.stdin!.write(`${request}\n`);
    await done;
  }

  /** kill -9, and waits until the process is gone (its OS locks with it). */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
