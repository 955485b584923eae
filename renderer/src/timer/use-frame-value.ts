/**
 * Recomputes a value from host time on every animation frame, and re-renders
 * the calling component only when the value changes (the displayed second,
 * the phase). This is the only per-frame work in the renderer.
 */
import { useEffect, useRef, useState } from 'react';
import { hostNow } from '../host-time';

export function useFrameValue<T>(compute: (now: number) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const computeRef = useRef(compute);
  const [value, setValue] = useState(() => compute(hostNow()));
  const valueRef = useRef(value);
  useEffect(() => {
    computeRef.current = compute;
  });
  useEffect(() => {
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
  }, [equal]);
  return value;
}
