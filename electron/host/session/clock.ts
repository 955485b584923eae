/** The real clock; tests inject their own `Clock`. */
import { performance } from 'node:perf_hooks';
import type { Clock, EpochMs, MonotonicMs } from '../../../shared/kernel/units';

export const systemClock: Clock = {
  now: () => Date.now() as EpochMs,
  monotonic: () => performance.now() as MonotonicMs,
};
