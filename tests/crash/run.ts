/**
 * The crash harness, long form: `npm run test:crash` (builds first), or
 * `tsx tests/crash/run.ts --seed 7 --kills 40 --commands 3000` against the
 * built bundle (`--source` runs electron/host/cli/serve.ts under tsx instead).
 * Prints a line per restart, then the counts; exits 1 if a target is missed.
 * The same seed gives the same commands and kill points; which in-flight
 * commands the host reached before each kill still depends on timing.
 */
import { parseArgs } from 'node:util';
import { formatReport, runCrashTest } from './harness';
import type { ServeBuild } from './serve-runner';

const USAGE = 'usage: tsx tests/crash/run.ts [--seed 20231016] [--kills 30] [--commands 2000] [--source]';

function whole(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    console.error(`--${name} must be a whole number of at least ${min}, got "${text}"\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20231016' },
    kills: { type: 'string', default: '30' },
    commands: { type: 'string', default: '2000' },
    source: { type: 'boolean', default: false },
  },
  strict: true,
});
const build: ServeBuild = values.source ? 'source' : 'bundle';
const kills = whole('kills', values.kills, 0);
const options = { seed: whole('seed', values.seed, 0), kills, commands: whole('commands', values.commands, 2 * (kills + 1)), build };

console.log(`crash harness: seed ${options.seed}, ${options.kills} kills, ${options.commands} commands from the first client and a second client's captures alongside (replay: --seed ${options.seed})`);
const report = await runCrashTest({ ...options, log: (line) => console.log(line) });
console.log(formatReport(report).join('\n'));
process.exit(report.failures.length === 0 ? 0 : 1);
