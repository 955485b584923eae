/**
 * What a translation file (shared/i18n/locales/<code>.ts) exports by default: the
 * language's own name, the Intl locale its dates and numbers are written in,
 * the CLDR calendar words for runtimes that lack them, and its messages,
 * with the same keys as the English file (tests/unit/i18n checks that).
 * Plural forms take i18next's suffixes for the categories of the language's
 * Intl.PluralRules (_one / _other in English, Kazakh, Kyrgyz, Tajik, Turkmen
 * and Uzbek; _one / _few / _many / _other in Russian).
 */
export interface Messages {
  [key: string]: string | Messages;
}

/** A plural form's suffix on a key (message_one, message_other, ...). */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every message by its dotted key ("timer.start"), for the checks and tools that compare translation files. */
export function flattenMessages(messages: Messages, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else flattenMessages(value, `${prefix}${key}.`, out);
  }
  return out;
}

/**
 * CLDR's date words and patterns for the language, as Intl writes them with
 * full CLDR data (Node's ICU). Chromium, and so Electron, ships ICU without
 * the Kazakh, Kyrgyz, Tajik, Turkmen and Uzbek data (its Intl writes
 * "2023 M10 16, Mon" for them), so there these words take its place
 * (shared/i18n/dates.ts); tests/unit/i18n/dates.test.ts proves they write
 * every day of a year exactly as Node's Intl does.
 */
export interface Calendar {
  /** January first, in the form a date uses ("16 қазан"). */
  months: readonly string[];
  /** The abbreviations of a date with its time ("16 қаз."). */
  monthsShort: readonly string[];
  /** Sunday first. */
  weekdays: readonly string[];
  /** The full date: {weekday} {day} {month} {year} ({dd}: the day in two digits, 01). */
  longDate: string;
  /** A date with a 24-hour time: {day} (or {dd}) {month} {year} {hour} {minute}. */
  datedTime: string;
  /** Digit grouping and the decimal sign of numbers. */
  group: string;
  decimal: string;
}

export interface Locale {
  /** The language's name in itself, as the language switch lists it. */
  name: string;
  /** The Intl locale for dates and numbers ("en-GB" writes 16 October 2023). */
  intl: string;
  /** CLDR's words for a runtime whose Intl lacks the locale (see Calendar). */
  calendar?: Calendar;
  messages: Messages;
}
