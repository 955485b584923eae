/**
 * The speaking-time record: time spoken per speaker and per country against
 * time allotted for the day, and the timing report (planned vs actual per
 * segment and speaker) as CSV.
 */
import type { Country } from '../kernel/countries';
import type { TimerDoc } from './model';
import { allSegments } from '../run-of-show/model';
import { COUNTRIES, COUNTRY_NAMES } from '../kernel/countries';
import type { DurationMs, EpochMs } from '../kernel/units';
import type { TimerState } from './model';
import { computeSchedule } from '../run-of-show/schedule';
import { toCsv } from '../kernel/csv';
import { formatInTimeZone } from 'date-fns-tz';

/** Spoken time per speaker id, including the run in progress at `now`. */
export function spokenBySpeaker(timer: TimerState, now: EpochMs): Map<string, DurationMs> {
  const spoken = new Map<string, DurationMs>();
  for (const record of Object.values(timer.spoken)) spoken.set(record.speakerId, record.spokenMs);
  const { speakerId, clock } = timer;
  if (speakerId !== null && clock.runningSince !== null) {
    spoken.set(speakerId, ((spoken.get(speakerId) ?? 0) + Math.max(0, now - clock.runningSince)) as DurationMs);
  }
  return spoken;
}

export interface CountryBalance {
  country: Country;
  name: string;
  spokenMs: DurationMs;
  allottedMs: DurationMs;
  speakers: number;
}

/** Spoken vs allotted time per country over the whole day, in COUNTRIES order; countries with no speakers are left out. */
export function balanceByCountry(doc: Pick<TimerDoc, 'parts' | 'timer'>, now: EpochMs): CountryBalance[] {
  const spoken = spokenBySpeaker(doc.timer, now);
  const rows = new Map<Country, CountryBalance>();
  const row = (country: Country) => {
    let entry = rows.get(country);
    if (!entry) {
      entry = { country, name: COUNTRY_NAMES[country], spokenMs: 0 as DurationMs, allottedMs: 0 as DurationMs, speakers: 0 };
      rows.set(country, entry);
    }
    return entry;
  };
  const seen = new Set<string>();
  for (const segment of allSegments(doc)) {
    for (const speaker of segment.speakers) {
      const entry = row(speaker.country);
      entry.allottedMs = (entry.allottedMs + speaker.allottedMs) as DurationMs;
      entry.spokenMs = (entry.spokenMs + (spoken.get(speaker.id) ?? 0)) as DurationMs;
      entry.speakers++;
      seen.add(speaker.id);
    }
  }
  // Speakers removed from the agenda after speaking still count.
  for (const record of Object.values(doc.timer.spoken)) {
    if (seen.has(record.speakerId)) continue;
    const entry = row(record.country);
    entry.spokenMs = (entry.spokenMs + record.spokenMs) as DurationMs;
  }
  return COUNTRIES.filter((c) => rows.has(c)).map((c) => rows.get(c)!);
}

const minutesText = (ms: number | null) => (ms === null ? '' : (ms / 60_000).toFixed(1));

/** Planned vs actual per segment, then per speaker, as spreadsheet-ready CSV. */
export function timingReportCsv(doc: TimerDoc, now: EpochMs): string {
  const zone = doc.event.timeZone;
  const time = (t: number | null) => (t === null ? '' : formatInTimeZone(t, zone, 'HH:mm:ss'));
  const schedule = computeSchedule(doc, now);
  const spoken = spokenBySpeaker(doc.timer, now);
  const rows: Array<Array<string | number | null>> = [];
  for (const part of doc.parts) {
    for (const segment of part.segments) {
      const times = schedule.byId.get(segment.id)!;
      const actualMs = segment.actualStartAt === null ? null : (segment.actualEndAt ?? now) - segment.actualStartAt;
      rows.push([
        'segment',
        part.title,
        segment.title,
        '',
        '',
        segment.status,
        time(times.plannedStart),
        time(times.actualStart),
        time(times.actualEnd),
        minutesText(segment.plannedDurationMs),
        minutesText(actualMs),
        minutesText(actualMs === null ? null : actualMs - segment.plannedDurationMs),
      ]);
      for (const speaker of segment.speakers) {
        const spokenMs = spoken.get(speaker.id) ?? null;
        rows.push([
          'speaker',
          part.title,
          segment.title,
          speaker.name,
          COUNTRY_NAMES[speaker.country],
          '',
          '',
          '',
          '',
          minutesText(speaker.allottedMs),
          minutesText(spokenMs),
          minutesText(spokenMs === null ? null : spokenMs - speaker.allottedMs),
        ]);
      }
    }
  }
  return toCsv(
    ['row', 'part', 'segment', 'speaker', 'country', 'status', 'planned start', 'actual start', 'actual end', 'planned min', 'actual min', 'over (+) / under (-) min'],
    rows,
  );
}
