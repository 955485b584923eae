/**
 * The day as the chair sees it: the schedule (run-of-show/schedule.ts) with
 * the live segment's expected end taken from its speakers still to come.
 * It needs both the run-of-show and the timer, so it lives here.
 *
 * What the live segment still needs from now, when the timer follows it:
 * - the current speaker's time left (nothing once over time, or counting up);
 * - the time of each speaker after the current one, less what they spoke
 *   already (with no current speaker, as during an intervention: of every
 *   speaker of the queue);
 * - what the segment reserves beyond its speakers (planned length minus
 *   their allotments: questions, a handover), less the time since it went
 *   live that the queue did not use (pauses, interventions, changeovers);
 * - for a countdown to a time of day (a break): the time to it.
 * The segment is then expected to end at max(actual start + planned length,
 * now + that need), and every later segment follows (schedule.ts). When the
 * timer follows another segment nothing is known of the live one's queue:
 * it is expected to end at max(its planned end, now).
 */
import type { DurationMs, EpochMs } from '../kernel/units';
import { liveSegment } from '../run-of-show/model';
import { computeSchedule, type DaySchedule } from '../run-of-show/schedule';
import { remainingMs, type TimerDoc } from './model';

const nonNegative = (ms: number) => Math.max(0, ms);

export function liveNeedMs(doc: Pick<TimerDoc, 'parts' | 'timer'>, now: EpochMs): DurationMs | null {
  const live = liveSegment(doc);
  const { timer } = doc;
  if (live === null || live.actualStartAt === null || timer.segmentId !== live.id) return null;
  if (timer.mode === 'until') return nonNegative(remainingMs(timer.clock, now)) as DurationMs;

  const running = timer.clock.runningSince;
  const spentBy = (speakerId: string) =>
    (Object.hasOwn(timer.spoken, speakerId) ? timer.spoken[speakerId]!.spokenMs : 0) + (running !== null && timer.speakerId === speakerId ? nonNegative(now - running) : 0);
  const current = timer.speakerId === null ? -1 : live.speakers.findIndex((s) => s.id === timer.speakerId);

  let queueLeftMs = 0;
  let queueSpentMs = 0;
  let allottedMs = 0;
  live.speakers.forEach((speaker, index) => {
    const spent = spentBy(speaker.id);
    queueSpentMs += spent;
    allottedMs += speaker.allottedMs;
    if (index < current) return;
    if (index === current) queueLeftMs += timer.mode === 'countdown' ? nonNegative(remainingMs(timer.clock, now)) : 0;
    else queueLeftMs += nonNegative(speaker.allottedMs - spent);
  });
  const reserveMs = nonNegative(live.plannedDurationMs - allottedMs);
  const unusedByQueueMs = nonNegative(now - live.actualStartAt - queueSpentMs);
  return (queueLeftMs + nonNegative(reserveMs - unusedByQueueMs)) as DurationMs;
}

/** The schedule of the day with the live segment's queue in it: what every view of the run-of-show shows. */
export function projectDay(doc: TimerDoc, now: EpochMs): DaySchedule {
  return computeSchedule(doc, now, { liveNeedMs: liveNeedMs(doc, now) });
}
