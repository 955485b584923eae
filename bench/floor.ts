/**
 * Floors measured in the same run as the figures they judge: a bare `ws`
 * broadcast (bench/floor-server.ts) of a frame of the same size to the same
 * number of views, and a bare append + fdatasync of one journal-sized line.
 * Absolute times move 10-30 % between runs here; ratios to a floor of the
 * same run do not.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { median, p95 } from './stats';
import { until, within } from './wait';

export interface Spread {
  median: number;
  p95: number;
}

export const spreadOf = (samples: number[]): Spread => ({ median: median(samples), p95: p95(samples) });


function openSocket(url: string, step: string): Promise<WebSocket> {
  const socket = new WebSocket(url);
  return within(
    new Promise<WebSocket>((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    }),
    10_000,
    step,
  );
}

export class FloorServer {
  private constructor(
    private readonly child: ChildProcess,
    private readonly url: string,
  ) {}

  static async start(): Promise<FloorServer> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'floor-server.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const port = await until(() => /floor listening on (\d+)/.exec(output)?.[1], 15_000, 'floor server: listening');
      return new FloorServer(child, `ws://127.0.0.1:${port}`);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
  }

  /**
   * `views` bare views of the floor server, and a function that times one
   * broadcast of a `frameBytes` frame to all of them (sent to all, read by all).
   */
  async views(views: number): Promise<{ once(frameBytes: number): Promise<number>; close(): void }> {
    const sockets: WebSocket[] = [];
    const close = () => sockets.forEach((socket) => socket.terminate());
    try {
      const control = await openSocket(`${this.url}/control`, 'floor: control socket');
      sockets.push(control);
      const waiting = new Map<number, { left: number; resolve: () => void }>();
      for (let v = 0; v < views; v++) {
        const view = await openSocket(`${this.url}/view`, `floor: view ${v + 1} of ${views}`);
        sockets.push(view);
        // Each view reads the frame as a view of the host does.
        view.on('message', (data: Buffer) => {
          const { payload } = JSON.parse(data.toString()) as { payload: { id: number } };
          const entry = waiting.get(payload.id);
          if (entry && --entry.left === 0) {
            waiting.delete(payload.id);
            entry.resolve();
          }
        });
      }
      let id = 0;
      return {
        close,
        async once(frameBytes: number): Promise<number> {
          const frameId = ++id;
          const all = new Promise<void>((resolve) => waiting.set(frameId, { left: views, resolve }));
          const start = performance.now();
          control.send(JSON.stringify({ id: frameId, size: frameBytes }));
          await within(all, 10_000, `floor: broadcast ${frameId} to ${views} views`);
          return performance.now() - start;
        },
      };
    } catch (error) {
      close();
      throw error;
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
      setTimeout(() => this.child.kill('SIGKILL'), 3000).unref();
    });
  }
}

/** A journal-like file in a temp dir: one line of `lineBytes` appended and fdatasync'd per call, as a journal entry is saved. */
export async function fdatasyncFloor(lineBytes: number): Promise<{ once(): Promise<number>; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'moderator-floor-'));
  const file = await open(join(dir, 'journal.jsonl'), 'a');
  const line = `${'x'.repeat(Math.max(1, lineBytes - 1))}\n`;
  return {
    async once() {
      const start = performance.now();
      await file.write(line);
      await file.datasync();
      return performance.now() - start;
    },
    async close() {
      await file.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
