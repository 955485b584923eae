/**
 * The concept note's time line and the zone math under it. Every offset
 * comes from the runtime's IANA data: Asia/Almaty moved from UTC+6 to UTC+5
 * on 2024-03-01, and the same agenda time reads differently on each side.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_EVENT } from '../../../shared/session/example-session';
import { groupZonesByLocalTime, isValidTimeZone, localDateOf, offsetLabel, resolveLocalTime, timeNotice, timeOfDayIn, zoneCity, zonedInstant } from '../../../shared/kernel/timezones';
import type { EpochMs, IsoDate, TimeOfDay } from '../../../shared/kernel/units';

const date = (d: string) => d as IsoDate;
const time = (t: string) => t as TimeOfDay;
const instant = (iso: string) => Date.parse(iso) as EpochMs;
const noticeAt = (d: string, t: string) => timeNotice(zonedInstant(date(d), time(t), EXAMPLE_EVENT.timeZone), EXAMPLE_EVENT.participantZones);

describe('timeNotice for the five capitals of the Dialogue', () => {
  it('reads as in the concept note on the conference day, when Almaty was UTC+6', () => {
    expect(noticeAt('2023-10-16', '10:00')).toBe('10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent');
  });

  it('regroups the capitals a year later, after Almaty moved to UTC+5', () => {
    expect(noticeAt('2024-10-16', '10:00')).toBe('11:00 - Bishkek; 10:00 - Astana, Dushanbe, Ashgabat, Tashkent');
  });

  it('switches on 2024-03-01: the day before still groups Astana with Bishkek', () => {
    expect(noticeAt('2024-02-29', '10:00')).toBe('10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent');
    expect(noticeAt('2024-03-01', '10:00')).toBe('11:00 - Bishkek; 10:00 - Astana, Dushanbe, Ashgabat, Tashkent');
  });

  it('is empty without participant zones', () => {
    expect(timeNotice(instant('2023-10-16T04:00:00Z'), [])).toBe('');
  });

  it('puts the latest local time first, also across half-hour and western zones', () => {
    const groups = groupZonesByLocalTime(instant('2023-10-16T04:00:00Z'), [
      { label: 'New York', timeZone: 'America/New_York' },
      { label: 'Delhi', timeZone: 'Asia/Kolkata' },
      { label: 'Geneva', timeZone: 'Europe/Zurich' },
      { label: 'Astana', timeZone: 'Asia/Almaty' },
    ]);
    expect(groups).toEqual([
      { time: '10:00', labels: ['Astana'] },
      { time: '09:30', labels: ['Delhi'] },
      { time: '06:00', labels: ['Geneva'] },
      { time: '00:00', labels: ['New York'] },
    ]);
  });
});

describe('zonedInstant', () => {
  it('places 10:00 in Almaty at 04:00 UTC on the conference day and at 05:00 UTC a year later', () => {
    expect(zonedInstant(date('2023-10-16'), time('10:00'), 'Asia/Almaty')).toBe(instant('2023-10-16T04:00:00Z'));
    expect(zonedInstant(date('2024-10-16'), time('10:00'), 'Asia/Almaty')).toBe(instant('2024-10-16T05:00:00Z'));
  });

  it('uses the offset of each side of the 2024-03-01 change', () => {
    expect(zonedInstant(date('2024-02-29'), time('10:00'), 'Asia/Almaty')).toBe(instant('2024-02-29T04:00:00Z'));
    expect(zonedInstant(date('2024-03-01'), time('10:00'), 'Asia/Almaty')).toBe(instant('2024-03-01T05:00:00Z'));
  });

  it('follows daylight saving time where a zone has it', () => {
    expect(zonedInstant(date('2024-01-15'), time('09:00'), 'Europe/Zurich')).toBe(instant('2024-01-15T08:00:00Z'));
    expect(zonedInstant(date('2024-07-15'), time('09:00'), 'Europe/Zurich')).toBe(instant('2024-07-15T07:00:00Z'));
  });

  it('round-trips with timeOfDayIn', () => {
    const at = zonedInstant(date('2023-10-16'), time('13:30'), 'Asia/Tashkent');
    expect(timeOfDayIn(at, 'Asia/Tashkent')).toBe('13:30');
    expect(timeOfDayIn(at, 'Asia/Bishkek')).toBe('14:30');
  });
});

describe('offsetLabel', () => {
  it('names Almaty UTC+6 before the change and UTC+5 after it', () => {
    expect(offsetLabel(instant('2023-10-16T04:00:00Z'), 'Asia/Almaty')).toBe('UTC+6');
    expect(offsetLabel(instant('2024-10-16T05:00:00Z'), 'Asia/Almaty')).toBe('UTC+5');
  });

  it('writes minutes only when there are some, and UTC alone for zero', () => {
    const at = instant('2024-01-15T12:00:00Z');
    expect(offsetLabel(at, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(offsetLabel(at, 'Asia/Kathmandu')).toBe('UTC+5:45');
    expect(offsetLabel(at, 'America/New_York')).toBe('UTC-5');
    expect(offsetLabel(at, 'America/St_Johns')).toBe('UTC-3:30');
    expect(offsetLabel(at, 'UTC')).toBe('UTC');
    expect(offsetLabel(at, 'Europe/London')).toBe('UTC');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names', () => {
    for (const zone of ['Asia/Almaty', 'Asia/Bishkek', 'Asia/Dushanbe', 'Asia/Ashgabat', 'Asia/Tashkent', 'UTC', 'America/Argentina/Buenos_Aires']) {
      expect(isValidTimeZone(zone), zone).toBe(true);
    }
  });

  it('rejects unknown names, empty strings and padded names', () => {
    for (const zone of ['Mars/Olympus', '', '   ', ' Asia/Almaty', 'Asia/Almaty ', 'Asia/Astana']) {
      expect(isValidTimeZone(zone), JSON.stringify(zone)).toBe(false);
    }
  });
});

describe('local times the clock change skips or repeats (finding 5)', () => {
  it('knows 02:30 does not exist in Brussels on 2027-03-28: the clocks go forward from 02:00 to 03:00', () => {
    expect(resolveLocalTime(date('2027-03-28'), time('02:30'), 'Europe/Brussels')).toEqual({
      kind: 'skipped',
      change: { at: instant('2027-03-28T01:00:00Z'), from: '02:00', to: '03:00' },
    });
  });

  it('knows 00:30 does not exist in Santiago on 2025-09-07 (clocks go from midnight to 01:00), and never moves it to the day before', () => {
    expect(resolveLocalTime(date('2025-09-07'), time('00:30'), 'America/Santiago')).toEqual({
      kind: 'skipped',
      change: { at: instant('2025-09-07T04:00:00Z'), from: '00:00', to: '01:00' },
    });
    expect(localDateOf(zonedInstant(date('2025-09-07'), time('00:30'), 'America/Santiago'), 'America/Santiago')).toBe('2025-09-07');
  });

  it('takes the earlier of two 02:30s in Brussels on 2027-10-31, as RFC 5545 and Temporal do', () => {
    expect(resolveLocalTime(date('2027-10-31'), time('02:30'), 'Europe/Brussels')).toEqual({
      kind: 'ambiguous',
      instant: instant('2027-10-31T00:30:00Z'),
      later: instant('2027-10-31T01:30:00Z'),
      change: { at: instant('2027-10-31T01:00:00Z'), from: '03:00', to: '02:00' },
    });
    expect(zonedInstant(date('2027-10-31'), time('02:30'), 'Europe/Brussels')).toBe(instant('2027-10-31T00:30:00Z'));
  });

  it('takes the earlier of two 23:30s in Almaty on 2024-02-29, the night it moved from UTC+6 to UTC+5', () => {
    expect(resolveLocalTime(date('2024-02-29'), time('23:30'), 'Asia/Almaty')).toEqual({
      kind: 'ambiguous',
      instant: instant('2024-02-29T17:30:00Z'),
      later: instant('2024-02-29T18:30:00Z'),
      change: { at: instant('2024-02-29T18:00:00Z'), from: '00:00', to: '23:00' },
    });
  });

  it('takes the earlier of two 23:30s in Santiago on 2026-04-04, when the clocks go back at midnight', () => {
    expect(resolveLocalTime(date('2026-04-04'), time('23:30'), 'America/Santiago')).toMatchObject({ kind: 'ambiguous', instant: instant('2026-04-05T02:30:00Z') });
  });

  it('finds an ordinary time exact, on either side of a change', () => {
    expect(resolveLocalTime(date('2027-03-28'), time('03:00'), 'Europe/Brussels')).toEqual({ kind: 'exact', instant: instant('2027-03-28T01:00:00Z') });
    expect(resolveLocalTime(date('2027-03-28'), time('01:59'), 'Europe/Brussels')).toEqual({ kind: 'exact', instant: instant('2027-03-28T00:59:00Z') });
    expect(resolveLocalTime(date('2023-10-16'), time('10:00'), 'Asia/Almaty')).toEqual({ kind: 'exact', instant: instant('2023-10-16T04:00:00Z') });
    expect(resolveLocalTime(date('2024-03-01'), time('00:00'), 'Asia/Almaty')).toEqual({ kind: 'exact', instant: instant('2024-02-29T19:00:00Z') });
  });
});

describe('zoneCity', () => {
  it('names the venue clock after the event zone\'s city', () => {
    expect(zoneCity('Europe/Brussels')).toBe('Brussels');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('Asia/Almaty')).toBe('Almaty');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});
