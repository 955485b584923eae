/**
 * Writes the recommendations export (JSON), whose shape is the zod schema
 * in export-schema.ts. It carries the whole agenda (every segment with its
 * speakers), so another laptop can match what its records refer to.
 * Deterministic: records in creation order (ties by id), segments in
 * run-of-show order,
 * keys always in the same order, so two exports of the same record book
 * differ only in `exportedAt` and diff cleanly.
 */
import type { RecommendationsDoc } from '../model';
import type { Recommendation } from '../model';
import { allRecommendations, byCreation } from '../model';
import { eventTimeNotice } from '../../run-of-show/notice';
import type { EpochMs } from '../../kernel/units';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportEvent, type ExportRecommendation, type ExportSegment, type RecommendationsExport } from './export-schema';

export const APP_NAME = 'Moderator Console';

export interface ExportMeta {
  exportedAt: EpochMs;
  appVersion: string;
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
    timeNotice: eventTimeNotice(doc),
  };
}

/** The agenda the records refer to: all of ours in run-of-show order, then other sessions' segments that records name, by id. */
function referencedSegments(doc: RecommendationsDoc, records: readonly Recommendation[]): ExportSegment[] {
  const segmentIds = new Set(records.map((r) => r.segmentId));
  const ours = doc.parts.flatMap((part) => part.segments.map((s) => ({ id: s.id, part: part.title, title: s.title, speakers: s.speakers.map((p) => ({ id: p.id, name: p.name })) })));
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
    roadmap: { ...rec.roadmap },
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
