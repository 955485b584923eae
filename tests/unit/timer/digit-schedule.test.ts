/**
 * When a view must wake to change its digits (timer/view.ts,
 * nextReadingChange): exactly at the instant readTimer gives other digits
 * or another phase, whatever the fractions of a millisecond, counting down,
 * over time and counting up; never while the clock stands still.
 */
import { describe, expect, it } from 'vitest';
import { nextReadingChange, readTimer } from '../../../shared/timer/view';
import type { TimerState } from '../../../shared/timer/model';
import type { DurationMs, EpochMs } from '../../../shared/kernel/units';

const thresholds = { warningMs: 60_000 as DurationMs, finalMs: 15_000 as DurationMs };
const START = 1_697_428_800_000.375;

function running(mode: TimerState['mode'], durationMs: number, accumulatedMs = 0): Pick<TimerState, 'mode' | 'clock'> {
  return { mode, clock: { durationMs: durationMs as DurationMs, accumulatedMs: accumulatedMs as DurationMs, runningSince: START as EpochMs } };
}

/** Walks from `from` for `ms`, waking only when told; checks nothing changes between wakes and something changes at each. */
function walk(timer: Pick<TimerState, 'mode' | 'clock'>, from: number, ms: number): string[] {
  const shown: string[] = [];
  let now = from;
  let reading = readTimer(timer, thresholds, now as EpochMs);
  shown.push(reading.text);
  while (now < from + ms) {
    const at = nextReadingChange(timer, thresholds, now as EpochMs)!;
    expect(at).toBeGreaterThan(now);
    // Nothing changes from just after the last wake to just before the next.
    const after = readTimer(timer, thresholds, (now + 0.001) as EpochMs);
    const before = readTimer(timer, thresholds, (at - 0.01) as EpochMs);
    expect([before.text, before.phase]).toEqual([after.text, after.phase]);
    reading = readTimer(timer, thresholds, at as EpochMs);
    shown.push(reading.text);
    now = at;
  }
  return shown;
}

describe('a view wakes exactly when its digits change', () => {
  it('counts down a second at a time from a start with a fraction of a millisecond', () => {
    const timer = running('countdown', 5 * 60_000);
    expect(walk(timer, START + 0.2, 3000).slice(0, 4)).toEqual(['5:00', '4:59', '4:58', '4:57']);
    // 250.6 ms after the start, the next change is 749.4 ms away, at the start's own fraction.
    expect(nextReadingChange(timer, thresholds, (START + 250.6) as EpochMs)).toBeCloseTo(START + 1000, 6);
  });

  it('wakes at a phase boundary that is not on a whole second, and goes on over time with a +', () => {
    const timer = running('countdown', 16_500);
    const shown = walk(timer, START, 19_000);
    expect(shown).toContain('0:16');
    expect(shown).toContain('0:00');
    expect(shown).toContain('+0:01');
    // At zero exactly the digits read 0:00; a millisecond on, +0:00.
    const atZero = START + 16_500;
    expect(nextReadingChange(timer, thresholds, atZero as EpochMs)).toBe(atZero + 1);
    // The final phase (15 s left) starts 1.5 s after the start, between two digit changes.
    expect(nextReadingChange(timer, thresholds, (START + 1200) as EpochMs)).toBeCloseTo(START + 1500, 6);
  });

  it('counts up a second at a time, with time already run before a pause', () => {
    const timer = running('countup', 0, 1250);
    expect(walk(timer, START, 2500).slice(0, 3)).toEqual(['0:01', '0:02', '0:03']);
  });

  it('never wakes while the clock stands still', () => {
    const paused: Pick<TimerState, 'mode' | 'clock'> = { mode: 'countdown', clock: { durationMs: 60_000 as DurationMs, accumulatedMs: 20_000 as DurationMs, runningSince: null } };
    expect(nextReadingChange(paused, thresholds, START as EpochMs)).toBeNull();
  });
});
