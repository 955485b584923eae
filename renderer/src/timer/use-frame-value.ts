/**
 * Recomputes a value from host time and re-renders the calling component
 * only when the value changes (the displayed second, the phase).
 *
 * Given `nextChangeAt` (the next host instant the value changes, or null
 * while it stands still), it wakes exactly then, one timeout per change,
 * and commits the change at once: two projectors on the same host clock
 * then change their digits within a few milliseconds of each other and of
 * the host's second, which a free-running frame loop (16.7 ms apart, in
 * each page's own phase) can not do. Without it, it recomputes on every
 * animation frame.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { hostNow } from '../host-time';

/** Wakes this long after the instant, so the value read then is the new one even when a timeout fires early by rounding. */
const WAKE_AFTER_MS = 1;

export function useFrameValue<T>(compute: (now: number) => T, equal: (a: T, b: T) => boolean = Object.is, nextChangeAt?: (now: number) => number | null): T {
  const computeRef = useRef(compute);
  const nextRef = useRef(nextChangeAt);
  const [value, setValue] = useState(() => compute(hostNow()));
  const valueRef = useRef(value);
  const scheduled = nextChangeAt !== undefined;
  useEffect(() => {
    computeRef.current = compute;
    nextRef.current = nextChangeAt;
  });
  useEffect(() => {
    if (scheduled) return;
    let frame = 0;
    const loop = () => {
      const next = computeRef.current(hostNow());
      if (!equal(valueRef.current, next)) {
        valueRef.current = next;
        setValue(next);
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [equal, scheduled]);
  // After every render (new props may move the next change): read now, and wake at the next change.
  useEffect(() => {
    if (!scheduled) return;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    // A committed change renders again, and that render's effect takes over the schedule.
    let replaced = false;
    const update = (commit: (apply: () => void) => void) => {
      const now = hostNow();
      const next = computeRef.current(now);
      if (!equal(valueRef.current, next)) {
        valueRef.current = next;
        commit(() => setValue(next));
      }
      const at = nextRef.current?.(now) ?? null;
      if (at !== null && !replaced) timeout = setTimeout(() => update(flushSync), Math.max(0, at - hostNow()) + WAKE_AFTER_MS);
    };
    update((apply) => apply());
    return () => {
      replaced = true;
      clearTimeout(timeout);
    };
  });
  return value;
}
