/**
 * The recommendations export (JSON), format version 1, documented by
 * recommendations-export.schema.json next to this file. Deterministic:
 * records in creation order (ties by id), segments in run-of-show order,
 * keys always in the same order, so two exports of the same record book
 * differ only in `exportedAt` and diff cleanly.
 */
import type { RecommendationsDoc } from '../model';
import type { Addressee, ExpectedOutcome, Objective, Priority, RecCountry, RecStatus, Recommendation, WpsPillar } from '../model';
import { allRecommendations, byCreation } from '../model';
import { timeNotice } from '../../kernel/timezones';
import type { EpochMs } from '../../kernel/units';

export const EXPORT_FORMAT = 'moderator-console/recommendations';
export const EXPORT_FORMAT_VERSION = 1;
export const APP_NAME = 'Moderator Console';

export interface ExportMeta {
  exportedAt: EpochMs;
  appVersion: string;
}

export interface ExportEvent {
  title: string;
  venue: string;
  date: string;
  timeZone: string;
  dayStart: string;
  format: string;
  organizers: string[];
  participantZones: Array<{ label: string; timeZone: string }>;
  /** The concept note's time line, e.g. "10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent". */
  timeNotice: string;
}

export interface ExportSegment {
  id: string;
  part: string;
  title: string;
  /** Only the speakers that recommendations name. */
  speakers: Array<{ id: string; name: string }>;
}

export interface ExportRecommendation {
  id: string;
  title: string;
  text: string;
  status: RecStatus;
  priority: Priority | null;
  pillar: WpsPillar | null;
  objective: Objective | null;
  outcome: ExpectedOutcome | null;
  countries: RecCountry[];
  addressees: Addressee[];
  tags: string[];
  rapporteur: string;
  segmentId: string | null;
  speakerId: string | null;
  mergedInto: string | null;
  createdAt: string;
  updatedAt: string;
  priorVersions: string[];
}

export interface RecommendationsExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  app: { name: string; version: string };
  event: ExportEvent;
  segments: ExportSegment[];
  recommendations: ExportRecommendation[];
}

const iso = (instant: number) => new Date(instant).toISOString();

function exportEvent(doc: RecommendationsDoc): ExportEvent {
  const { event } = doc;
  return {
    title: event.title,
    venue: event.venue,
    date: event.date,
    timeZone: event.timeZone,
    dayStart: event.dayStart,
    format: event.format,
    organizers: [...event.organizers],
    participantZones: event.participantZones.map((z) => ({ label: z.label, timeZone: z.timeZone })),
    timeNotice: timeNotice(event.date, event.dayStart, event.timeZone, event.participantZones),
  };
}

/** The segments the records refer to: ours in run-of-show order, then other sessions' by id. */
function referencedSegments(doc: RecommendationsDoc, records: readonly Recommendation[]): ExportSegment[] {
  const segmentIds = new Set(records.map((r) => r.segmentId));
  const speakerIds = new Set(records.map((r) => r.speakerId));
  const ours = doc.parts.flatMap((part) =>
    part.segments
      .filter((s) => segmentIds.has(s.id))
      .map((s) => ({ id: s.id, part: part.title, title: s.title, speakers: s.speakers.filter((p) => speakerIds.has(p.id)).map((p) => ({ id: p.id, name: p.name })) })),
  );
  const known = new Set(ours.map((s) => s.id));
  const { foreign } = doc.recommendations;
  const theirs = Object.entries(foreign.segments)
    .filter(([id]) => segmentIds.has(id) && !known.has(id))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, named]) => {
      const spoken = records.filter((r) => r.segmentId === id && r.speakerId !== null && foreign.speakers[r.speakerId] !== undefined).map((r) => r.speakerId!);
      const speakers = [...new Set(spoken)].sort().map((speakerId) => ({ id: speakerId, name: foreign.speakers[speakerId]! }));
      return { id, part: named.part, title: named.title, speakers };
    });
  return [...ours, ...theirs];
}

function exportRecord(rec: Recommendation): ExportRecommendation {
  return {
    id: rec.id,
    title: rec.title,
    text: rec.text,
    status: rec.status,
    priority: rec.priority,
    pillar: rec.pillar,
    objective: rec.objective,
    outcome: rec.outcome,
    countries: [...rec.countries],
    addressees: [...rec.addressees],
    tags: [...rec.tags],
    rapporteur: rec.rapporteur,
    segmentId: rec.segmentId,
    speakerId: rec.speakerId,
    mergedInto: rec.mergedInto,
    createdAt: iso(rec.createdAt),
    updatedAt: iso(rec.updatedAt),
    priorVersions: rec.priorVersions.map(iso),
  };
}

export function buildExport(doc: RecommendationsDoc, meta: ExportMeta): RecommendationsExport {
  const records = allRecommendations(doc.recommendations).sort(byCreation);
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: iso(meta.exportedAt),
    app: { name: APP_NAME, version: meta.appVersion },
    event: exportEvent(doc),
    segments: referencedSegments(doc, records),
    recommendations: records.map(exportRecord),
  };
}

/** Two-space indented UTF-8 JSON with a final newline (every script kept as is, nothing escaped). */
export function serializeExport(data: RecommendationsExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
