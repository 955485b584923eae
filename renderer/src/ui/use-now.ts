/**
 * One shared ticker (host time, see host-time.ts) for the components that
 * show the time of day or the schedule.
 * Ticks on second boundaries; only subscribed components re-render.
 */
import { useSyncExternalStore } from 'react';
import { hostNow } from '../host-time';

let now = hostNow();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;

function schedule(): void {
  timer = setTimeout(() => {
    now = hostNow();
    listeners.forEach((l) => l());
    schedule();
  }, 1000 - (hostNow() % 1000) + 5);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = hostNow();
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };
}

export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
