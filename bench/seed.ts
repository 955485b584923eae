/** Builds sessions of a chosen size on disk, as a snapshot, for the benchmarks. */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExampleSession } from '../shared/example-session';
import { FORMAT_VERSION, type Part, type SessionDoc } from '../shared/model';
import { emptyHistory } from '../shared/session';
import { DEFAULT_FINAL_MS, DEFAULT_WARNING_MS } from '../shared/timer';
import type { Recommendation } from '../shared/recommendations';
import { WPS_PILLARS, REC_STATUSES, putRecommendation } from '../shared/recommendations';
import type { DurationMs, EpochMs } from '../shared/units';
import { DataDir } from '../electron/host/data-dir';

const PHRASES = [
  'Establish a regional platform for women mediators in Central Asia',
  'Adopt national action plans on Resolution 1325 with dedicated budgets',
  'Учредить региональную сеть женщин-медиаторов',
  'Әйелдердің бейбітшілік процестеріне қатысуын арттыру',
  'Include civil society in early-warning mechanisms for conflict prevention',
  'Strengthen legislation against gender-based violence in crisis situations',
];

/** A session with `segments` segments (in parts of 20) and `recommendations` recommendations. */
export function sizedSession(segments: number, recommendations: number): SessionDoc {
  const doc = createExampleSession(randomUUID);
  const parts: Part[] = [];
  for (let i = 0; i < segments; i++) {
    if (i % 20 === 0) parts.push({ id: randomUUID(), title: `Part ${parts.length + 1}`, segments: [] });
    parts.at(-1)!.segments.push({
      id: randomUUID(),
      title: `Segment ${i + 1}`,
      kind: 'session',
      plannedDurationMs: 60_000 as DurationMs,
      hardStart: null,
      chair: 'Chair',
      notes: '',
      status: 'planned',
      warningMs: DEFAULT_WARNING_MS,
      finalMs: DEFAULT_FINAL_MS,
      actualStartAt: null,
      actualEndAt: null,
      speakers: [],
    });
  }
  doc.parts = parts;
  const segmentIds = parts.flatMap((p) => p.segments.map((s) => s.id));
  const start = Date.UTC(2023, 9, 16, 4);
  for (let i = 0; i < recommendations; i++) {
    const id = randomUUID();
    const item: Recommendation = {
      id,
      text: `${PHRASES[i % PHRASES.length]} (${i})`,
      title: `Recommendation ${i}`,
      pillar: WPS_PILLARS[i % WPS_PILLARS.length]!,
      objective: null,
      outcome: null,
      countries: ['KZ'],
      addressees: ['governments'],
      status: REC_STATUSES[i % 4]!,
      priority: null,
      tags: [],
      rapporteur: `Rapporteur ${i % 3}`,
      segmentId: segmentIds[i % Math.max(1, segmentIds.length)] ?? null,
      speakerId: null,
      mergedInto: null,
      createdAt: (start + i * 1000) as EpochMs,
      updatedAt: (start + i * 1000) as EpochMs,
      priorVersions: [],
    };
    putRecommendation(doc.recommendations, item);
  }
  return doc;
}

/** Writes the session into a fresh data dir as its snapshot; returns the dir. */
export async function seedDataDir(doc: SessionDoc): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'moderator-bench-'));
  await new DataDir(dir).rotate({ formatVersion: FORMAT_VERSION, seq: 0, savedAt: Date.now(), state: { doc, history: emptyHistory() } }, true);
  return dir;
}
