/** Durations, drift and dates in the interface language. */
import type { TFunction } from 'i18next';
import { driftMinutes, hoursAndMinutes } from '../../../shared/kernel/durations';
import type { HistoryLabel } from '../../../shared/session/history';
import { isLanguage } from '../../../shared/i18n/languages';
import type { IsoDate } from '../../../shared/kernel/units';
import { LOCALES } from '../../../shared/i18n/locales';

/** "45 min", "1 h 30 min" ("45 мин", "1 ч 30 мин"). */
export function duration(t: TFunction, ms: number): string {
  const { hours, minutes } = hoursAndMinutes(ms);
  if (hours === 0) return t('duration.minutes', { minutes });
  return minutes === 0 ? t('duration.hours', { hours }) : t('duration.hoursMinutes', { hours, minutes });
}

/** Over / under: "+5 min", "-3 min", "on time". */
export function drift(t: TFunction, ms: number): string {
  const minutes = driftMinutes(ms);
  if (minutes === 0) return t('duration.onTime');
  return `${minutes > 0 ? '+' : '-'}${duration(t, ms)}`;
}

/** A calendar date written out: "Monday, 16 October 2023", "понедельник, 16 октября 2023 г.". */
export function longDate(date: IsoDate, language: string): string {
  const locale = isLanguage(language) ? LOCALES[language].intl : language;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));
}

/** An undo step as the toolbar names it: "Go live — Opening", "New session". */
export function stepName(t: TFunction, label: HistoryLabel): string {
  const action = t(`history.${label.action}`);
  return label.subject === '' ? action : `${action} — ${label.subject}`;
}

/** An instant with its date, in the venue's zone: "16 Oct 2023, 09:05:12", "16 окт. 2023 г., 09:05:12". */
export function dateTime(instant: number, language: string, zone: string): string {
  const locale = isLanguage(language) ? LOCALES[language].intl : language;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23', timeZone: zone }).format(instant);
}
