/**
 * Dates and numbers in the interface language, through Intl. Where the
 * runtime's Intl has the language's CLDR data (Node with full ICU) it
 * writes them; where it lacks them (Chromium and Electron ship ICU without
 * Kazakh, Kyrgyz, Tajik, Turkmen and Uzbek, and answer in the root locale:
 * "2023 M10 16, Mon"), the locale file's CLDR words and patterns do, from
 * Intl's numeric parts in the zone. Which one is used is decided once per
 * language by writing one reference date both ways. Times are 24-hour in
 * every language.
 */
import { isLanguage, type Language } from './languages';
import type { Calendar, Locale } from './locale';
import { LOCALES } from './locales';

/** Monday 16 October 2023, 14:05 UTC: the conference day. */
const REFERENCE = Date.UTC(2023, 9, 16, 14, 5);

const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeZone: 'UTC' };
const DATED_TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function localeOf(language: string): Locale | undefined {
  return isLanguage(language) ? LOCALES[language] : undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
}

/** The calendar fields of an instant in a zone, from Intl's numeric parts (the same in every locale). */
function fieldsAt(instant: number, zone: string): Fields {
  const parts = formatter('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: Number(part('year')), month: Number(part('month')), day: Number(part('day')), hour: part('hour'), minute: part('minute') };
}

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function longDateOf(calendar: Calendar, { year, month, day }: Fields): string {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return fill(calendar.longDate, { weekday: calendar.weekdays[weekday]!, day: String(day), dd: String(day).padStart(2, '0'), month: calendar.months[month - 1]!, year: String(year) });
}

function datedTimeOf(calendar: Calendar, fields: Fields): string {
  return fill(calendar.datedTime, { day: String(fields.day), dd: String(fields.day).padStart(2, '0'), month: calendar.monthsShort[fields.month - 1]!, year: String(fields.year), hour: fields.hour, minute: fields.minute });
}

/** A date (YYYY-MM-DD) in the calendar's words, whatever the runtime's Intl knows. */
export function calendarLongDate(calendar: Calendar, date: string): string {
  return longDateOf(calendar, fieldsAt(Date.parse(`${date}T00:00:00Z`), 'UTC'));
}

/** An instant with its date and 24-hour time in a zone, in the calendar's words. */
export function calendarDatedTime(calendar: Calendar, instant: number, zone: string): string {
  return datedTimeOf(calendar, fieldsAt(instant, zone));
}

const intlKnows = new Map<string, boolean>();
/** Whether this runtime's Intl writes the language's dates as CLDR does (a language without calendar words always is). */
export function intlWritesDates(language: Language): boolean {
  const locale = LOCALES[language];
  if (!locale.calendar) return true;
  let known = intlKnows.get(language);
  if (known === undefined) {
    known = formatter(locale.intl, LONG_DATE).format(REFERENCE) === longDateOf(locale.calendar, fieldsAt(REFERENCE, 'UTC'));
    intlKnows.set(language, known);
  }
  return known;
}

/** A calendar date written out: "Monday, 16 October 2023", "2023 ж. 16 қазан, дүйсенбі". */
export function writeLongDate(date: string, language: string): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  const locale = localeOf(language);
  if (locale?.calendar && !intlWritesDates(language as Language)) return longDateOf(locale.calendar, fieldsAt(instant, 'UTC'));
  return formatter(locale?.intl ?? language, LONG_DATE).format(instant);
}

/** An instant with its date, on the 24-hour clock: "29 Nov 2026, 09:16", "2026 ж. 29 қар., 09:16". */
export function writeDatedTime(instant: number, zone: string, language: string): string {
  const locale = localeOf(language);
  if (locale?.calendar && !intlWritesDates(language as Language)) return datedTimeOf(locale.calendar, fieldsAt(instant, zone));
  return formatter(locale?.intl ?? language, { ...DATED_TIME, timeZone: zone }).format(instant);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number with the language's digit grouping and decimal sign: "12,345.5", "12 345,5". */
export function writeNumber(value: number, language: string): string {
  const locale = localeOf(language);
  const intl = locale?.intl ?? language;
  let format = numberFormats.get(intl);
  if (!format) {
    format = new Intl.NumberFormat(intl, { maximumFractionDigits: 1 });
    numberFormats.set(intl, format);
  }
  const calendar = locale?.calendar;
  if (!calendar) return format.format(value);
  const parts = format.formatToParts(value);
  // A runtime without the locale's data groups and marks decimals as the root locale does: take the locale's signs then.
  return parts.map((part) => (part.type === 'group' ? calendar.group : part.type === 'decimal' ? calendar.decimal : part.value)).join('');
}
