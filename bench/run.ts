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
import { floodBenchmarks } from './flood';
import { apiBenchmarks } from './api';
import { printTable, writeResults, type Figure } from './report';

const suites: Array<[string, () => Promise<Figure[]>]> = [
  ['host', hostBenchmarks],
  ['store', storeBenchmarks],
  ['timer drift', timerDrift],
  ['timer sync', timerSync],
  ['fan-out', fanOutBenchmarks],
  ['exports', exportBenchmarks],
  ['abuse', floodBenchmarks],
  ['remote', apiBenchmarks],
  ['renderer', rendererBenchmarks],
];

const startedAt = new Date();
const only = process.argv.slice(2);
const figures: Figure[] = [];
for (const [name, run] of suites) {
  if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
  const start = performance.now();
  process.stderr.write(`running ${name}… `);
  figures.push(...(await run()));
  process.stderr.write(`${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}
console.log(printTable(figures));
console.log(`\nwritten to ${await writeResults(figures, startedAt)}`);
const missed = figures.filter((f) => f.met === false);
if (missed.length > 0) console.log(`${missed.length} figure(s) missed their target.`);
