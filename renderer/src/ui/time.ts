/**
 * Wall-clock display in a given IANA zone, 24-hour in every language. One
 * Intl formatter per zone, precision and language, made once: lists of
 * hundreds of rows format their times without building a formatter each
 * time. A time on another day than the event's carries its date
 * ("29 Nov 2026, 09:16"), so a figure beyond the day never reads as a time
 * of the event day.
 */
import { writeDatedTime } from '../../../shared/i18n/dates';
import type { IsoDate } from '../../../shared/kernel/units';

const formatters = new Map<string, Intl.DateTimeFormat>();

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formatters.get(key);
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

export function clockTime(instant: number, zone: string, withSeconds = false): string {
  const format = cached(`time|${zone}|${withSeconds}`, () => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', second: withSeconds ? '2-digit' : undefined, hourCycle: 'h23' }));
  return format.format(instant);
}

/** The calendar date of an instant in a zone, as YYYY-MM-DD. */
function localDate(instant: number, zone: string): string {
  return cached(`date|${zone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(instant);
}

/** A time of the run-of-show: "14:30" on the event's date, "29 Nov 2026, 09:16" on any other. */
export function agendaTime(instant: number, zone: string, eventDate: IsoDate, language: string): string {
  if (localDate(instant, zone) === eventDate) return clockTime(instant, zone);
  return writeDatedTime(instant, zone, language);
}
