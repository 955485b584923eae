/**
 * What the five national languages take from CLDR, checked against Node's
 * full ICU: the calendar words in their locale files write every day of a
 * leap and a common year, and dates with times in the delegations' zones,
 * exactly as Intl does (so a runtime without their data, Chromium and
 * Electron, writes the same); numbers take the language's signs; country
 * names are Intl.DisplayNames'; and plurals pick the form Intl.PluralRules
 * names.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { LOCALES } from '../../../shared/i18n/locales';
import type { Calendar, Messages } from '../../../shared/i18n/locale';
import { calendarDatedTime, calendarLongDate, intlWritesDates, writeLongDate, writeNumber } from '../../../shared/i18n/dates';

const NATIONAL = ['kk', 'ky', 'tg', 'tk', 'uz'] as const;
const DAY = 86_400_000;
const ZONES = ['Asia/Almaty', 'Asia/Bishkek', 'Asia/Dushanbe', 'Asia/Ashgabat', 'Asia/Tashkent', 'Europe/Brussels'];

function calendarOf(language: Language): Calendar {
  const calendar = LOCALES[language].calendar;
  if (!calendar) throw new Error(`${language} has no calendar words`);
  return calendar;
}

describe('calendar words of the national languages, against Node\'s CLDR', () => {
  it.each(NATIONAL)('Node has %s\'s CLDR data, so the comparison means something', (language) => {
    const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 9, 16));
    expect(month, 'Node without full ICU writes "M10"').not.toMatch(/^M\d/);
    expect(intlWritesDates(language)).toBe(true);
  });

  it.each(NATIONAL)('%s: every day of 2023 and 2024 written out, as Intl writes it', (language) => {
    const calendar = calendarOf(language);
    const intl = new Intl.DateTimeFormat(LOCALES[language].intl, { dateStyle: 'full', timeZone: 'UTC' });
    const differing: string[] = [];
    for (let instant = Date.UTC(2023, 0, 1); instant < Date.UTC(2025, 0, 1); instant += DAY) {
      const date = new Date(instant).toISOString().slice(0, 10);
      const ours = calendarLongDate(calendar, date);
      if (ours !== intl.format(instant)) differing.push(`${date}: ${ours} ≠ ${intl.format(instant)}`);
    }
    expect(differing).toEqual([]);
    expect(writeLongDate('2023-10-16', language)).toBe(intl.format(Date.UTC(2023, 9, 16)));
  });

  it.each(NATIONAL)('%s: a date with its 24-hour time in each delegation\'s zone, as Intl writes it', (language) => {
    const calendar = calendarOf(language);
    const differing: string[] = [];
    for (const zone of ZONES) {
      const intl = new Intl.DateTimeFormat(LOCALES[language].intl, { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      // Every 7 h 13 min across a year: each month, each hour of the day, midnight and the small hours.
      for (let instant = Date.UTC(2024, 0, 1); instant < Date.UTC(2025, 0, 1); instant += 7 * 3_600_000 + 13 * 60_000) {
        const ours = calendarDatedTime(calendar, instant, zone);
        if (ours !== intl.format(instant)) differing.push(`${zone} ${new Date(instant).toISOString()}: ${ours} ≠ ${intl.format(instant)}`);
      }
    }
    expect(differing.slice(0, 5)).toEqual([]);
    expect(calendarDatedTime(calendar, Date.UTC(2023, 9, 16, 3, 5), 'Asia/Tashkent')).toMatch(/08:05/);
  });

  it.each(NATIONAL)('%s: numbers with the language\'s grouping and decimal sign', (language) => {
    for (const value of [0, 7, 1234, 12345.5, 1_000_000]) {
      expect(writeNumber(value, language)).toBe(new Intl.NumberFormat(LOCALES[language].intl, { maximumFractionDigits: 1 }).format(value));
    }
    expect(writeNumber(12345.5, language)).toBe('12\u00a0345,5');
  });
});

describe('country names from CLDR (Intl.DisplayNames)', () => {
  const FIVE = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
  const names = (language: Language, section: 'country' | 'recCountry') => FIVE.map((code) => (LOCALES[language].messages[section] as Messages)[code]);

  it.each([...NATIONAL, 'en'] as const)('%s names the five countries as CLDR does, in the speakers\' and the recommendations\' lists', (language) => {
    const cldr = new Intl.DisplayNames([LOCALES[language].intl], { type: 'region' });
    const expected = FIVE.map((code) => cldr.of(code));
    expect(names(language, 'country')).toEqual(expected);
    expect(names(language, 'recCountry')).toEqual(expected);
  });

  it('Russian keeps the country\'s own name for Kyrgyzstan (CLDR says Киргизия), and CLDR\'s for the other four', () => {
    const cldr = new Intl.DisplayNames(['ru'], { type: 'region' });
    expect(names('ru', 'country')).toEqual(['Казахстан', 'Кыргызстан', 'Таджикистан', 'Туркменистан', 'Узбекистан']);
    expect(FIVE.filter((code, i) => cldr.of(code) !== names('ru', 'country')[i])).toEqual(['KG']);
  });
});

describe('plural forms', () => {
  it.each(LANGUAGES)('%s: i18next picks the form Intl.PluralRules names, for every count', (language) => {
    const instance = i18next.createInstance();
    void instance.init({ lng: language, initAsync: false, interpolation: { escapeValue: false }, resources: { [language]: { translation: LOCALES[language].messages } } });
    const rec = LOCALES[language].messages.rec as Record<string, string>;
    const rules = new Intl.PluralRules(language);
    for (const count of [0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 1000]) {
      const form = rec[`count_${rules.select(count)}`]!;
      expect(instance.t('rec.count', { count }), `${language} ${count}`).toBe(form.replace('{{count, number}}', new Intl.NumberFormat(language).format(count)));
    }
  });

  it('the national languages have one and other (a noun after a number stays singular), Russian one, few, many and other', () => {
    expect(Object.fromEntries(LANGUAGES.map((language) => [language, new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort().join(' ')]))).toEqual({
      en: 'one other',
      ru: 'few many one other',
      kk: 'one other',
      ky: 'one other',
      tg: 'one other',
      tk: 'one other',
      uz: 'one other',
    });
  });
});

describe('the language switch', () => {
  it('lists all seven languages, each by its own name', () => {
    expect(LANGUAGES.map((code) => LOCALES[code].name)).toEqual(['English', 'Русский', 'Қазақша', 'Кыргызча', 'Тоҷикӣ', 'Türkmençe', 'Oʻzbekcha']);
  });
});
