/**
 * The time notice of the concept note ("10:00 - Astana, Bishkek; 09:00 -
 * Dushanbe, Ashgabat, Tashkent"): the participants' local times of the
 * first planned start, so the notice says what the agenda's first row says
 * even when the first segment has a later hard start than the day start.
 */
import type { RunOfShowDoc } from './model';
import { allSegments } from './model';
import type { EpochMs } from '../kernel/units';
import { timeNotice } from '../kernel/timezones';
import { planTimes } from './plan';

/** When the agenda's first segment is planned to start; the day start for a day with none. */
export function firstPlannedStart(doc: Pick<RunOfShowDoc, 'event' | 'parts'>): EpochMs {
  const plan = planTimes(doc.event, { dayStart: doc.event.dayStart, segments: allSegments(doc).slice(0, 1) });
  return plan.slots[0]?.start ?? plan.dayStart.at;
}

export function eventTimeNotice(doc: Pick<RunOfShowDoc, 'event' | 'parts'>): string {
  return timeNotice(firstPlannedStart(doc), doc.event.participantZones);
}
