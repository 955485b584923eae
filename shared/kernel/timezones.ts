/**
 * Time-zone math for the run-of-show. Every offset comes from the IANA
 * database shipped with the runtime (Intl) for the instant in question:
 * Asia/Almaty was UTC+6 until 2024-03-01 and is UTC+5 since, so nothing here
 * hard-codes an offset.
 *
 * A local date and time of day is resolved as RFC 5545 and the Temporal API
 * do (docs/time.md has the examples):
 * - a time the clock change skips (02:30 in Brussels on 2027-03-28) does not
 *   exist: `resolveLocalTime` says so and names the change, and the commands
 *   refuse it; `zonedInstant` reads one saved before that rule as Temporal's
 *   "compatible" does, pushed forward by the gap (03:30), never onto the day
 *   before;
 * - a time that happens twice (02:30 in Brussels on 2027-10-31, 23:30 in
 *   Almaty on 2024-02-29) is the earlier of the two.
 */
import { formatInTimeZone } from 'date-fns-tz';
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

/** What people call a zone's place: its IANA city ("Europe/Brussels" is Brussels, "America/Argentina/Buenos_Aires" Buenos Aires). */
export function zoneCity(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
/** No zone changes its clocks twice within this much of a time (tzdb, 1970-2100). */
const SEARCH_MS = 36 * HOUR_MS;

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(zone: string): Intl.DateTimeFormat {
  let format = partFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    partFormatters.set(zone, format);
  }
  return format;
}

/** The zone's offset from UTC at an instant, in ms (UTC+5 is 18,000,000). */
export function offsetAt(instant: number, zone: string): number {
  const at = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of partFormatter(zone).formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const { year, month, day, hour, minute, second } = parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return Date.UTC(year, month - 1, day, hour, minute, second) - at;
}

/** A change of the clocks: at that instant they go from `from` to `to`. */
export interface ClockChange {
  at: EpochMs;
  from: TimeOfDay;
  to: TimeOfDay;
}

export type LocalTime =
  | { kind: 'exact'; instant: EpochMs }
  /** Happens twice; `instant` is the earlier, the one the schedule takes. */
  | { kind: 'ambiguous'; instant: EpochMs; later: EpochMs; change: ClockChange }
  /** Does not happen that day: the clocks jump over it. */
  | { kind: 'skipped'; change: ClockChange };

const hhmm = (utcMs: number) => new Date(utcMs).toISOString().slice(11, 16) as TimeOfDay;

/** The instant, to the minute, at which the offset stops being `before`, between two instants that have different offsets. */
function changeBetween(lo: number, hi: number, before: number, after: number, zone: string): ClockChange {
  let low = Math.floor(lo / MINUTE_MS);
  let high = Math.ceil(hi / MINUTE_MS);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (offsetAt(mid * MINUTE_MS, zone) === before) low = mid;
    else high = mid;
  }
  const at = high * MINUTE_MS;
  return { at: at as EpochMs, from: hhmm(at + before), to: hhmm(at + after) };
}

const resolved = new Map<string, LocalTime>();
const RESOLVED_KEEP = 4096;

/** When a local date and time of day happen in a zone: once, twice, or not at all. */
export function resolveLocalTime(date: IsoDate, time: TimeOfDay, zone: string): LocalTime {
  const key = `${date}T${time}|${zone}`;
  const known = resolved.get(key);
  if (known) return known;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  const before = offsetAt(wall - SEARCH_MS, zone);
  const after = offsetAt(wall + SEARCH_MS, zone);
  let result: LocalTime;
  if (before === after) {
    result = { kind: 'exact', instant: (wall - before) as EpochMs };
  } else {
    // Each side's offset gives a candidate; it is real when the zone has that offset at it.
    const [earlier, later] = [wall - before, wall - after].filter((instant) => offsetAt(instant, zone) === wall - instant).sort((a, b) => a - b);
    const change = changeBetween(wall - SEARCH_MS, wall + SEARCH_MS, before, after, zone);
    if (earlier === undefined) result = { kind: 'skipped', change };
    else if (later === undefined) result = { kind: 'exact', instant: earlier as EpochMs };
    else result = { kind: 'ambiguous', instant: earlier as EpochMs, later: later as EpochMs, change };
  }
  if (resolved.size >= RESOLVED_KEEP) resolved.clear();
  resolved.set(key, result);
  return result;
}

/**
 * The instant of a local date and time of day in a zone: the earlier of a
 * repeated time; a skipped one (refused by the commands, so only from a
 * document saved before that rule) pushed forward by the gap.
 */
export function zonedInstant(date: IsoDate, time: TimeOfDay, zone: string): EpochMs {
  const local = resolveLocalTime(date, time, zone);
  if (local.kind !== 'skipped') return local.instant;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return (Date.UTC(y, m - 1, d, h, min) - offsetAt(local.change.at - 1, zone)) as EpochMs;
}

/** Why a local time can not be used, in the host's words: "02:30 does not exist on 2027-03-28 in Europe/Brussels: the clocks go forward from 02:00 to 03:00". */
export function skippedTimeMessage(time: TimeOfDay, what: string, date: IsoDate, zone: string, change: ClockChange): string {
  return `${time}${what ? ` (${what})` : ''} does not exist on ${date} in ${zone}: the clocks go forward from ${change.from} to ${change.to}`;
}

/** "HH:mm" of an instant in a zone. */
export function timeOfDayIn(instant: EpochMs, zone: string): TimeOfDay {
  return formatInTimeZone(instant, zone, 'HH:mm') as TimeOfDay;
}

/** The calendar date of an instant in a zone. */
export function localDateOf(instant: number, zone: string): IsoDate {
  return formatInTimeZone(instant, zone, 'yyyy-MM-dd') as IsoDate;
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
    const entry = byTime.get(time) ?? { sortKey: offsetAt(instant, zone.timeZone), labels: [] };
    entry.labels.push(zone.label);
    byTime.set(time, entry);
  }
  return [...byTime.entries()]
    .sort((a, b) => b[1].sortKey - a[1].sortKey)
    .map(([time, { labels }]) => ({ time: time as TimeOfDay, labels }));
}

/** The concept note's time line at one instant: "10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent". */
export function timeNotice(instant: EpochMs, zones: readonly ParticipantZone[]): string {
  return groupZonesByLocalTime(instant, zones)
    .map((g) => `${g.time} - ${g.labels.join(', ')}`)
    .join('; ');
}
