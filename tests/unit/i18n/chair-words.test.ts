/**
 * What the chair reads: the host's refusals in plain words of the interface
 * language (finding 8), and figures beyond a day written as dates, never as
 * thousands of hours (finding 2).
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales';
import type { Language } from '../../../shared/i18n/languages';
import { refusalText } from '../../../renderer/src/ui/refusals';
import { drift, gap } from '../../../renderer/src/i18n/format';
import { agendaTime } from '../../../renderer/src/ui/time';
import type { IsoDate } from '../../../shared/kernel/units';
import type { CommandError } from '../../../shared/kernel/errors';
import { parseCommand } from '../../../shared/session/commands';
import { Story } from '../helpers';

/** As the app sets i18next up (renderer/src/i18n/index.ts): React escapes what it renders, so i18next does not. */
function translator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ lng: language, initAsync: false, interpolation: { escapeValue: false }, resources: { [language]: { translation: LOCALES[language].messages } } });
  return instance.t;
}

const en = translator('en');
const ru = translator('ru');
const HOUR = 3_600_000;

describe('refusals in plain words (finding 8)', () => {
  const unknownZone = { code: 'invalid', field: 'patch.participantZones.6.timeZone', message: 'is not a known IANA time zone (for example Asia/Almaty)' } as const;

  it('names the line of a participants\' zone, not the path of the field', () => {
    expect(refusalText(en, unknownZone)).toBe("Participants' zones, line 7: not a time zone this computer knows. Write it as Region/City, for example Europe/Brussels.");
    expect(refusalText(ru, unknownZone)).toBe('Часовые пояса участников, строка 7: такого часового пояса нет. Напишите его как Регион/Город, например Europe/Brussels.');
  });

  it('says what a date and a time of day must look like', () => {
    expect(refusalText(en, { code: 'invalid', field: 'patch.date', message: 'must be between 1970-01-01 and 2100-12-31' })).toBe(
      'Date: write it as YYYY-MM-DD, a real date between 1970 and 2100 (for example 2027-03-28).',
    );
    expect(refusalText(en, { code: 'invalid', field: 'patch.hardStart', message: 'must be a time of day as HH:mm (00:00 to 23:59)' })).toBe(
      'Hard start: write it on the 24-hour clock as HH:mm, from 00:00 to 23:59 (for example 14:30).',
    );
  });

  it('keeps the host\'s own words for what it has no plain wording of', () => {
    expect(refusalText(en, { code: 'conflict', field: 'scope', message: 'there is nothing to undo' })).toBe('there is nothing to undo');
    expect(refusalText(en, { code: 'invalid', field: 'patch.mystery', message: 'is odd' })).toBe('patch.mystery is odd');
  });
});

describe('refusals the host really makes', () => {
  /** The refusal of `input` as the host makes it: the command's schema first, then the session's rules. */
  function refusalOf(story: Story, input: unknown): CommandError {
    const parsed = parseCommand(input);
    return parsed.ok ? story.refusal(parsed.command) : parsed.error;
  }

  it('each gets a sentence of the translation files, not the host’s English (its wordings and the renderer’s patterns can not drift apart)', () => {
    const story = new Story();
    const [first, second] = story.doc.parts[0]!.segments;
    const inputs = [
      { type: 'part.add', title: ' ' },
      { type: 'part.add', title: 'x'.repeat(1_000) },
      { type: 'event.update', patch: { organizers: Array.from({ length: 500 }, (_, i) => `Organizer ${i}`) } },
      { type: 'event.update', patch: { date: '2023-02-30' } },
      { type: 'event.update', patch: { date: '1900-01-01' } },
      { type: 'segment.update', segmentId: first!.id, patch: { hardStart: '25:00' } },
      { type: 'event.update', patch: { timeZone: 'Mars/Base' } },
      { type: 'event.update', patch: { participantZones: [{ label: 'Bishkek', timeZone: 'Asia/Bishkek' }, { label: 'bishkek', timeZone: 'Asia/Bishkek' }] } },
      { type: 'event.update', patch: { timeZone: 'Europe/Brussels', date: '2024-03-31', dayStart: '02:30' } },
      { type: 'segment.update', segmentId: second!.id, patch: { hardStart: '09:00' } },
      { type: 'segment.update', segmentId: first!.id, patch: { plannedDurationMs: 1_000 } },
      { type: 'segment.update', segmentId: first!.id, patch: { warningMs: 10 } },
      { type: 'segment.update', segmentId: first!.id, patch: { plannedDurationMs: 1e10 } },
      { type: 'segment.update', segmentId: first!.id, patch: { plannedDurationMs: 60_000.5 } },
      { type: 'segment.update', segmentId: first!.id, patch: { warningMs: 60_000, finalMs: 120_000 } },
      { type: 'segment.update', segmentId: first!.id, patch: { warningMs: 3_000_000 } },
      { type: 'timer.countdownTo', time: '08:00' },
    ];
    for (const input of inputs) {
      const error = refusalOf(story, input);
      const hostWords = [`${error.field} ${error.message}`, error.message];
      expect(hostWords, JSON.stringify(error)).not.toContain(refusalText(en, error));
      expect(hostWords, JSON.stringify(error)).not.toContain(refusalText(ru, error));
      expect(refusalText(ru, error), JSON.stringify(error)).toMatch(/[а-яё]/i);
    }
  });
});

describe('figures beyond a day (finding 2)', () => {
  it('never says thousands of hours', () => {
    expect(drift(en, 27_377 * HOUR + 17 * 60_000)).toBe('a day or more late');
    expect(drift(en, -25 * HOUR)).toBe('a day or more early');
    expect(drift(en, 23 * HOUR)).toBe('+23 h');
    expect(drift(ru, 27_377 * HOUR)).toBe('на день или больше позже');
    expect(gap(en, 27_377 * HOUR)).toBe('a day or more');
    expect(gap(en, 65 * 60_000)).toBe('1 h 5 min');
  });

  it('writes a time on another day than the event with its date', () => {
    const event = '2023-10-16' as IsoDate;
    expect(agendaTime(Date.parse('2023-10-16T04:00:00Z'), 'Asia/Almaty', event, 'en')).toBe('10:00');
    expect(agendaTime(Date.parse('2026-11-29T04:16:00Z'), 'Asia/Almaty', event, 'en')).toBe('29 Nov 2026, 09:16');
    expect(agendaTime(Date.parse('2026-11-29T04:16:00Z'), 'Asia/Almaty', event, 'ru')).toBe('29 нояб. 2026 г., 09:16');
  });
});
