/**
 * The crash harness: serve mode as a real process on a temp data dir, a
 * stream of commands from a WebSocket client and, on a second connection,
 * a second rapporteur's captures (second-client.ts), kill -9 at random
 * moments while commands of both are in flight, a restart on the same data
 * dir, and after each restart the checks of verify.ts and of the second
 * client (lost, duplicated). The last cycle ends with a clean stop
 * (SIGTERM) instead, so the final snapshot is checked too.
 *
 * Entry points: tests/crash/run.ts (`npm run test:crash`, the long form)
 * and tests/unit/crash.test.ts (the short form, inside `npm test`).
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionDoc } from '../../shared/session/document';
import { CrashClient, sleep, type Observed, type Sent } from './client';
import { differences, project, SessionModel } from './model';
import { Random } from './random';
import { ServeRunner, type ServeBuild } from './serve-runner';
import { verifyCycle, type CycleVerdict } from './verify';
import { Workload, type Planned } from './workload';
import { SecondClient, isSecondClients, verifySecond, type SecondVerdict } from './second-client';
import { SNAPSHOT_AFTER_COMMANDS } from '../../electron/host/session/session-host';

export interface CrashOptions {
  seed: number;
  kills: number;
  commands: number;
  build: ServeBuild;
  /** One line per restart; silent when absent. */
  log?: (line: string) => void;
}

export interface CrashCounts {
  commandsSent: number;
  acknowledged: number;
  recovered: number;
  lost: number;
  /** A command's effect found more than once after a restart (both clients). */
  duplicated: number;
  /** The second client's captures: sent and acknowledged (also counted in commandsSent and acknowledged). */
  secondSent: number;
  secondAcknowledged: number;
  halfApplied: number;
  restarts: number;
  restartsFailed: number;
  timerChecked: number;
  timerWrong: number;
  timerUncheckable: number;
  kills: number;
  killsUnanswered: number;
  refused: number;
  unackedApplied: number;
  unackedAbsent: number;
  exactRecoveries: number;
  unexplained: number;
  modelMismatches: number;
  protocolAnomalies: number;
}

export interface CrashReport {
  options: CrashOptions;
  counts: CrashCounts;
  /** Every missed target, with the command and what was found. Empty when the run passed. */
  failures: string[];
  durationMs: number;
  /** The data dir, kept for inspection when the run failed. */
  keptDataDir: string | null;
}

/** Most commands in flight outside the burst before a kill. */
const WINDOW = 8;
/**
 * The host takes a snapshot once SNAPSHOT_AFTER_COMMANDS commits wait
 * (and when the session is quiet), counted from its start. One cycle of
 * the long form runs that far and is killed around that commit, so a kill
 * can land while the snapshot is written.
 */
const SNAPSHOT_EVERY = SNAPSHOT_AFTER_COMMANDS;
const MAX_FAILURE_LINES = 40;

export async function runCrashTest(options: CrashOptions): Promise<CrashReport> {
  const started = performance.now();
  const rng = new Random(options.seed);
  const workload = new Workload(rng);
  const counts: CrashCounts = {
    commandsSent: 0,
    acknowledged: 0,
    recovered: 0,
    lost: 0,
    duplicated: 0,
    secondSent: 0,
    secondAcknowledged: 0,
    halfApplied: 0,
    restarts: 0,
    restartsFailed: 0,
    timerChecked: 0,
    timerWrong: 0,
    timerUncheckable: 0,
    kills: 0,
    killsUnanswered: 0,
    refused: 0,
    unackedApplied: 0,
    unackedAbsent: 0,
    exactRecoveries: 0,
    unexplained: 0,
    modelMismatches: 0,
    protocolAnomalies: 0,
  };
  const failures: string[] = [];
  const fail = (line: string) => {
    if (failures.length < MAX_FAILURE_LINES) failures.push(line);
  };
  const log = options.log ?? (() => undefined);

  const plan = planCycles(rng, options.commands, options.kills);
  const dataDir = await mkdtemp(join(tmpdir(), 'moderator-crash-'));
  const server = new ServeRunner(dataDir, options.build);
  let model: SessionModel | null = null;
  let n = 0;

  // Every acknowledged command is checked against the model at once, so a
  // harness mistake shows as a mismatch here, not as a loss after a crash.
  const onAnswer = (sent: Sent, doc: SessionDoc) => {
    if (sent.outcome === 'rejected') {
      counts.refused++;
      fail(`#${sent.n} ${sent.command.type} was refused: ${sent.error?.field} ${sent.error?.message}`);
    } else {
      counts.acknowledged++;
      const diff = sent.expected && model ? differences(project(doc, model.tracked), sent.expected) : [];
      if (diff.length > 0) {
        counts.modelMismatches++;
        fail(`model and host disagree after #${sent.n} ${sent.command.type}: ${diff.slice(0, 3).join(', ')}`);
      }
    }
    delete sent.expected;
  };

  let client: CrashClient | null = null;
  let second: SecondClient | null = null;
  let secondNumber = 1;
  try {
    await server.start();
    client = await CrashClient.connect(server.url, onAnswer);
    for (const { commands, ending } of plan) {
      const other = await SecondClient.connect(server.url);
      second = other;
      other.start(rng, secondNumber);
      const cycleModel = SessionModel.fromDoc(client.doc);
      model = cycleModel;
      const base = new Map(cycleModel.projection);
      const { offsetMs } = await client.offset();
      const sent: Sent[] = [];
      const live: CrashClient = client;
      const send = (make = (k: number) => workload.next(cycleModel, k)): Sent => {
        const s: Sent = { ...make(++n), n, pos: sent.length + 1, sentAt: 0, outcome: 'pending', expected: new Map(cycleModel.projection) };
        sent.push(s);
        live.send(s);
        counts.commandsSent++;
        return s;
      };
      const cycle: Cycle = { live, server, rng, send, commands, second: other };
      const end =
        ending === 'burst'
          ? await killAfterBurst(cycle)
          : ending === 'rotation'
            ? await killAtRotation(cycle, dataDir)
            : ending === 'follow-up'
              ? await killAtFollowUp(cycle, (k) => workload.followedGoLive(cycleModel, k))
              : await stopCleanly(cycle);
      if (ending !== 'stop') counts.kills++;

      await live.until(() => !live.open);
      await other.abandon();
      other.close();
      secondNumber = other.nextNumber;
      const observed = [live.lastAnswered, ...live.since];
      const unanswered = live.abandon().length;
      if (ending !== 'stop' && unanswered > 0) counts.killsUnanswered++;
      counts.protocolAnomalies += live.anomalies.length;
      live.anomalies.forEach((a) => fail(`protocol: ${a}`));
      live.close();

      counts.restarts++;
      try {
        await server.start();
      } catch (error) {
        counts.restartsFailed++;
        fail(`restart ${counts.restarts} failed: ${(error as Error).message}`);
        client = null;
        break;
      }
      client = await CrashClient.connect(server.url, onAnswer);
      const after = await client.offset();
      const verdict = verifyCycle({
        sent,
        base,
        tracked: cycleModel.tracked,
        recovered: client.doc,
        observed,
        timing: { killAt: end.killAt, offsetBefore: offsetMs, hostAt: after.hostAt, clientAt: after.clientAt },
      });
      tally(verdict, counts, fail, counts.restarts);
      const secondVerdict = verifySecond(other.captures, client.doc);
      tallySecond(secondVerdict, other.captures.length, counts, fail, counts.restarts);
      const duplicatedFirst = duplicatedTexts(client.doc);
      counts.duplicated += duplicatedFirst.length;
      for (const text of duplicatedFirst) fail(`restart ${counts.restarts}: a recommendation is there twice: ${text.slice(0, 120)}`);
      log(`${describe(counts.restarts, end.how(observed), unanswered, sent, verdict)}; second client: ${other.captures.length} sent, ${secondVerdict.acked} acknowledged`);
    }
    if (counts.kills < options.kills) fail(`only ${counts.kills} of ${options.kills} kills were made`);
    if (counts.secondAcknowledged === 0) fail('the second client had no capture acknowledged');
  } catch (error) {
    fail(`the run stopped: ${(error as Error).stack ?? String(error)}`);
  } finally {
    client?.close();
    second?.close();
    await server.stop();
  }
  if (server.stderr.some((line) => /could not start|failed/i.test(line))) fail(`server errors: ${server.stderr.slice(-5).join(' | ')}`);
  const passed = failures.length === 0;
  if (passed) await rm(dataDir, { recursive: true, force: true });
  return { options, counts, failures, durationMs: performance.now() - started, keptDataDir: passed ? null : dataDir };
}

/**
 * How a cycle ends: kill -9 after a burst of commands, at the commit that
 * starts a snapshot rotation, at the first of the two journal entries of a
 * Go live (before its timer follow-up), or a clean stop (the last cycle).
 */
type Ending = 'burst' | 'rotation' | 'follow-up' | 'stop';

interface CyclePlan {
  commands: number;
  ending: Ending;
}

/**
 * Commands per cycle (kills + 1 cycles), random sizes adding up to
 * `commands`. With enough commands one killed cycle runs past the snapshot
 * point; with two kills or more, at least one is aimed at a follow-up.
 */
function planCycles(rng: Random, commands: number, kills: number): CyclePlan[] {
  const cycles = kills + 1;
  if (commands < 2 * cycles) throw new Error(`--commands must be at least twice the cycles (${2 * cycles})`);
  const rotation = kills >= 2 && commands - SNAPSHOT_EVERY * 1.1 >= 10 * cycles ? rng.int(0, kills - 1) : -1;
  const long = Math.ceil(SNAPSHOT_EVERY * 1.1);
  const rest = rotation < 0 ? commands : commands - long;
  const weights = Array.from({ length: cycles }, (_, i) => (i === rotation ? 0 : 0.5 + rng.next()));
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w, i) => (i === rotation ? long : Math.max(2, Math.floor((w / total) * rest))));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) !== commands; i = (i + 1) % cycles) {
    if (i === rotation) continue;
    const diff = commands - counts.reduce((a, b) => a + b, 0);
    if (diff > 0) counts[i]!++;
    else if (counts[i]! > 2) counts[i]!--;
  }
  const followUps = new Set(Array.from({ length: kills }, (_, i) => i).filter((i) => i !== rotation && rng.chance(0.25)));
  if (kills >= 2 && followUps.size === 0) followUps.add(rotation === 0 ? 1 : 0);
  const ending = (i: number): Ending => (i === kills ? 'stop' : i === rotation ? 'rotation' : followUps.has(i) ? 'follow-up' : 'burst');
  return counts.map((count, i) => ({ commands: count, ending: ending(i) }));
}

interface Cycle {
  live: CrashClient;
  server: ServeRunner;
  rng: Random;
  send: (make?: (n: number) => Planned) => Sent;
  commands: number;
  /** The second rapporteur, capturing all along. */
  second: SecondClient;
}

/** When the server went down (client clock), and how, for the progress line. */
interface CycleEnd {
  killAt: number;
  how: (observed: readonly Observed[]) => string;
}

/** A burst of 2 to 8 commands; kill once the host has answered part of it, give or take a tick, always with one in flight. */
async function killAfterBurst({ live, server, rng, send, commands }: Cycle): Promise<CycleEnd> {
  const burst = Math.min(commands, rng.int(2, 8));
  await stream(live, rng, commands - burst, send);
  for (let i = 0; i < burst; i++) {
    await live.ready(Infinity);
    send();
  }
  const left = rng.int(1, burst);
  await live.until(() => live.inFlight <= left);
  await jitter(rng);
  if (live.inFlight === 0) send();
  const killAt = Date.now();
  await server.kill();
  return { killAt, how: () => 'kill -9' };
}

/**
 * Runs up to the commit that starts a snapshot rotation (the host rotates
 * right after publishing it, in a few ms) with commands queued behind it,
 * and kills at once or within a few ms, whatever the feeding loop waits for.
 */
async function killAtRotation({ live, server, rng, send, commands }: Cycle, dataDir: string): Promise<CycleEnd> {
  await stream(live, rng, commands - 10, send, () => live.events >= SNAPSHOT_EVERY - 5);
  const reached = live.until(() => live.events >= SNAPSHOT_EVERY);
  const feeding = (async () => {
    while (live.events < SNAPSHOT_EVERY && live.open) {
      if (live.inFlight >= 3) await live.until(() => live.events >= SNAPSHOT_EVERY || live.inFlight < 3);
      else {
        await live.ready(3);
        if (live.events < SNAPSHOT_EVERY) send();
      }
    }
  })().catch(() => undefined);
  await reached;
  const delay = rng.pick([-1, 0, 1, 2, 4, 8]);
  if (delay >= 0) await sleep(delay);
  if (live.inFlight === 0) send();
  const killAt = Date.now();
  await server.kill();
  await feeding;
  const files = await listFiles(dataDir);
  return { killAt, how: () => `kill -9 at the snapshot point, leaving ${files}` };
}

/**
 * A Go live the host follows with a timer.select (two journal entries):
 * kill from inside the event handler as the first is published, racing the
 * host's append of the second.
 */
async function killAtFollowUp({ live, server, rng, send, commands }: Cycle, goLive: (n: number) => Planned): Promise<CycleEnd> {
  await stream(live, rng, commands - 1, send);
  let target: Sent | null = null;
  let killAt = 0;
  live.onEvent = (s) => {
    if (s !== target || killAt !== 0) return;
    killAt = Date.now();
    server.killNow();
  };
  while (!target) {
    await live.ready(Infinity);
    const s = send(goLive);
    if (s.followUp) target = s;
  }
  const { pos } = target;
  await live.until(() => killAt !== 0 || !live.open || target.outcome !== 'pending');
  if (killAt === 0) killAt = Date.now();
  await server.kill();
  const how = (observed: readonly Observed[]) => {
    const events = observed.filter((o) => o.pos === pos).length;
    return `kill -9 at a Go live, ${events === 1 && observed.at(-1)!.pos === pos ? 'before its follow-up was published' : 'after its follow-up'}`;
  };
  return { killAt, how };
}

/** The last cycle: every command of both clients answered, then SIGTERM (the host writes a final snapshot and a backup). */
async function stopCleanly({ live, server, rng, send, commands, second }: Cycle): Promise<CycleEnd> {
  await stream(live, rng, commands, send);
  await live.until(() => live.inFlight === 0);
  await second.finish();
  const killAt = Date.now();
  await server.stop();
  return { killAt, how: () => 'clean stop' };
}

/** Sends up to `count` commands in bursts of 1 to 6, with short random pauses, until `stop()` holds. */
async function stream(client: CrashClient, rng: Random, count: number, send: () => void, stop = () => false): Promise<void> {
  for (let left = count; left > 0 && !stop(); ) {
    const burst = Math.min(left, rng.int(1, 6));
    for (let i = 0; i < burst && !stop(); i++) {
      await client.ready(WINDOW);
      send();
      left--;
    }
    await sleep(rng.pick([0, 0, 1, 3, 8, 20]));
  }
}

/** The data dir's files and sizes, to show which step of a rotation a kill interrupted. */
async function listFiles(dir: string): Promise<string> {
  const names = (await readdir(dir)).sort();
  const sizes = await Promise.all(names.map(async (name) => `${name} ${(await stat(join(dir, name))).size} B`));
  return sizes.join(', ');
}

/** Nothing, a turn of the event loop, or a millisecond or two. */
async function jitter(rng: Random): Promise<void> {
  const how = rng.int(0, 3);
  if (how === 1) await new Promise((resolve) => setImmediate(resolve));
  else if (how >= 2) await sleep(how - 1);
}

function tally(verdict: CycleVerdict, counts: CrashCounts, fail: (line: string) => void, restart: number): void {
  const name = (s: Sent) => `#${s.n} ${s.command.type}`;
  counts.recovered += verdict.recovered.length;
  counts.lost += verdict.lost.length;
  counts.halfApplied += verdict.halfApplied.length;
  counts.unackedApplied += verdict.appliedUnacked.length;
  counts.unackedAbsent += verdict.absentUnacked.length;
  counts.unexplained += verdict.unexplained.length;
  if (verdict.exact) counts.exactRecoveries++;
  if (verdict.timer.checked) counts.timerChecked++;
  if (verdict.timer.unverifiable) counts.timerUncheckable++;
  if (verdict.timer.wrong) counts.timerWrong++;
  for (const s of verdict.lost) fail(`restart ${restart}: lost acknowledged ${name(s)}: ${JSON.stringify(s.command).slice(0, 160)}`);
  for (const s of verdict.halfApplied) fail(`restart ${restart}: half-applied ${s.outcome} ${name(s)}: ${JSON.stringify(s.command).slice(0, 160)}`);
  for (const line of verdict.unexplained) fail(`restart ${restart}: unexplained ${line}`);
  if (verdict.timer.wrong) fail(`restart ${restart}: timer ${verdict.timer.wrong}`);
}

function tallySecond(verdict: SecondVerdict, sent: number, counts: CrashCounts, fail: (line: string) => void, restart: number): void {
  counts.commandsSent += sent;
  counts.secondSent += sent;
  counts.acknowledged += verdict.acked;
  counts.secondAcknowledged += verdict.acked;
  counts.recovered += verdict.acked - verdict.lost.length;
  counts.lost += verdict.lost.length;
  counts.duplicated += verdict.duplicated.length;
  counts.unackedApplied += verdict.unackedApplied;
  counts.unackedAbsent += verdict.unackedAbsent;
  counts.refused += verdict.refused.length;
  for (const capture of verdict.lost) fail(`restart ${restart}: lost the second client's acknowledged capture ${capture.text.slice(0, 60)}`);
  for (const capture of verdict.duplicated) fail(`restart ${restart}: the second client's capture is there more than once: ${capture.text.slice(0, 60)}`);
  for (const capture of verdict.refused) fail(`restart ${restart}: the second client's capture was refused: ${capture.error}`);
}

/** Texts of recommendations that are there more than once (every text the harness sends is unique). */
function duplicatedTexts(doc: SessionDoc): string[] {
  const seen = new Map<string, number>();
  for (const shard of Object.values(doc.recommendations.byShard)) for (const rec of Object.values(shard)) seen.set(rec.text, (seen.get(rec.text) ?? 0) + 1);
  return [...seen].filter(([text, times]) => times > 1 && !isSecondClients(text)).map(([text]) => text);
}

function describe(restart: number, how: string, unanswered: number, sent: readonly Sent[], verdict: CycleVerdict): string {
  const acked = sent.filter((s) => s.outcome === 'acked').length;
  const timer = verdict.timer.wrong ? 'timer WRONG' : verdict.timer.checked ? 'running timer ok' : verdict.timer.unverifiable ? 'timer not checkable' : 'timer stopped';
  const problems = verdict.lost.length + verdict.halfApplied.length + verdict.unexplained.length;
  return (
    `restart ${restart} (${how}, ${unanswered} unanswered): ${sent.length} sent, ${acked} acknowledged, ` +
    `${verdict.appliedUnacked.length} unacknowledged applied whole, ${verdict.absentUnacked.length} not applied; ` +
    `${verdict.exact ? 'as published' : 'beyond what was published'}; ${timer}${problems > 0 ? `; ${problems} PROBLEMS` : ''}`
  );
}

/** The counts, one per line; the first ten are the targets of the brief. */
export function formatReport(report: CrashReport): string[] {
  const { counts: c, options } = report;
  const server = options.build === 'bundle' ? 'out/electron/serve.mjs (built bundle)' : 'electron/host/cli/serve.ts (source, node --import tsx)';
  return [
    `seed: ${options.seed}`,
    `server: ${server}`,
    `clients: 2 (first: ${c.commandsSent - c.secondSent} sent, ${c.acknowledged - c.secondAcknowledged} acknowledged; second: ${c.secondSent} sent, ${c.secondAcknowledged} acknowledged)`,
    `commands sent: ${c.commandsSent}`,
    `acknowledged: ${c.acknowledged}`,
    `recovered: ${c.recovered}`,
    `lost=${c.lost} duplicated=${c.duplicated}`,
    `half-applied: ${c.halfApplied}`,
    `restarts: ${c.restarts}`,
    `restarts failed: ${c.restartsFailed}`,
    `timer restores checked: ${c.timerChecked}`,
    `timer restores wrong: ${c.timerWrong}`,
    `kills: ${c.kills}, each with commands in flight (${c.killsUnanswered} left some unanswered)`,
    `unacknowledged: ${c.unackedApplied + c.unackedAbsent} (${c.unackedApplied} applied whole, ${c.unackedAbsent} not applied)`,
    `refused by the host: ${c.refused}`,
    `recovered exactly as last published: ${c.exactRecoveries} of ${c.restarts}`,
    `timer restores not checkable: ${c.timerUncheckable}`,
    `unexplained differences: ${c.unexplained}`,
    `model mismatches: ${c.modelMismatches}`,
    `protocol anomalies: ${c.protocolAnomalies}`,
    `duration: ${(report.durationMs / 1000).toFixed(1)} s`,
    ...(report.keptDataDir ? [`data dir kept: ${report.keptDataDir}`] : []),
    ...report.failures.map((f) => `FAIL ${f}`),
    report.failures.length === 0 ? 'result: PASS' : `result: FAIL (${report.failures.length} problem${report.failures.length === 1 ? '' : 's'})`,
  ];
}
