/**
 * Cold start to first state: from spawning serve mode (plain Node, the
 * bundle `npm run build` makes, on the Node running the bench) until a
 * console's socket has the session's opening snapshot, on the example
 * conference. Against the same entry point built the old way, with its
 * dependencies left outside the bundle (date-fns's index loads 245 modules
 * one by one at run time), built here into a temp dir.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { figure, type Figure } from './report';
import { median } from './stats';
import { BenchClient } from './ws-client';
import { cleanUp, until } from './wait';

const RUNS = 7;

async function coldStart(entry: string, dataDir: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [entry, '--port', '0', '--lan-port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let client: BenchClient | null = null;
  try {
    const url = await until(() => /serving at (http:\/\/\S+)/.exec(output)?.[1], 15_000, `cold start: ${entry} serving`, 1);
    client = await BenchClient.open(`${url.replace('http', 'ws')}ws`, 'cold start: the console', { mirror: false });
    await client.opened('cold start: the console');
    return performance.now() - start;
  } finally {
    await cleanUp(
      () => client?.close(),
      () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    );
  }
}

export async function coldStartBenchmarks(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'moderator-cold-'));
  try {
    const bundled = join('out', 'electron', 'serve.mjs');
    // The old build: the same entry with every package outside the bundle, resolved from node_modules at run time.
    const unbundled = join(process.cwd(), 'out', 'bench-unbundled', 'serve.mjs');
    await build({ entryPoints: ['electron/host/cli/serve.ts'], bundle: true, platform: 'node', target: 'node20', format: 'esm', outfile: unbundled, packages: 'external', logLevel: 'warning' });
    const dataDir = join(dir, 'data');
    // A first start writes the example conference; every measured start then opens it.
    await coldStart(bundled, dataDir);
    const times = { bundled: [] as number[], unbundled: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      times.bundled.push(await coldStart(bundled, dataDir));
      times.unbundled.push(await coldStart(unbundled, dataDir));
    }
    return [
      figure('startup', `cold start to first state, serve mode (median of ${RUNS}, Node ${process.versions.node})`, 'ms', median(times.bundled), { max: Math.round(0.7 * 498) }, `≤ 0.7 × the peer's 498 ms; dependencies outside the bundle: ${median(times.unbundled).toFixed(0)} ms`),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(join('out', 'bench-unbundled'), { recursive: true, force: true });
  }
}
