/** Durations, drift and dates in the interface language. */
import type { TFunction } from 'i18next';
import { driftMinutes, hoursAndMinutes } from '../../../shared/kernel/durations';
import type { HistoryLabel } from '../../../shared/session/history';
import type { IsoDate } from '../../../shared/kernel/units';
import { writeDatedTime, writeLongDate } from '../../../shared/i18n/dates';
import en, { type EnglishMessages } from '../../../shared/i18n/locales/en';
import type { SpeakerMessage } from '../../../shared/timer/model';

/** A message on the speaker's screen in the reader's language when it is a ready-made one, else as it was typed. */
export function messageText(t: TFunction, message: SpeakerMessage): string {
  return message.preset ? t(`message.presets.${message.preset}`) : message.text;
}

type City = keyof EnglishMessages['city'];
const isCity = (place: string): place is City => Object.hasOwn(en.messages.city, place);

/**
 * A place in the interface language: the venue's and the delegations'
 * cities by their English name (the city of their IANA zone, or a
 * participants' zone labelled so: "Tashkent" is Toshkent in Uzbek); any
 * other place as the session wrote it.
 */
export function placeName(t: TFunction, place: string): string {
  return isCity(place) ? t(`city.${place}`) : place;
}

/** "45 min", "1 h 30 min" ("45 мин", "1 ч 30 мин"). */
export function duration(t: TFunction, ms: number): string {
  const { hours, minutes } = hoursAndMinutes(ms);
  if (hours === 0) return t('duration.minutes', { minutes });
  return minutes === 0 ? t('duration.hours', { hours }) : t('duration.hoursMinutes', { hours, minutes });
}

/** A day or more of drift is said as such: its figure in hours (thousands of them for an event dated years ago) would mean nothing. */
const DAY_MS = 24 * 3_600_000;

/** A gap between two times of the day: "1 h 5 min", or "a day or more". */
export function gap(t: TFunction, ms: number): string {
  return Math.abs(ms) >= DAY_MS ? t('duration.dayOrMore') : duration(t, ms);
}

/** Over / under: "+5 min", "-3 min", "on time", "a day or more late". */
export function drift(t: TFunction, ms: number): string {
  if (Math.abs(ms) >= DAY_MS) return t(ms > 0 ? 'duration.dayOrMoreLate' : 'duration.dayOrMoreEarly');
  const minutes = driftMinutes(ms);
  if (minutes === 0) return t('duration.onTime');
  return `${minutes > 0 ? '+' : '-'}${duration(t, ms)}`;
}

/** How the day runs: "Running 31 min late", "Running 5 min early", "On time". */
export function dayDrift(t: TFunction, ms: number): string {
  if (Math.abs(ms) >= DAY_MS) return t(ms > 0 ? 'runOfShow.runningDayLate' : 'runOfShow.runningDayEarly');
  const minutes = driftMinutes(ms);
  if (minutes === 0) return t('runOfShow.onTime');
  return t(minutes > 0 ? 'runOfShow.runningLate' : 'runOfShow.runningEarly', { duration: duration(t, ms) });
}

/** A calendar date written out: "Monday, 16 October 2023", "понедельник, 16 октября 2023 г.", "2023 ж. 16 қазан, дүйсенбі". */
export function longDate(date: IsoDate, language: string): string {
  return writeLongDate(date, language);
}

/** An undo step as the toolbar names it: "Go live — Opening", "New session". */
export function stepName(t: TFunction, label: HistoryLabel): string {
  const action = t(`history.${label.action}`);
  return label.subject === '' ? action : `${action} — ${label.subject}`;
}

/** An instant with its date and 24-hour time, in the venue's zone: "16 Oct 2023, 09:05", "2023 ж. 16 қаз., 09:05". */
export function dateTime(instant: number, language: string, zone: string): string {
  return writeDatedTime(instant, zone, language);
}
