/**
 * The programme: the run-of-show as printed and sent out (the PDF, the
 * XLSX and the calendar, electron/host/transfer/agenda-exports.ts). Every
 * segment at its planned time (plan.ts), in the venue's zone and in each
 * delegation's (the event's participantZones), with the local date where
 * a zone's day differs from the venue's.
 */
import type { EpochMs, IsoDate, TimeOfDay } from '../kernel/units';
import { localClock, zoneCity } from '../kernel/timezones';
import { allSegments, type EventInfo, type RunOfShowDoc, type Segment } from './model';
import { planTimes } from './plan';

export interface LocalSlot {
  /** The place as the event names it ("Tashkent"), or the venue zone's city. */
  label: string;
  timeZone: string;
  start: TimeOfDay;
  end: TimeOfDay;
  /** The local date of the start: differs from the event's date when the zone's day does. */
  date: IsoDate;
}

export interface ProgrammeItem {
  partTitle: string;
  segment: Segment;
  start: EpochMs;
  end: EpochMs;
  /** The venue first, then each delegation's zone in the event's order. */
  local: LocalSlot[];
}

export interface Programme {
  event: EventInfo;
  /** The zones the programme is written in: the venue's, then the delegations'. */
  zones: Array<{ label: string; timeZone: string }>;
  items: ProgrammeItem[];
}

export function programmeOf(doc: Pick<RunOfShowDoc, 'event' | 'parts'>): Programme {
  const { event } = doc;
  const zones = [{ label: zoneCity(event.timeZone), timeZone: event.timeZone }, ...event.participantZones.map((z) => ({ label: z.label, timeZone: z.timeZone }))];
  const segments = allSegments(doc);
  const { slots } = planTimes(event, { dayStart: event.dayStart, segments });
  const partOf = new Map<string, string>();
  for (const part of doc.parts) for (const segment of part.segments) partOf.set(segment.id, part.title);
  const items = segments.map((segment, i): ProgrammeItem => {
    const { start, end } = slots[i]!;
    return {
      partTitle: partOf.get(segment.id) ?? '',
      segment,
      start,
      end,
      local: zones.map((zone) => {
        const from = localClock(start, zone.timeZone);
        return { ...zone, start: from.time, end: localClock(end, zone.timeZone).time, date: from.date };
      }),
    };
  });
  return { event, zones, items };
}
