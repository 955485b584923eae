/**
 * Speaker timers: pure state and math. A timer is a duration, the time run
 * before the current run, and the instant the current run began; remaining
 * time is computed from those, so it can not drift and survives a restart.
 *
 * Time base: every instant here is host time (see host-clock.ts), which
 * advances with the monotonic clock, so a wall-clock jump does not move a
 * running timer. Views add their measured offset to host time.
 */
import type { Country } from '../kernel/countries';
import type { DurationMs, EpochMs, TimeOfDay } from '../kernel/units';
import type { RunOfShowDoc } from '../run-of-show/model';

export interface RunningClock {
  /** Allotted time (countdown); 0 with mode count-up. */
  durationMs: DurationMs;
  /** Time run before the current run. */
  accumulatedMs: DurationMs;
  /** Host-time instant the current run began, or null when stopped. */
  runningSince: EpochMs | null;
}

/** Counting down a speaker's time, up for an intervention (or a speaker with no time), or down to a time of day ("back at 10:45"). */
export type TimerMode = 'countdown' | 'countup' | 'until';
export type Phase = 'idle' | 'normal' | 'warning' | 'final' | 'overtime' | 'paused';

/** The ready-made messages to the speaker (the console's and the phone's). */
export const PRESET_MESSAGES = ['conclude', 'oneMinute', 'timeUp', 'microphone'] as const;
export type PresetMessage = (typeof PRESET_MESSAGES)[number];

export interface SpeakerMessage {
  text: string;
  flash: boolean;
  sentAt: EpochMs;
  /** A ready-made message: each projected view shows it in its own language; `text` is its wording in the console's (for views and tools that do not know it). */
  preset?: PresetMessage;
}

/** Spoken time of one speaker over the day (pauses excluded). */
export interface SpokenRecord {
  speakerId: string;
  segmentId: string;
  name: string;
  country: Country;
  allottedMs: DurationMs;
  spokenMs: DurationMs;
}

export interface TimerState {
  /** The segment whose speaker queue the timer follows. */
  segmentId: string | null;
  /** The current speaker of that queue, or null for an unplanned intervention. */
  speakerId: string | null;
  /** Label shown for an unplanned intervention (count-up). */
  interventionLabel: string;
  mode: TimerMode;
  /** The time of day, in the event zone, a countdown in mode "until" counts to; null in the other modes. */
  untilTime: TimeOfDay | null;
  clock: RunningClock;
  message: SpeakerMessage | null;
  blackout: boolean;
  showTimeOfDay: boolean;
  autoAdvance: boolean;
  chime: boolean;
  spoken: Record<string, SpokenRecord>;
}

/** The part of the session document the timer reads and changes. */
export interface TimerDoc extends RunOfShowDoc {
  timer: TimerState;
}

export function idleTimer(): TimerState {
  return {
    segmentId: null,
    speakerId: null,
    interventionLabel: '',
    mode: 'countdown',
    untilTime: null,
    clock: { durationMs: 0 as DurationMs, accumulatedMs: 0 as DurationMs, runningSince: null },
    message: null,
    blackout: false,
    showTimeOfDay: true,
    autoAdvance: false,
    chime: false,
    spoken: {},
  };
}

/** Time run so far at `now`. */
export function elapsedMs(clock: RunningClock, now: EpochMs): DurationMs {
  const current = clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince);
  return (clock.accumulatedMs + current) as DurationMs;
}

/** Time left at `now`; negative once over time. */
export function remainingMs(clock: RunningClock, now: EpochMs): DurationMs {
  return (clock.durationMs - elapsedMs(clock, now)) as DurationMs;
}

export interface Thresholds {
  warningMs: DurationMs;
  finalMs: DurationMs;
}

export function phaseOf(timer: Pick<TimerState, 'mode' | 'clock'>, thresholds: Thresholds, now: EpochMs): Phase {
  const { clock } = timer;
  if (clock.runningSince === null) return clock.accumulatedMs === 0 ? 'idle' : 'paused';
  if (timer.mode === 'countup') return 'normal';
  const left = remainingMs(clock, now);
  if (left <= 0) return 'overtime';
  if (left <= thresholds.finalMs) return 'final';
  if (left <= thresholds.warningMs) return 'warning';
  return 'normal';
}

/**
 * The next instant at which the phase of a running countdown changes
 * (warning, final, zero), or null when nothing is scheduled.
 */
export function nextBoundary(timer: Pick<TimerState, 'mode' | 'clock'>, thresholds: Thresholds, now: EpochMs): EpochMs | null {
  const { clock } = timer;
  if (clock.runningSince === null || timer.mode === 'countup') return null;
  const left = remainingMs(clock, now);
  const marks = [thresholds.warningMs, thresholds.finalMs, 0].filter((mark) => mark < left);
  if (marks.length === 0) return null;
  return (now + (left - Math.max(...marks))) as EpochMs;
}
