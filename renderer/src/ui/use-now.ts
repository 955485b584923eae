/**
 * Shared tickers (host time, see host-time.ts) for components that show the
 * time of day or the schedule: one for each resolution, firing on its
 * boundaries; only subscribed components re-render. The schedule and the
 * clocks of day show minutes, so they tick once a minute; only timer
 * displays follow the seconds (use-frame-value.ts).
 */
import { useSyncExternalStore } from 'react';
import { hostNow, onOffsetChange } from '../host-time';

export type Resolution = 'second' | 'minute';
const PERIOD_MS: Record<Resolution, number> = { second: 1000, minute: 60_000 };

interface Ticker {
  now: number;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setTimeout> | null;
}

const tickers: Record<Resolution, Ticker> = {
  second: { now: hostNow(), listeners: new Set(), timer: null },
  minute: { now: hostNow(), listeners: new Set(), timer: null },
};

function schedule(resolution: Resolution): void {
  const ticker = tickers[resolution];
  const period = PERIOD_MS[resolution];
  ticker.timer = setTimeout(() => {
    ticker.now = hostNow();
    ticker.listeners.forEach((l) => l());
    schedule(resolution);
  }, period - (hostNow() % period) + 5);
}

// A new offset to the host (measured after the page started) moves every ticker to the host's time now.
onOffsetChange(() => {
  for (const resolution of ['second', 'minute'] as const) {
    const ticker = tickers[resolution];
    if (ticker.timer === null) continue;
    clearTimeout(ticker.timer);
    ticker.now = hostNow();
    ticker.listeners.forEach((l) => l());
    schedule(resolution);
  }
});

function subscriber(resolution: Resolution) {
  return (listener: () => void) => {
    const ticker = tickers[resolution];
    ticker.listeners.add(listener);
    if (ticker.timer === null) {
      ticker.now = hostNow();
      schedule(resolution);
    }
    return () => {
      ticker.listeners.delete(listener);
      if (ticker.listeners.size === 0 && ticker.timer !== null) {
        clearTimeout(ticker.timer);
        ticker.timer = null;
      }
    };
  };
}

const subscribe: Record<Resolution, (listener: () => void) => () => void> = { second: subscriber('second'), minute: subscriber('minute') };
const snapshot: Record<Resolution, () => number> = { second: () => tickers.second.now, minute: () => tickers.minute.now };

export function useNow(resolution: Resolution): number {
  return useSyncExternalStore(subscribe[resolution], snapshot[resolution]);
}
