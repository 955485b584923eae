/** Builds sessions of a chosen size on disk, as a snapshot, for the benchmarks. */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExampleSession } from '../shared/session/example-session';
import { type Part } from '../shared/run-of-show/model';
import type { SessionDoc } from '../shared/session/document';
import { emptyHistory } from '../shared/session/history';
import { DEFAULT_FINAL_MS, DEFAULT_WARNING_MS } from '../shared/run-of-show/model';
import type { Recommendation } from '../shared/recommendations/model';
import { WPS_PILLARS, REC_STATUSES, emptyRoadmap, putRecommendation } from '../shared/recommendations/model';
import type { DurationMs, EpochMs } from '../shared/kernel/units';
import { SessionStore } from '../electron/host/store/session-store';
import { StateChunks, legacyChunks } from '../electron/host/session/state-chunks';

/** Deterministic pseudo-random numbers (mulberry32), so every run seeds the same session. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const THEMES = ['women', 'mediators', 'peace', 'security', 'legislation', 'budget', 'quotas', 'shelters', 'returnees', 'border', 'медиатор', 'женщин', 'безопасность', 'Әйелдердің', 'бейбітшілік', 'regional platform'];
const SYLLABLES = ['ka', 'ra', 'ton', 'mel', 'vi', 'sha', 'dor', 'len', 'qu', 'zar', 'ми', 'ро', 'ла', 'ен', 'қа', 'тұ', 'ар', 'бе', 'pro', 'gram', 'tion', 'ment', 'stra', 'nu'];

/** Varied text, like a day of real recommendations: 12-20 words, two of them themes, few near-duplicates. */
function phrase(next: () => number, i: number): string {
  const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  const words = Array.from({ length: 10 + Math.floor(next() * 9) }, word);
  words.splice(Math.floor(next() * words.length), 0, THEMES[Math.floor(next() * THEMES.length)]!, THEMES[i % THEMES.length]!);
  return words.join(' ');
}

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
  const next = random(1325);
  for (let i = 0; i < recommendations; i++) {
    const id = randomUUID();
    const item: Recommendation = {
      id,
      text: phrase(next, i),
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
      roadmap: emptyRoadmap(),
      createdAt: (start + i * 1000) as EpochMs,
      updatedAt: (start + i * 1000) as EpochMs,
      priorVersions: [],
    };
    putRecommendation(doc.recommendations, item);
  }
  return doc;
}

/** Writes the session into a fresh data dir's store as its first snapshot; returns the dir. */
export async function seedDataDir(doc: SessionDoc): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'moderator-bench-'));
  const opened = await SessionStore.open(dir, { now: Date.now, appVersion: 'bench', splitLegacyState: legacyChunks });
  const chunks = new StateChunks().chunksOf({ doc, history: emptyHistory() });
  opened.store.saveSnapshot(0, [...chunks], [], Date.now());
  opened.store.close();
  return dir;
}
