/**
 * What every timer view shows, derived from the document: the current
 * speaker, the next ones, the thresholds and the segment's own clock.
 */
import type { Segment, Speaker } from '../run-of-show/model';
import type { TimerDoc } from './model';
import { findSegment } from '../run-of-show/model';
import type { DurationMs, EpochMs, TimeOfDay } from '../kernel/units';
import { elapsedMs, phaseOf, remainingMs, type Phase, type Thresholds, type TimerState } from './model';
import { DEFAULT_FINAL_MS, DEFAULT_WARNING_MS } from '../run-of-show/model';
import { formatClock } from '../kernel/durations';

export interface TimerView {
  segment: Segment | null;
  speaker: Speaker | null;
  /** Name for the display: the speaker, or the intervention's label. */
  label: string;
  next: Speaker | null;
  rest: Speaker[];
  thresholds: Thresholds;
  /** The time of day a countdown in mode "until" counts to ("back at 10:45"), each view words it; null otherwise. */
  backAt: TimeOfDay | null;
}

export function timerView(doc: Pick<TimerDoc, 'parts' | 'timer'>): TimerView {
  const { timer } = doc;
  const segment = timer.segmentId === null ? null : (findSegment(doc, timer.segmentId)?.segment ?? null);
  const speakers = segment?.speakers ?? [];
  const index = timer.speakerId === null ? -1 : speakers.findIndex((s) => s.id === timer.speakerId);
  const speaker = index >= 0 ? speakers[index]! : null;
  const upcoming = timer.speakerId === null ? [] : speakers.slice(index + 1);
  return {
    segment,
    speaker,
    label: timer.interventionLabel || speaker?.name || '',
    next: upcoming[0] ?? null,
    rest: upcoming.slice(1),
    thresholds: { warningMs: segment?.warningMs ?? DEFAULT_WARNING_MS, finalMs: segment?.finalMs ?? DEFAULT_FINAL_MS },
    backAt: timer.mode === 'until' ? timer.untilTime : null,
  };
}

export interface TimerReading {
  text: string;
  phase: Phase;
  remainingMs: DurationMs;
}

/** The digits and phase at one host-time instant; every view uses this. */
export function readTimer(timer: Pick<TimerState, 'mode' | 'clock'>, thresholds: Thresholds, now: EpochMs): TimerReading {
  const left = remainingMs(timer.clock, now);
  const phase = phaseOf(timer, thresholds, now);
  let text: string;
  if (timer.mode === 'countup') text = formatClock(elapsedMs(timer.clock, now));
  else if (left < 0) text = `+${formatClock(-left)}`;
  else text = formatClock(Math.ceil(left / 1000) * 1000);
  return { text, phase, remainingMs: left };
}

/** Why Start would be refused (apply.ts), so the button can say so first. */
export type StartBlocker = 'noSegment' | 'segmentGone' | 'speakerGone';

/**
 * What stands between the timer and Start, or null when there is something
 * to time: an intervention, or a segment that exists (a break with no
 * speakers counts up) and, when a speaker is set, that speaker in it.
 */
export function startBlocker(doc: Pick<TimerDoc, 'parts' | 'timer'>): StartBlocker | null {
  const { timer } = doc;
  if (timer.interventionLabel !== '') return null;
  if (timer.segmentId === null) return 'noSegment';
  const segment = findSegment(doc, timer.segmentId)?.segment;
  if (!segment) return 'segmentGone';
  if (timer.speakerId !== null && !segment.speakers.some((s) => s.id === timer.speakerId)) return 'speakerGone';
  return null;
}
