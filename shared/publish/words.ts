/**
 * How the published documents word the session: dates in the language, the
 * codes of the record (pillars, addressees, countries...) by their names in
 * the language, lists joined the language's way. One place, so the outcome
 * document, the roadmap and the workbook say the same.
 */
import type { Language } from '../i18n/languages';
import { translator, type Translator } from '../i18n/translate';

export interface Words extends Translator {
  /** "16 October 2023", "16 октября 2023 г." (a date of the venue's calendar). */
  date(date: string): string;
  /** "16 October 2023, 17:05" at an instant, in a time zone. */
  dateTime(instant: number, timeZone: string): string;
  /** The name of a code in one of the message groups ("pillar", "addressee", "recCountry", ...). */
  name(group: string, code: string): string;
  list(items: readonly string[]): string;
}

export function wordsFor(language: Language): Words {
  const base = translator(language);
  const day = new Intl.DateTimeFormat(base.intl, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    ...base,
    date: (date) => day.format(Date.parse(`${date}T00:00:00Z`)),
    dateTime: (instant, timeZone) => new Intl.DateTimeFormat(base.intl, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(instant),
    name: (group, code) => base.t(`${group}.${code}`),
    list: (items) => items.join(base.t('publish.listSeparator')),
  };
}
