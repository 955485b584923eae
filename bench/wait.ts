/**
 * Waiting in the benchmarks: every wait has a deadline and, when it runs
 * out, fails loudly naming the step, so a run never hangs with the CPU idle
 * and never reads something before it has arrived.
 */
export class StepTimeout extends Error {}

/** `promise`, or a StepTimeout naming `step` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(`bench step timed out after ${ms} ms: ${step}`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Polls `condition` until it holds (returning its value), or fails naming `step`. */
export async function until<T>(condition: () => T | null | undefined | false | Promise<T | null | undefined | false>, ms: number, step: string, everyMs = 5): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    const value = await condition();
    if (value !== null && value !== undefined && value !== false) return value;
    if (performance.now() > deadline) throw new StepTimeout(`bench step timed out after ${ms} ms: ${step}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs every cleanup even when one fails; reports the failures after. */
export async function cleanUp(...steps: Array<() => unknown>): Promise<void> {
  const failures: unknown[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) console.error('bench clean-up failed:', ...failures);
}
