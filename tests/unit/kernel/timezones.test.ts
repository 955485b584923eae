/**
 * The concept note's time line and the zone math under it. Every offset
 * comes from the runtime's IANA data: Asia/Almaty moved from UTC+6 to UTC+5
 * on 2024-03-01, and the same agenda time reads differently on each side.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_EVENT } from '../../../shared/session/example-session';
import { groupZonesByLocalTime, isValidTimeZone, offsetLabel, timeNotice, timeOfDayIn, zonedInstant } from '../../../shared/kernel/timezones';
import type { EpochMs, IsoDate, TimeOfDay } from '../../../shared/kernel/units';

const date = (d: string) => d as IsoDate;
const time = (t: string) => t as TimeOfDay;
const instant = (iso: string) => Date.parse(iso) as EpochMs;
const noticeAt = (d: string, t: string) => timeNotice(date(d), time(t), EXAMPLE_EVENT.timeZone, EXAMPLE_EVENT.participantZones);

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
    expect(timeNotice(date('2023-10-16'), time('10:00'), 'Asia/Almaty', [])).toBe('');
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
