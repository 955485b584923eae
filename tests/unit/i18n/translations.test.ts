/**
 * The translation files, as a translator adding a language meets them: every
 * language listed in shared/i18n/languages.ts has its file and every file is
 * listed; each file has every English message, in the plural forms its
 * language needs, with the same {{placeholders}}; and durations and dates
 * come out in the language.
 */
import { readdir } from 'node:fs/promises';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { LOCALES } from '../../../shared/i18n/locales';
import { flattenMessages, PLURAL_SUFFIX } from '../../../shared/i18n/locale';
import { drift, duration, longDate } from '../../../renderer/src/i18n/format';
import type { IsoDate } from '../../../shared/kernel/units';



/** The keys a language must have: English's, with each plural in the forms the language's plural rules use. */
function expectedKeys(language: Language): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of flattenMessages(LOCALES.en.messages).keys()) {
    if (PLURAL_SUFFIX.test(key)) for (const category of categories) keys.add(key.replace(PLURAL_SUFFIX, `_${category}`));
    else keys.add(key);
  }
  return [...keys].sort();
}

/** The {{placeholders}} of a message, with their format ("count, number"). */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g)].map((m) => (m[2] ? `${m[1]}, ${m[2]}` : m[1])).sort();

function translator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ lng: language, initAsync: false, resources: { [language]: { translation: LOCALES[language].messages } } });
  return instance.t;
}

describe('translation files', () => {
  it('one file per listed language, and no file for a language not listed', async () => {
    const files = (await readdir('shared/i18n/locales')).filter((name) => name !== 'index.ts').map((name) => name.replace(/\.ts$/, '')).sort();
    expect(files).toEqual([...LANGUAGES].sort());
    expect(Object.keys(LOCALES)).toEqual([...LANGUAGES]);
  });

  it.each(LANGUAGES)('%s has every message, in its plural forms, with the placeholders of the English', (language) => {
    const english = flattenMessages(LOCALES.en.messages);
    const messages = flattenMessages(LOCALES[language].messages);
    expect([...messages.keys()].sort()).toEqual(expectedKeys(language));
    for (const [key, text] of messages) {
      const source = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'))!;
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(source));
    }
  });

  it.each(LANGUAGES)('%s has a name and writes dates with a locale the runtime knows', (language) => {
    const { name, intl } = LOCALES[language];
    expect(name).not.toBe('');
    expect(Intl.DateTimeFormat.supportedLocalesOf([intl])).toEqual([intl]);
  });
});

describe('words in the interface language', () => {
  it('durations and drift', () => {
    const en = translator('en');
    const ru = translator('ru');
    expect([duration(en, 45 * 60_000), duration(en, 90 * 60_000), duration(en, 120 * 60_000)]).toEqual(['45 min', '1 h 30 min', '2 h']);
    expect([duration(ru, 45 * 60_000), duration(ru, 90 * 60_000), duration(ru, 120 * 60_000)]).toEqual(['45 мин', '1 ч 30 мин', '2 ч']);
    expect([drift(en, 5 * 60_000), drift(en, -3 * 60_000), drift(en, 20_000)]).toEqual(['+5 min', '-3 min', 'on time']);
    expect([drift(ru, 5 * 60_000), drift(ru, 20_000)]).toEqual(['+5 мин', 'по графику']);
  });

  it('plurals follow each language’s rules', () => {
    const ru = translator('ru');
    expect([1, 3, 5, 21].map((count) => ru('rec.count', { count }))).toEqual(['1 рекомендация', '3 рекомендации', '5 рекомендаций', '21 рекомендация']);
    expect([1, 2].map((count) => translator('en')('rec.count', { count }))).toEqual(['1 recommendation', '2 recommendations']);
  });

  it('the event date, written out with the month’s name', () => {
    const day = '2023-10-16' as IsoDate;
    expect(longDate(day, 'en')).toBe('Monday, 16 October 2023');
    expect(longDate(day, 'ru')).toBe('понедельник, 16 октября 2023 г.');
  });
});
