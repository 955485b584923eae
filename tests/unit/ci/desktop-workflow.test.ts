/**
 * The desktop workflow (.github/workflows/desktop.yml), checked here where
 * it can not run: it is a valid workflow by GitHub's own parser and schema
 * (@actions/workflow-parser, the one behind GitHub's workflow editor: it
 * also checks expressions and where each context may be used); it runs the
 * same test command as .ci/run and the README; its steps come in the order
 * the native modules need (built for Node for the tests, then for Electron
 * before the Electron tests and the installers); and it keeps the usual
 * guards (read-only token, pinned actions, no secret in a script, time
 * limits, artifacts that expire).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const fromRoot = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

const WORKFLOW_PATH = '.github/workflows/desktop.yml';
const workflowText = fromRoot(WORKFLOW_PATH);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  'timeout-minutes'?: number;
  permissions?: unknown;
  strategy: { matrix: { os: string[] } };
  steps: Step[];
}
interface Workflow {
  permissions: unknown;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const workflow = parse(workflowText) as Workflow;
const jobs = Object.values(workflow.jobs);
const steps = jobs.flatMap((job) => job.steps);
const runs = (step: Step) => (step.run ?? '').split('\n').map((line) => line.trim()).filter(Boolean);

/** Every message GitHub's parser has for a workflow's text, where it is (line, column) included. */
async function workflowErrors(text: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: WORKFLOW_PATH, content: text }, new NoOperationTraceWriter());
  // Converting checks what parsing does not (expressions and the contexts they may read), into the same list.
  await convertWorkflowTemplate(parsed.context, parsed.value!);
  return parsed.context.errors.getErrors().map((error) => error.message);
}

/** The commands of the README's "Test it" section (its shell block). */
function readmeTestCommands(): string[] {
  const section = fromRoot('README.md').split(/^## /m).find((part) => part.startsWith('Test it\n'));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no shell block under "## Test it"');
  return block[1]!.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** What .ci/run runs once it has installed: each `scripts/with-node.sh` command but `npm ci`. */
function ciRunTestCommands(): string[] {
  const prefix = 'scripts/with-node.sh ';
  return fromRoot('.ci/run')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length))
    .filter((command) => !command.startsWith('npm ci'));
}

/** The index of the one step whose script has `command` as a line (or ends with it, after a wrapper such as xvfb-run). */
function stepRunning(command: string, where: (step: Step) => boolean = () => true): number {
  const found = steps.flatMap((step, index) => (where(step) && runs(step).some((line) => line === command || line.endsWith(` ${command}`)) ? [index] : []));
  if (found.length !== 1) throw new Error(`${found.length} steps run \`${command}\`, expected one`);
  return found[0]!;
}

const onLinux = (step: Step) => step.if === "runner.os == 'Linux'";
const offLinux = (step: Step) => step.if === "runner.os != 'Linux'";

describe('the desktop workflow', () => {
  it('is a valid GitHub Actions workflow, by GitHub’s own parser', async () => {
    expect(await workflowErrors(workflowText)).toEqual([]);
  });

  it('the check has teeth: a misspelt key, a wrong value, and a secret where no secret may be read are refused, each with its line', async () => {
    const misspelt = workflowText.replace('runs-on: ${{ matrix.os }}', 'runs_on: ${{ matrix.os }}');
    const wrongValue = workflowText.replace('contents: read', 'contents: reed');
    // GitHub does not let a step's `if` read secrets: a step meant to sign only with a certificate would never run.
    const secretInIf = workflowText.replace('- name: Installers (unsigned unless the signing secrets are set)\n', "$&        if: secrets.MAC_CSC_LINK != ''\n");
    for (const broken of [misspelt, wrongValue, secretInIf]) expect(broken).not.toBe(workflowText);

    const at = (message: string) => expect.stringMatching(new RegExp(`^${WORKFLOW_PATH} \\(Line: \\d+, Col: \\d+\\): ${message}`));
    expect(await workflowErrors(misspelt)).toEqual(expect.arrayContaining([at("Unexpected value 'runs_on'")]));
    expect(await workflowErrors(wrongValue)).toEqual([at("Unexpected value 'reed'")]);
    expect(await workflowErrors(secretInIf)).toEqual([at("Unrecognized named-value: 'secrets'")]);
  });

  it('runs the same test command as .ci/run and the README, once, as it is', () => {
    const command = readmeTestCommands();
    expect(command.length).toBeGreaterThan(0);
    expect(ciRunTestCommands()).toEqual(command);
    for (const line of command) expect(steps.filter((step) => runs(step).includes(line)), line).toHaveLength(1);
  });

  it('installs LibreOffice and poppler on every system before the tests that open the exported files, as .ci/run does', () => {
    const install = steps.findIndex((step) => runs(step).some((line) => line.includes('libreoffice-calc-nogui')));
    expect(install).toBeGreaterThanOrEqual(0);
    const script = runs(steps[install]!).join('\n');
    for (const os of ['Linux)', 'macOS)', 'Windows)']) expect(script).toContain(os);
    for (const what of ['poppler-utils', 'brew install poppler', 'libreoffice', 'choco install']) expect(script).toContain(what);
    expect(install).toBeLessThan(stepRunning(readmeTestCommands()[0]!));
    for (const what of ['soffice', 'pdftotext', 'libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils']) expect(fromRoot('.ci/run')).toContain(what);
  });

  it('runs on Linux, Windows and macOS, each to the end even when another fails', () => {
    for (const job of jobs) {
      expect(job['runs-on']).toBe('${{ matrix.os }}');
      expect(job.strategy.matrix.os.map((os) => os.split('-')[0])).toEqual(['ubuntu', 'windows', 'macos']);
    }
    expect(workflowText).toContain('fail-fast: false');
  });

  it('tests first with native modules built for Node, then fetches Electron, rebuilds them for it, runs the Electron tests, builds the installers and smoke-tests them', () => {
    const order = [
      stepRunning(readmeTestCommands()[0]!),
      stepRunning('npx --no install-electron'),
      stepRunning('npx --no electron-builder install-app-deps'),
      stepRunning('npm run test:electron', onLinux),
      stepRunning('npm run test:electron', offLinux),
      stepRunning('npm run dist -- --publish never'),
      stepRunning('npm run test:packaged', onLinux),
      stepRunning('npm run test:packaged', offLinux),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The Electron runtime needs a display: on Linux the Electron tests and the smoke test run on a virtual one.
    for (const script of ['test:electron', 'test:packaged']) {
      expect(runs(steps[stepRunning(`npm run ${script}`, onLinux)]!).join('\n')).toMatch(new RegExp(`^xvfb-run .* npm run ${script}$`));
    }
  });

  it('runs only npm scripts that exist, with the Node version the project declares', () => {
    const scripts = (JSON.parse(fromRoot('package.json')) as { scripts: Record<string, string> }).scripts;
    const named = steps.flatMap(runs).flatMap((line) => [...line.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!));
    expect(named.length).toBeGreaterThan(0);
    for (const script of named) expect(Object.keys(scripts), script).toContain(script);

    const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
    const engines = (JSON.parse(fromRoot('package.json')) as { engines: { node: string } }).engines.node;
    expect(engines).toMatch(/^>=(\d+)\.\d+\.\d+$/);
    // .nvmrc names a major version (the newest of that line): it must be the one engines start from.
    expect(fromRoot('.nvmrc').trim()).toBe(/^>=(\d+)/.exec(engines)![1]);
  });

  it('holds a read-only token, pins every action to a commit, and never writes an expression into a script', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of jobs) expect(job.permissions).toBeUndefined();
    const uses = workflowText.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'persist-credentials': false });
    // Secrets and other expressions reach scripts only through env, so nothing in them is ever run as shell code.
    for (const step of steps) expect(step.run ?? '', step.name).not.toContain('${{');
  });

  it('signs the installers only when the secrets are there, and says so either way', () => {
    const dist = steps[stepRunning('npm run dist -- --publish never')]!;
    expect(Object.values(dist.env ?? {}).every((value) => /^\$\{\{ secrets\.[A-Z_]+ \}\}$/.test(value))).toBe(true);
    expect(dist.run).toContain('export CSC_IDENTITY_AUTO_DISCOVERY=false');
    expect(dist.run).toContain('the installer is not signed');
    expect(dist.name).toMatch(/unsigned unless the signing secrets are set/);
  });

  it('keeps its runs in bounds: one run per branch at a time, time limits, artifacts that expire', () => {
    expect(workflow.concurrency).toEqual({ group: expect.stringContaining('${{ github.ref }}'), 'cancel-in-progress': true });
    for (const job of jobs) expect(job['timeout-minutes']).toBeGreaterThan(0);
    const uploads = steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((step) => step.with?.name)).toEqual(['installers-${{ runner.os }}', 'test-results-${{ runner.os }}']);
    for (const upload of uploads) expect(upload.with?.['retention-days']).toBeGreaterThan(0);
    expect(String(uploads[0]!.with?.path).split('\n').filter(Boolean)).toEqual(['release/*.AppImage', 'release/*.deb', 'release/*.exe', 'release/*.dmg']);
  });
});
