/**
 * Host time in whole milliseconds (issue 15, finding 1): the monotonic
 * clock's fractions never reach an instant, and saved data with fractions
 * is rounded down once, leaving whole data as the same objects and hostile
 * keys as keys.
 */
import { describe, expect, it } from 'vitest';
import { hostTime, wholeMilliseconds } from '../../../shared/kernel/host-clock';
import type { Clock, EpochMs, MonotonicMs } from '../../../shared/kernel/units';

describe('host time', () => {
  it('is whole milliseconds and never runs backwards, from a wall clock and a monotonic clock that both have fractions', () => {
    let mono = 1234.56789;
    const clock: Clock = { now: () => 1_700_000_000_000.75 as EpochMs, monotonic: () => mono as MonotonicMs };
    const now = hostTime(clock);
    const seen: number[] = [];
    for (const step of [0, 0.1, 0.3, 0.59, 0.02, 1.999, 0.0001, 250.25]) {
      mono += step;
      seen.push(now());
    }
    for (const t of seen) expect(Number.isInteger(t), String(t)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[0]).toBe(1_700_000_000_000);
  });

  it('rounds saved fractions down everywhere, returns whole data as the same objects, and keeps a "__proto__" key a key', () => {
    const whole = { a: [1, 2, { b: 3 }], c: 'x', d: null };
    expect(wholeMilliseconds(whole)).toBe(whole);
    const saved = JSON.parse('{"at": 1697430000123.9, "list": [1.5, -2.5, 3], "__proto__": {"polluted": 4.7}, "keep": {"n": 5}, "inf": null}') as Record<string, unknown>;
    const fixed = wholeMilliseconds(saved);
    expect(fixed).not.toBe(saved);
    expect(fixed.at).toBe(1697430000123);
    expect(fixed.list).toEqual([1, -3, 3]);
    expect(fixed.keep).toBe(saved.keep);
    expect(Object.getPrototypeOf(fixed)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(fixed, '__proto__')?.value).toEqual({ polluted: 4 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
