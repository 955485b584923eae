/**
 * Applies speaker-timer commands to a draft of the session document.
 *
 * Rules
 * - The queue is the speakers of the timer's segment, in run-of-show order.
 * - Pausing, switching speaker or resetting ends the current run and adds it
 *   to the speaker's spoken time (pauses are never counted).
 * - Next / previous keep the running state: if the timer ran, the new
 *   speaker's time starts at once; if it was stopped, it is loaded stopped.
 * - A speaker with no allotted time is timed counting up; an unplanned
 *   intervention counts up under its label and starts at once.
 * - +/- time changes the allotted time; it may not go below zero.
 * - "Set" sets the time left now (allotted = elapsed + the new time left).
 */
import type { Draft } from 'immer';
import type { TimerCommand } from './commands';
import { reject } from '../kernel/errors';
import type { Segment, Speaker } from '../run-of-show/model';
import type { TimerDoc } from './model';
import { findSegment } from '../run-of-show/model';
import type { CommandContext } from '../kernel/command-context';
import type { DurationMs, EpochMs } from '../kernel/units';
import { elapsedMs, type TimerState } from './model';
import { LIMITS } from '../kernel/limits';

type Doc = Draft<TimerDoc>;
type Timer = Draft<TimerState>;

function timerSegment(doc: Doc): Draft<Segment> {
  const { segmentId } = doc.timer;
  if (segmentId === null) reject('conflict', 'segmentId', 'no segment is selected for the timer; choose a segment first');
  const found = findSegment(doc, segmentId);
  if (!found) reject('not-found', 'segmentId', `the timer's segment no longer exists (${segmentId}); choose a segment`);
  return doc.parts[found.partIndex]!.segments[found.segmentIndex]!;
}

function currentIndex(doc: Doc): { segment: Draft<Segment>; index: number } {
  const segment = timerSegment(doc);
  const { speakerId } = doc.timer;
  if (speakerId === null) return { segment, index: -1 };
  const index = segment.speakers.findIndex((s) => s.id === speakerId);
  if (index < 0) reject('not-found', 'speakerId', `the current speaker no longer exists (${speakerId}); choose another speaker`);
  return { segment, index };
}

/** Ends the current run, adding it to the speaker's spoken time. */
function endRun(doc: Doc, now: EpochMs): void {
  const timer = doc.timer;
  const { clock } = timer;
  if (clock.runningSince === null) return;
  const run = Math.max(0, now - clock.runningSince);
  clock.accumulatedMs = (clock.accumulatedMs + run) as DurationMs;
  clock.runningSince = null;
  if (timer.speakerId === null || timer.segmentId === null) return;
  const found = findSegment(doc, timer.segmentId);
  const speaker = found?.segment.speakers.find((s) => s.id === timer.speakerId);
  const record = timer.spoken[timer.speakerId];
  if (record) {
    record.spokenMs = (record.spokenMs + run) as DurationMs;
  } else if (speaker) {
    timer.spoken[speaker.id] = {
      speakerId: speaker.id,
      segmentId: timer.segmentId,
      name: speaker.name,
      country: speaker.country,
      allottedMs: speaker.allottedMs,
      spokenMs: run as DurationMs,
    };
  }
}

function load(timer: Timer, speaker: Speaker | null, running: boolean, now: EpochMs): void {
  timer.speakerId = speaker?.id ?? null;
  timer.interventionLabel = '';
  timer.mode = speaker && speaker.allottedMs > 0 ? 'countdown' : 'countup';
  timer.clock = { durationMs: (speaker?.allottedMs ?? 0) as DurationMs, accumulatedMs: 0 as DurationMs, runningSince: running ? now : null };
}

function step(doc: Doc, delta: 1 | -1, now: EpochMs): void {
  const { segment, index } = currentIndex(doc);
  const target = index + delta;
  if (index < 0 && delta < 0) reject('conflict', 'speakerId', 'there is no previous speaker');
  if (target < 0) reject('conflict', 'speakerId', 'this is the first speaker');
  if (target >= segment.speakers.length) reject('conflict', 'speakerId', 'this is the last speaker of the segment');
  const wasRunning = doc.timer.clock.runningSince !== null;
  endRun(doc, now);
  load(doc.timer, segment.speakers[target]!, wasRunning, now);
}

export function applyTimer(doc: Doc, cmd: TimerCommand, ctx: CommandContext): void {
  const timer = doc.timer;
  const now = ctx.now;
  switch (cmd.type) {
    case 'timer.select': {
      const found = findSegment(doc, cmd.segmentId);
      if (!found) reject('not-found', 'segmentId', `no segment with id "${cmd.segmentId}"`);
      const speakers = found.segment.speakers;
      let speaker: Speaker | null = speakers[0] ?? null;
      if (cmd.speakerId) {
        speaker = speakers.find((s) => s.id === cmd.speakerId) ?? null;
        if (!speaker) reject('not-found', 'speakerId', `no speaker "${cmd.speakerId}" in segment "${found.segment.title}"`);
      }
      endRun(doc, now);
      timer.segmentId = cmd.segmentId;
      load(timer, speaker, false, now);
      return;
    }
    case 'timer.start': {
      if (timer.clock.runningSince !== null) return;
      if (timer.interventionLabel === '') currentIndex(doc);
      timer.clock.runningSince = now;
      return;
    }
    case 'timer.pause':
      endRun(doc, now);
      return;
    case 'timer.reset':
      endRun(doc, now);
      timer.clock.accumulatedMs = 0 as DurationMs;
      return;
    case 'timer.next':
      step(doc, 1, now);
      return;
    case 'timer.previous':
      step(doc, -1, now);
      return;
    case 'timer.adjust': {
      if (timer.mode === 'countup') reject('conflict', 'deltaMs', 'a count-up timer has no allotted time; use Set to give it one');
      const next = timer.clock.durationMs + cmd.deltaMs;
      if (next < 0) reject('invalid', 'deltaMs', `would make the allotted time negative (it is ${Math.round(timer.clock.durationMs / 1000)} s)`);
      if (next > LIMITS.speakerMaxMs) reject('invalid', 'deltaMs', `would make the allotted time over ${LIMITS.speakerMaxMs / 3_600_000} hours`);
      timer.clock.durationMs = next as DurationMs;
      return;
    }
    case 'timer.set': {
      const elapsed = elapsedMs(timer.clock, now);
      timer.mode = 'countdown';
      timer.clock.durationMs = (elapsed + cmd.durationMs) as DurationMs;
      return;
    }
    case 'timer.intervention':
      endRun(doc, now);
      timer.speakerId = null;
      timer.interventionLabel = cmd.label;
      timer.mode = 'countup';
      timer.clock = { durationMs: 0 as DurationMs, accumulatedMs: 0 as DurationMs, runningSince: now };
      return;
    case 'timer.message':
      timer.message = { text: cmd.text, flash: cmd.flash, sentAt: now };
      return;
    case 'timer.clearMessage':
      timer.message = null;
      return;
    case 'timer.blackout':
      timer.blackout = cmd.on;
      return;
    case 'timer.showTimeOfDay':
      timer.showTimeOfDay = cmd.on;
      return;
    case 'timer.settings':
      if (cmd.autoAdvance !== undefined) timer.autoAdvance = cmd.autoAdvance;
      if (cmd.chime !== undefined) timer.chime = cmd.chime;
      return;
  }
}
