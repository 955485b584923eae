// `npm run lint:electron`: Electronegativity (Doyensec's Electron security
// scanner) over the Electron layer and the renderer's page, in npm test.
// Every finding must be fixed or justified: a justified one is listed in
// docs/electronegativity.json with the reason (docs/security.md explains
// each); a finding not listed fails, and so does a listed one that no longer
// occurs, so the list stays true. The scanner looks up translations and
// Electron releases on the internet; offline it says so and scans anyway.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const justified = JSON.parse(readFileSync(join(root, 'docs', 'electronegativity.json'), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

// One tree with the main process, the preloads and the page, as the app ships them.
const scan = mkdtempSync(join(tmpdir(), 'electronegativity-'));
try {
  cpSync(join(root, 'electron'), join(scan, 'electron'), { recursive: true });
  cpSync(join(root, 'renderer', 'index.html'), join(scan, 'renderer', 'index.html'));
  // SARIF, not CSV: the scanner writes its CSV header and its rows with two racing asynchronous writes, and a
  // loaded machine once got the header over the start of the first row (a finding read as "lf'; script-src…").
  const report = join(scan, 'findings.sarif');
  const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
  const run = spawnSync(process.execPath, [cli, '-i', scan, '-e', electronVersion, '-r', '-o', report], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity exited with ${run.status}`);
  }
  const findings = JSON.parse(readFileSync(report, 'utf8')).runs[0].results.map((result) => {
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    return { issue: result.ruleId, level: result.level, file: artifactLocation.uri, location: `${region.startLine}:${region.startColumn}`, description: result.message.text };
  });
  const key = (f) => `${f.issue} ${f.file}`;
  const allowed = new Map(justified.map((j) => [key(j), j]));
  const unexplained = findings.filter((f) => !allowed.has(key(f)));
  const stale = justified.filter((j) => !findings.some((f) => key(f) === key(j)));
  console.log(`electronegativity ${electronVersion}: ${findings.length} findings, ${findings.length - unexplained.length} justified in docs/electronegativity.json`);
  for (const f of findings) console.log(`  ${allowed.has(key(f)) ? 'justified' : 'NEW      '} ${f.issue} (${f.level}) ${f.file}:${f.location}`);
  if (unexplained.length > 0 || stale.length > 0) {
    for (const f of unexplained) console.error(`fix or justify: ${f.issue} at ${f.file}:${f.location} (${f.description})`);
    for (const j of stale) console.error(`no longer found, remove it from docs/electronegativity.json: ${j.issue} ${j.file}`);
    process.exit(1);
  }
} finally {
  rmSync(scan, { recursive: true, force: true });
}
