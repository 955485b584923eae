/**
 * What is checked after each restart.
 *
 * The host applies commands one at a time in arrival order and journals
 * each before answering, so after a crash the session must be the state
 * after some prefix of the commands sent: every answered one, then perhaps
 * some that were journaled but never answered. Concretely:
 *
 * 1. Prefix. The recovered projection (model.ts) equals the model's
 *    projection after command k of the cycle, for some k at or after the
 *    last answered command. Then nothing acknowledged is lost, nothing is
 *    half-applied, and the unacknowledged commands up to k were applied
 *    whole. If no such k exists, each command is judged on its own paths:
 *    an acknowledged command whose value is gone (and not replaced by a
 *    later command's) is lost; a command with some paths applied and others
 *    not, or with a value no command wrote, is half-applied.
 * 2. Exactness. The recovered document equals, byte for byte, a state the
 *    client saw published (after the last answer or a later event), unless
 *    the prefix shows commands applied that the client never saw.
 * 3. Timer. The restored clock (durationMs, accumulatedMs, runningSince)
 *    equals the last acknowledged one, or the one a later journaled command
 *    made; a running timer's time left, read at the host's time now, is
 *    what was left at the kill minus the real time since (the timer kept
 *    running while the server was down).
 */
import { isDeepStrictEqual } from 'node:util';
import type { SessionDoc } from '../../shared/session/document';
import { remainingMs } from '../../shared/timer/model';
import type { DurationMs, EpochMs } from '../../shared/kernel/units';
import type { Observed, Sent } from './client';
import { differences, project, type Projection } from './model';
import type { TimerClock } from './workload';
import { isSecondClients } from './second-client';

/** How far a restored timer may be from the real-time expectation (clock offsets are measured to a few ms). */
const TIMER_TOLERANCE_MS = 200;
/** Slack on the window in which the host must have applied a command. */
const INSTANT_SLACK_MS = 50;

export interface CycleInput {
  /** The cycle's commands in the order sent (pos 1..n). */
  sent: readonly Sent[];
  /** The projection the cycle started from (the previous recovered document). */
  base: Projection;
  tracked: ReadonlySet<string>;
  recovered: SessionDoc;
  /** The mirror at the last answer, then after each later event, when the server died. */
  observed: readonly Observed[];
  /** Client wall time of the kill; host minus client clock before it; a host/client time pair after the restart. */
  timing: { killAt: number; offsetBefore: number; hostAt: number; clientAt: number };
}

export interface TimerVerdict {
  /** The timer was running (at the kill or after the restart) and its restore was compared. */
  checked: boolean;
  /** Why it is wrong, or null. */
  wrong: string | null;
  /** A journaled, never-published start / pause / next makes the instants unknowable. */
  unverifiable: boolean;
}

export interface CycleVerdict {
  recovered: Sent[];
  lost: Sent[];
  halfApplied: Sent[];
  appliedUnacked: Sent[];
  absentUnacked: Sent[];
  /** The recovered projection is the state after a prefix of the commands (check 1). */
  consistent: boolean;
  /** The recovered document equals a state the client saw (check 2). */
  exact: boolean;
  /** Paths that changed with no command to explain them, or differences from every seen state. */
  unexplained: string[];
  timer: TimerVerdict;
}

type Entry = { from: number; value: string | null };

const valueIn = (projection: Projection, path: string) => projection.get(path) ?? null;
/** The document as JSON, without the second client's captures (and the shards only they filled): the first client's commands decide the rest. */
function canonical(doc: SessionDoc): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as SessionDoc;
  const { byShard } = copy.recommendations;
  for (const [shard, records] of Object.entries(byShard)) {
    for (const [id, rec] of Object.entries(records)) if (isSecondClients(rec.text)) delete records[id];
    if (Object.keys(records).length === 0) delete byShard[shard];
  }
  return copy;
}

export function verifyCycle(input: CycleInput): CycleVerdict {
  const { sent, base, tracked, recovered, observed } = input;
  const actual = project(recovered, tracked);

  // Replay the model's writes, keeping each written path's history and
  // counting how many paths differ from the recovered projection.
  const history = new Map<string, Entry[]>();
  const current = new Map(base);
  let mismatches = differences(base, actual).length;
  const matches = mismatches === 0 ? [0] : [];
  for (const s of sent) {
    for (const [path, value] of s.writes) {
      const wasOff = valueIn(current, path) !== valueIn(actual, path);
      if (!history.has(path)) history.set(path, [{ from: 0, value: valueIn(current, path) }]);
      history.get(path)!.push({ from: s.pos, value });
      if (value === null) current.delete(path);
      else current.set(path, value);
      mismatches += Number(value !== valueIn(actual, path)) - Number(wasOff);
    }
    if (mismatches === 0) matches.push(s.pos);
  }

  const answered = sent.filter((s) => s.outcome === 'acked' || s.outcome === 'rejected').at(-1)?.pos ?? 0;
  const prefixes = matches.filter((k) => k >= answered);
  const verdict: CycleVerdict = {
    recovered: [],
    lost: [],
    halfApplied: [],
    appliedUnacked: [],
    absentUnacked: [],
    consistent: prefixes.length > 0,
    exact: false,
    unexplained: [],
    timer: { checked: false, wrong: null, unverifiable: false },
  };

  const valueBefore = (path: string, pos: number) => history.get(path)!.filter((e) => e.from < pos).at(-1)!.value;
  for (const s of sent) {
    const effective = [...s.writes.keys()].filter((path) => valueBefore(path, s.pos) !== s.writes.get(path));
    if (verdict.consistent) {
      if (s.outcome === 'acked') verdict.recovered.push(s);
      else if (s.outcome === 'unacked') (effective.length > 0 && s.pos <= prefixes[0]! ? verdict.appliedUnacked : verdict.absentUnacked).push(s);
      continue;
    }
    // No prefix fits: judge this command by its own paths.
    const kinds = effective.map((path) => {
      const entries = history.get(path)!;
      const value = valueIn(actual, path);
      const after = entries.some((e) => e.from >= s.pos && e.value === value);
      const before = entries.some((e) => e.from < s.pos && e.value === value);
      return after && before ? 'either' : after ? 'applied' : before ? 'not' : 'garbage';
    });
    const applied = kinds.some((k) => k === 'applied');
    const missing = kinds.some((k) => k === 'not' || k === 'garbage');
    const partial = kinds.includes('garbage') || (missing && kinds.some((k) => k === 'applied' || k === 'either'));
    if (partial) verdict.halfApplied.push(s);
    if (s.outcome === 'acked') (missing ? verdict.lost : verdict.recovered).push(s);
    else if (s.outcome === 'unacked' && !partial) (applied ? verdict.appliedUnacked : verdict.absentUnacked).push(s);
  }
  if (!verdict.consistent) {
    const untouched = differences(base, actual).filter((path) => !history.has(path));
    verdict.unexplained.push(...untouched.map((path) => `${path}: ${valueIn(base, path)} -> ${valueIn(actual, path)}`));
  }

  // Check 2: the whole document, against what the client saw.
  const wanted = canonical(recovered);
  const seen = observed.find((o) => isDeepStrictEqual(canonical(o.doc), wanted)) ?? null;
  // Commands the client never saw whole: those after the last event, and
  // the last one itself if it was cut between its two journal entries
  // (a restart finishes such a follow-up, see SessionHost.open).
  const lastSeen = observed.at(-1)!;
  const cutShort = observed.length > 1 && sent[lastSeen.pos - 1]?.followUp === true;
  const unseenFrom = cutShort ? lastSeen.pos : lastSeen.pos + 1;
  const beyondSeen = prefixes.filter((k) => k >= unseenFrom);
  verdict.exact = seen !== null;
  if (!seen && verdict.consistent && beyondSeen.length === 0) {
    verdict.unexplained.push(`document differs from every published state: ${docDifferences(canonical(lastSeen.doc), wanted).slice(0, 5).join('; ')}`);
  }

  const unseen = (k: number) => sent.filter((s) => s.pos >= unseenFrom && s.pos <= k);
  verdict.timer = checkTimer(input, seen, verdict.consistent ? beyondSeen.map(unseen) : null);
  return verdict;
}

/**
 * Check 3. `unseen`: for each prefix that fits and holds commands the
 * client never saw published, those commands (null when no prefix fits).
 */
function checkTimer(input: CycleInput, seen: Observed | null, unseen: Sent[][] | null): TimerVerdict {
  const { recovered, observed, timing } = input;
  const restored = clockOf(recovered.timer.clock);
  const ackedAtKill = observed[0]!.doc.timer.clock;
  const lastSeen = observed.at(-1)!;

  // The host applied a journaled command between its sending and the kill (host time = client time + offset).
  const window = (s: Sent): [number, number] => [s.sentAt + timing.offsetBefore - INSTANT_SLACK_MS, timing.killAt + timing.offsetBefore + INSTANT_SLACK_MS];
  let candidates: Array<TimerClock | null>;
  if (seen) candidates = [clockOf(seen.doc.timer.clock)];
  else if (unseen && unseen.length > 0) candidates = unseen.map((commands) => replayClock(clockOf(lastSeen.doc.timer.clock), commands, restored, window));
  else candidates = observed.map((o) => clockOf(o.doc.timer.clock));

  const expected = candidates.find((c) => c !== null && isDeepStrictEqual(c, restored)) ?? null;
  const running = ackedAtKill.runningSince !== null || restored.runningSince !== null;
  if (!expected) {
    if (candidates.includes(null)) return { checked: false, wrong: null, unverifiable: true };
    const shown = candidates.map((c) => JSON.stringify(c)).join(' or ');
    return { checked: true, wrong: `restored clock ${JSON.stringify(restored)}, expected ${shown}`, unverifiable: false };
  }
  if (expected.runningSince === null) return { checked: running, wrong: null, unverifiable: false };

  // The time left now, against what was left at the kill minus the real time since.
  const clock = { durationMs: expected.durationMs as DurationMs, accumulatedMs: expected.accumulatedMs as DurationMs, runningSince: expected.runningSince as EpochMs };
  const leftAtKill = remainingMs(clock, (timing.killAt + timing.offsetBefore) as EpochMs);
  const expectedNow = leftAtKill - (timing.clientAt - timing.killAt);
  const actualNow = remainingMs(recovered.timer.clock, timing.hostAt as EpochMs);
  const off = actualNow - expectedNow;
  const wrong = Math.abs(off) > TIMER_TOLERANCE_MS ? `time left ${actualNow} ms after the restart, expected ${Math.round(expectedNow)} ms (off by ${Math.round(off)} ms)` : null;
  return { checked: true, wrong, unverifiable: false };
}

function clockOf(clock: TimerClock): TimerClock {
  return { durationMs: clock.durationMs, accumulatedMs: clock.accumulatedMs, runningSince: clock.runningSince };
}

/**
 * The clock after commands the client never saw published. A start, pause
 * or next while running depends on the instant the host applied it: that
 * instant is read off the restored clock (its runningSince, or the run a
 * pause added) and must lie between the command's sending and the kill.
 * Null when two such commands leave too many unknowns.
 */
function replayClock(start: TimerClock, commands: readonly Sent[], restored: TimerClock, window: (s: Sent) => [number, number]): TimerClock | null {
  const lastSet = commands.map((s) => s.clock.kind).lastIndexOf('set');
  const first = lastSet >= 0 ? (commands[lastSet]!.clock as { clock: TimerClock }).clock : start;
  const rest = commands.slice(lastSet + 1);
  const timed = rest.filter((s) => s.clock.kind === 'timed');
  if (timed.length > 1) return null;
  const replay = (at: number) =>
    rest.reduce((clock, { clock: effect }) => {
      if (effect.kind === 'adjust') return { ...clock, durationMs: clock.durationMs + effect.deltaMs };
      if (effect.kind === 'timed') return effect.apply(clock, at);
      return clock;
    }, first);
  if (timed.length === 0) return replay(0);
  const [from, to] = window(timed[0]!);
  const beforeTimed = rest.slice(0, rest.indexOf(timed[0]!)).reduce((clock, { clock: e }) => (e.kind === 'adjust' ? { ...clock, durationMs: clock.durationMs + e.deltaMs } : clock), first);
  const instants = [restored.runningSince, beforeTimed.runningSince === null ? null : beforeTimed.runningSince + restored.accumulatedMs - beforeTimed.accumulatedMs];
  for (const at of instants) {
    if (at !== null && at >= from && at <= to && isDeepStrictEqual(replay(at), restored)) return restored;
  }
  return replay(to);
}

/** Dotted paths where two JSON values differ (for the report). */
function docDifferences(a: unknown, b: unknown, path = '$'): string[] {
  if (isDeepStrictEqual(a, b)) return [];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return [`${path}: ${JSON.stringify(a)?.slice(0, 80)} -> ${JSON.stringify(b)?.slice(0, 80)}`];
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((key) => docDifferences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`));
}
