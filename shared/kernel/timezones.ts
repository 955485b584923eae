/**
 * Time-zone math for the run-of-show. Every offset comes from the IANA
 * database shipped with the runtime (Intl / date-fns-tz) for the date in
 * question: Asia/Almaty was UTC+6 until 2024-03-01 and is UTC+5 since, so
 * nothing here hard-codes an offset.
 */
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { EpochMs, IsoDate, TimeOfDay } from './units';

/** A place delegates follow the day from, and its zone. */
export interface ParticipantZone {
  /** What people call the place: "Astana", "Bishkek". */
  label: string;
  /** IANA zone name: "Asia/Almaty". */
  timeZone: string;
}

export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '' || zone !== zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The instant at which a local date and time of day occur in a zone. */
export function zonedInstant(date: IsoDate, time: TimeOfDay, zone: string): EpochMs {
  return fromZonedTime(`${date}T${time}:00`, zone).getTime() as EpochMs;
}

/** "HH:mm" of an instant in a zone. */
export function timeOfDayIn(instant: EpochMs, zone: string): TimeOfDay {
  return formatInTimeZone(instant, zone, 'HH:mm') as TimeOfDay;
}

/** Minutes since midnight of a time of day "HH:mm" (for ordering). */
export function minutesOfDay(time: TimeOfDay): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** UTC offset label ("UTC+5", "UTC+5:30") of a zone at an instant. */
export function offsetLabel(instant: EpochMs, zone: string): string {
  const raw = formatInTimeZone(instant, zone, 'xxx');
  if (raw === '+00:00') return 'UTC';
  const sign = raw[0];
  const [h, m] = raw.slice(1).split(':');
  return `UTC${sign}${Number(h)}${m === '00' ? '' : `:${m}`}`;
}

export interface ZoneGroup {
  time: TimeOfDay;
  labels: string[];
}

/**
 * Groups participants' zones by the local time they show at one instant,
 * latest local time first, keeping the given order of places in a group.
 */
export function groupZonesByLocalTime(instant: EpochMs, zones: readonly ParticipantZone[]): ZoneGroup[] {
  const byTime = new Map<string, { sortKey: number; labels: string[] }>();
  for (const zone of zones) {
    const time = timeOfDayIn(instant, zone.timeZone);
    const offset = Number(formatInTimeZone(instant, zone.timeZone, 'xxx').replace(':', '').replace('+', ''));
    const entry = byTime.get(time) ?? { sortKey: offset, labels: [] };
    entry.labels.push(zone.label);
    byTime.set(time, entry);
  }
  return [...byTime.entries()]
    .sort((a, b) => b[1].sortKey - a[1].sortKey)
    .map(([time, { labels }]) => ({ time: time as TimeOfDay, labels }));
}

/** The concept note's time line: "10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent". */
export function timeNotice(date: IsoDate, time: TimeOfDay, eventZone: string, zones: readonly ParticipantZone[]): string {
  const instant = zonedInstant(date, time, eventZone);
  return groupZonesByLocalTime(instant, zones)
    .map((g) => `${g.time} - ${g.labels.join(', ')}`)
    .join('; ');
}
