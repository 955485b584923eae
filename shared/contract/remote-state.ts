/**
 * What a remote (a Stream Deck through Bitfocus Companion, a show-control
 * system, a script) reads of the session: the speaker timer as the stage
 * sees it, the live and the next segment, and how late the day runs. A
 * zod schema, so the HTTP API's OpenAPI file and the OSC feedback are
 * generated from the same source, and a pure builder over the document.
 */
import { z } from 'zod';
import type { SessionDoc } from '../session/document';
import type { EpochMs } from '../kernel/units';
import { timeOfDayIn } from '../kernel/timezones';
import { allSegments, liveSegment } from '../run-of-show/model';
import { computeSchedule } from '../run-of-show/schedule';
import { readTimer, timerView } from '../timer/view';
import { elapsedMs } from '../timer/model';

const segmentRef = z.object({
  id: z.string().meta({ description: 'The segment id (a UUID), as POST /api/v1/segments/{id}/live takes it.' }),
  title: z.string(),
  plannedStart: z.string().meta({ description: 'Planned start, HH:mm in the venue zone.' }),
});

export const remoteStateSchema = z
  .object({
    version: z.number().int().meta({ description: 'The session version this state is of; it grows with every change.' }),
    at: z.number().meta({ description: 'The host time of this reading, epoch milliseconds.' }),
    timer: z.object({
      status: z.enum(['idle', 'running', 'paused']),
      mode: z.enum(['countdown', 'countup', 'until']),
      phase: z.enum(['idle', 'normal', 'warning', 'final', 'overtime', 'paused']),
      display: z.string().meta({ description: 'The digits as the stage shows them: "4:32", "+0:15" in overtime.' }),
      remainingMs: z.number().meta({ description: 'Time left in milliseconds; negative in overtime.' }),
      elapsedMs: z.number(),
      speaker: z.object({ id: z.string().nullable(), name: z.string(), country: z.string().nullable() }).nullable(),
      next: z.object({ id: z.string(), name: z.string() }).nullable(),
      message: z.object({ text: z.string(), flash: z.boolean() }).nullable(),
      blackout: z.boolean(),
    }),
    live: segmentRef.nullable(),
    next: segmentRef.nullable().meta({ description: 'The next planned segment after the live one (or the first planned one).' }),
    day: z.object({
      lateMinutes: z.number().int().meta({ description: 'How late the day runs: positive late, negative early.' }),
      plannedEnd: z.string(),
      projectedEnd: z.string(),
    }),
  })
  .meta({ title: 'RemoteState' });

export type RemoteState = z.infer<typeof remoteStateSchema>;

export function remoteState(doc: SessionDoc, version: number, now: EpochMs): RemoteState {
  const zone = doc.event.timeZone;
  const schedule = computeSchedule(doc, now);
  const view = timerView(doc);
  const { timer } = doc;
  const reading = readTimer(timer, view.thresholds, now);
  const live = liveSegment(doc);
  const order = allSegments(doc);
  const after = live ? order.slice(order.indexOf(live) + 1) : order;
  const next = after.find((s) => s.status === 'planned') ?? null;
  const ref = (segment: typeof live) => (segment ? { id: segment.id, title: segment.title, plannedStart: timeOfDayIn(schedule.byId.get(segment.id)!.plannedStart, zone) } : null);
  const running = timer.clock.runningSince !== null;
  const label = view.label;
  return {
    version,
    at: now,
    timer: {
      status: running ? 'running' : timer.clock.accumulatedMs > 0 ? 'paused' : 'idle',
      mode: timer.mode,
      phase: reading.phase,
      display: reading.text,
      remainingMs: reading.remainingMs,
      elapsedMs: elapsedMs(timer.clock, now),
      speaker: label === '' ? null : { id: view.speaker?.id ?? null, name: label, country: view.speaker?.country ?? null },
      next: view.next ? { id: view.next.id, name: view.next.name } : null,
      message: timer.message ? { text: timer.message.text, flash: timer.message.flash } : null,
      blackout: timer.blackout,
    },
    live: ref(live),
    next: ref(next),
    day: {
      lateMinutes: Math.round(schedule.dayDriftMs / 60_000),
      plannedEnd: timeOfDayIn(schedule.plannedEnd, zone),
      projectedEnd: timeOfDayIn(schedule.projectedEnd, zone),
    },
  };
}
