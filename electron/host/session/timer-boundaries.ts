/**
 * The one timeout a running speaker timer needs: its next phase boundary
 * (warning, final, zero). Nothing ticks per frame; views compute the digits
 * themselves. The host decides what happens at the boundary (auto-advance).
 */
import type { EpochMs } from '../../../shared/kernel/units';
import { nextBoundary } from '../../../shared/timer/model';
import { timerView } from '../../../shared/timer/view';
import type { TimerDoc } from '../../../shared/timer/model';

export class TimerBoundaries {
  private timeout: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly now: () => EpochMs,
    private readonly onBoundary: () => void,
  ) {}

  /** Replaces any scheduled boundary with the next one of `doc`'s timer. */
  schedule(doc: TimerDoc): void {
    this.cancel();
    const now = this.now();
    const at = nextBoundary(doc.timer, timerView(doc).thresholds, now);
    if (at === null) return;
    this.timeout = setTimeout(() => {
      this.timeout = null;
      this.onBoundary();
    }, at - now);
    this.timeout.unref?.();
  }

  cancel(): void {
    if (this.timeout !== null) clearTimeout(this.timeout);
    this.timeout = null;
  }
}
