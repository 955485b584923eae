/**
 * `npm run bench`: every benchmark, one table (also written to
 * out/bench/results.json). Figures are medians or p95 over repeated runs
 * after warm-up; the machine (2 cores, shared) is noisy, so compare orders
 * of magnitude and ratios, not single milliseconds.
 */
import { hostBenchmarks } from './host';
import { storeBenchmarks } from './store';
import { timerDrift } from './timer-drift';
import { timerSync } from './timer-sync';
import { rendererBenchmarks } from './renderer';
import { fanOutBenchmarks } from './fanout';
import { exportBenchmarks } from './exports';
import { agendaBenchmarks } from './agenda';
import { floodBenchmarks } from './flood';
import { apiBenchmarks } from './api';
import { payloadBenchmarks } from './payloads';
import { coldStartBenchmarks } from './cold-start';
import { dayBenchmarks } from './day';
import { printTable, writeResults, type Figure } from './report';

const suites: Array<[string, () => Promise<Figure[]>]> = [
  ['host', hostBenchmarks],
  ['store', storeBenchmarks],
  ['timer drift', timerDrift],
  ['timer sync', timerSync],
  ['fan-out', fanOutBenchmarks],
  ['payloads', payloadBenchmarks],
  ['cold start', coldStartBenchmarks],
  ['day', dayBenchmarks],
  ['exports', exportBenchmarks],
  ['agenda', agendaBenchmarks],
  ['abuse', floodBenchmarks],
  ['remote', apiBenchmarks],
  ['renderer', rendererBenchmarks],
];

const startedAt = new Date();
const only = process.argv.slice(2);
const figures: Figure[] = [];
const failed: string[] = [];
for (const [name, run] of suites) {
  if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
  const start = performance.now();
  process.stderr.write(`running ${name}… `);
  try {
    figures.push(...(await run()));
    process.stderr.write(`${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    // One suite failing (a step past its deadline) still leaves the others' figures.
    process.stderr.write(`FAILED after ${((performance.now() - start) / 1000).toFixed(1)} s\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    failed.push(name);
  }
}
console.log(printTable(figures));
console.log(`\nwritten to ${await writeResults(figures, startedAt)}`);
const missed = figures.filter((f) => f.met === false);
if (missed.length > 0) console.log(`${missed.length} figure(s) missed their target.`);
if (failed.length > 0) console.log(`${failed.length} benchmark(s) failed: ${failed.join(', ')}.`);
// Every browser and server is closed by now; nothing left running keeps the bench from ending.
process.exit(failed.length > 0 ? 1 : 0);
