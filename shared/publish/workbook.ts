/**
 * The workbook: one sheet per view (recommendations, roadmap, timing
 * report), in the session's language, with typed cells so a spreadsheet
 * can sort and add them up: numbers are numbers, dates are dates, times
 * are date-times in the venue's zone. The host writes it as XLSX
 * (electron/host/transfer/documents/xlsx.ts): frozen header, column widths.
 */
import type { Language } from '../i18n/languages';
import type { EpochMs } from '../kernel/units';
import { computeSchedule } from '../run-of-show/schedule';
import { allRecommendations, byCreation, type RecommendationsDoc } from '../recommendations/model';
import { attachmentNames, segmentLabel, speakerLabel } from '../recommendations/names';
import { spokenBySpeaker } from '../timer/speaking-time';
import type { TimerDoc } from '../timer/model';
import { roadmapTable } from './roadmap';
import { wordsFor } from './words';

/** A cell: text, a number (with its display format), a calendar date, an instant shown in the sheet's time zone, or empty. */
export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; format: '0' | '0.0' }
  | { kind: 'date'; value: string }
  | { kind: 'instant'; value: EpochMs; format: 'datetime' | 'time' }
  | null;

export interface Column {
  header: string;
  /** Width in characters. */
  width: number;
}

export interface Sheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** The zone instants are shown in (the venue's). */
  timeZone: string;
}

export const SHEETS = ['recommendations', 'roadmap', 'timing'] as const;
/** The column headings of the sheets (publish.columns in the translation files). */
type ColumnKey = 'id' | 'title' | 'text' | 'status' | 'priority' | 'pillar' | 'objective' | 'outcome' | 'countries' | 'addressees' | 'tags' | 'rapporteur' | 'part' | 'segment' | 'speaker' | 'mergedInto' | 'created' | 'updated' | 'row' | 'country' | 'segmentStatus' | 'plannedStart' | 'actualStart' | 'actualEnd' | 'plannedMin' | 'actualMin' | 'overMin' | 'segmentRow' | 'speakerRow';
export type SheetName = (typeof SHEETS)[number];

const text = (value: string | null | undefined): Cell => (value ? { kind: 'text', value } : null);
const minutes = (ms: number | null): Cell => (ms === null ? null : { kind: 'number', value: Math.round(ms / 6_000) / 10, format: '0.0' });
const instant = (value: number | null, format: 'datetime' | 'time'): Cell => (value === null ? null : { kind: 'instant', value: value as EpochMs, format });

function recommendationsSheet(doc: RecommendationsDoc, language: Language): Sheet {
  const words = wordsFor(language);
  const { t } = words;
  const zone = doc.event.timeZone;
  const names = attachmentNames(doc.parts, doc.recommendations.foreign);
  const c = (key: ColumnKey, width: number): Column => ({ header: t(`publish.columns.${key}`, { zone }), width });
  const columns = [c('id', 38), c('title', 28), c('text', 60), c('status', 14), c('priority', 10), c('pillar', 20), c('objective', 30), c('outcome', 24), c('countries', 24), c('addressees', 28), c('tags', 20), c('rapporteur', 18), c('segment', 40), c('speaker', 30), c('mergedInto', 38), c('created', 20), c('updated', 20)];
  const rows = allRecommendations(doc.recommendations)
    .sort(byCreation)
    .map((rec): Cell[] => [
      text(rec.id),
      text(rec.title),
      text(rec.text),
      text(words.name('recStatus', rec.status)),
      text(rec.priority && words.name('priority', rec.priority)),
      text(rec.pillar && words.name('pillar', rec.pillar)),
      text(rec.objective && words.name('objective', rec.objective)),
      text(rec.outcome && words.name('outcome', rec.outcome)),
      text(words.list(rec.countries.map((code) => words.name('recCountry', code)))),
      text(words.list(rec.addressees.map((code) => words.name('addressee', code)))),
      text(words.list(rec.tags)),
      text(rec.rapporteur),
      text(segmentLabel(names, rec.segmentId)),
      text(speakerLabel(names, rec.speakerId)),
      text(rec.mergedInto),
      instant(rec.createdAt, 'datetime'),
      instant(rec.updatedAt, 'datetime'),
    ]);
  return { name: t('publish.sheets.recommendations'), columns, rows, timeZone: zone };
}

function roadmapSheet(doc: RecommendationsDoc, language: Language): Sheet {
  const table = roadmapTable(doc, language);
  const widths = { number: 6, action: 60, lead: 28, partners: 32, due: 14, mechanism: 32, progress: 16 };
  return {
    name: wordsFor(language).t('publish.sheets.roadmap'),
    columns: (Object.keys(widths) as Array<keyof typeof widths>).map((key) => ({ header: table.headings[key], width: widths[key] })),
    rows: table.rows.map((row): Cell[] => [
      { kind: 'number', value: row.number, format: '0' },
      text(row.action),
      text(row.lead),
      text(row.partners),
      row.due === null ? null : { kind: 'date', value: row.due },
      text(row.mechanism),
      text(row.progress),
    ]),
    timeZone: doc.event.timeZone,
  };
}

function timingSheet(doc: TimerDoc, language: Language, now: EpochMs): Sheet {
  const words = wordsFor(language);
  const { t } = words;
  const c = (key: ColumnKey, width: number): Column => ({ header: t(`publish.columns.${key}`), width });
  const columns = [c('row', 12), c('part', 30), c('segment', 40), c('speaker', 36), c('country', 16), c('segmentStatus', 12), c('plannedStart', 12), c('actualStart', 12), c('actualEnd', 12), c('plannedMin', 12), c('actualMin', 12), c('overMin', 14)];
  const schedule = computeSchedule(doc, now);
  const spoken = spokenBySpeaker(doc.timer, now);
  const rows: Cell[][] = [];
  for (const part of doc.parts) {
    for (const segment of part.segments) {
      const times = schedule.byId.get(segment.id)!;
      const actualMs = segment.actualStartAt === null ? null : (segment.actualEndAt ?? now) - segment.actualStartAt;
      rows.push([
        text(t('publish.columns.segmentRow')),
        text(part.title),
        text(segment.title),
        null,
        null,
        text(words.name('segmentStatus', segment.status)),
        instant(times.plannedStart, 'time'),
        instant(times.actualStart, 'time'),
        instant(times.actualEnd, 'time'),
        minutes(segment.plannedDurationMs),
        minutes(actualMs),
        minutes(actualMs === null ? null : actualMs - segment.plannedDurationMs),
      ]);
      for (const speaker of segment.speakers) {
        const spokenMs = spoken.get(speaker.id) ?? null;
        rows.push([
          text(t('publish.columns.speakerRow')),
          text(part.title),
          text(segment.title),
          text(speaker.name),
          text(words.name('country', speaker.country)),
          null,
          null,
          null,
          null,
          minutes(speaker.allottedMs),
          minutes(spokenMs),
          minutes(spokenMs === null ? null : spokenMs - speaker.allottedMs),
        ]);
      }
    }
  }
  return { name: t('publish.sheets.timing'), columns, rows, timeZone: doc.event.timeZone };
}

/** The sheets asked for, in SHEETS order. */
export function workbookSheets(doc: RecommendationsDoc & TimerDoc, language: Language, now: EpochMs, which: readonly SheetName[]): Sheet[] {
  const build: Record<SheetName, () => Sheet> = {
    recommendations: () => recommendationsSheet(doc, language),
    roadmap: () => roadmapSheet(doc, language),
    timing: () => timingSheet(doc, language, now),
  };
  return SHEETS.filter((name) => which.includes(name)).map((name) => build[name]());
}
