/**
 * What the crash harness can predict about the session.
 *
 * A projection maps paths to values that every command in the harness's mix
 * sets exactly: segment titles, notes and statuses, parts, added segments,
 * speakers, recommendations, capture drafts, and the timer's segment,
 * speaker, mode, allotted time, run state and message. Instants (actual
 * starts, runningSince, version stamps) are left out: they depend on when
 * the host applied a command.
 *
 * The model applies the host's rules to the projection as commands are
 * sent, so the projection after any prefix of the stream is known, even
 * for commands that were never acknowledged. Each cycle starts from the
 * recovered document: segments that exist then are tracked by id, things
 * added later by their unique text. The second client's captures are left
 * out (second-client.ts checks them).
 */
import type { SegmentStatus, Speaker } from '../../shared/run-of-show/model';
import type { SessionDoc } from '../../shared/session/document';
import { findSegment } from '../../shared/run-of-show/model';
import { allRecommendations, type Recommendation } from '../../shared/recommendations/model';
import type { TimerMode } from '../../shared/timer/model';
import { isSecondClients } from './second-client';

export type Projection = Map<string, string>;
/** Path -> new value; null removes the path. */
export type Writes = Map<string, string | null>;

export type RecFields = Omit<Recommendation, 'id' | 'createdAt' | 'updatedAt' | 'priorVersions'>;

export function recValue(rec: RecFields): string {
  return JSON.stringify([
    rec.text,
    rec.title,
    rec.pillar,
    rec.objective,
    rec.outcome,
    rec.countries,
    rec.addressees,
    rec.status,
    rec.priority,
    rec.tags,
    rec.rapporteur,
    rec.segmentId,
    rec.speakerId,
    rec.mergedInto,
  ]);
}

export function speakerValue(segmentId: string, speaker: Pick<Speaker, 'organization' | 'country' | 'attendance'> & { allottedMs: number }): string {
  return [segmentId, speaker.organization, speaker.country, speaker.attendance, speaker.allottedMs].join('|');
}

export function addedSegmentValue(partTitle: string, segment: { kind: string; plannedDurationMs: number }): string {
  return [partTitle, segment.kind, segment.plannedDurationMs].join('|');
}

/** Entries under one key (several parts may share a title): a sorted list, so order does not matter. */
const listOf = (entries: readonly string[]): string => JSON.stringify([...entries].sort());

export function project(doc: SessionDoc, tracked: ReadonlySet<string>): Projection {
  const out: Projection = new Map();
  const lists = new Map<string, string[]>();
  const push = (key: string, entry: string) => {
    const list = lists.get(key);
    if (list) list.push(entry);
    else lists.set(key, [entry]);
  };
  for (const part of doc.parts) {
    push(`part:${part.title}`, 'part');
    for (const segment of part.segments) {
      if (tracked.has(segment.id)) {
        out.set(`segment:${segment.id}:title`, segment.title);
        out.set(`segment:${segment.id}:notes`, segment.notes);
        out.set(`segment:${segment.id}:status`, segment.status);
      }
      push(`chair:${segment.chair}`, addedSegmentValue(part.title, segment));
      for (const speaker of segment.speakers) push(`speaker:${speaker.name}`, speakerValue(segment.id, speaker));
    }
  }
  for (const rec of allRecommendations(doc.recommendations)) if (!isSecondClients(rec.text)) push(`rec:${rec.text}`, recValue(rec));
  for (const [key, entries] of lists) out.set(key, listOf(entries));
  for (const draft of doc.recommendations.drafts) out.set(`draft:${draft.rapporteur}`, draft.text);

  const { timer } = doc;
  const segment = timer.segmentId === null ? null : findSegment(doc, timer.segmentId)?.segment;
  out.set('timer:segment', timer.segmentId ?? '');
  out.set('timer:speaker', segment?.speakers.find((s) => s.id === timer.speakerId)?.name ?? '');
  out.set('timer:mode', timer.mode);
  out.set('timer:running', String(timer.clock.runningSince !== null));
  out.set('timer:durationMs', String(timer.clock.durationMs));
  out.set('timer:message', timer.message === null ? '' : `${timer.message.flash}|${timer.message.text}`);
  return out;
}

/** Paths whose values differ between two projections. */
export function differences(a: Projection, b: Projection): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p));
}

export interface SpeakerModel {
  /** Null for a speaker added in this cycle: the host chose its id. */
  id: string | null;
  name: string;
  allottedMs: number;
}

export interface SegmentModel {
  id: string;
  status: SegmentStatus;
  speakers: SpeakerModel[];
}

export interface TimerModel {
  segmentId: string | null;
  /** Index of the current speaker in the segment's queue, -1 for none. */
  speakerIndex: number;
  running: boolean;
  mode: TimerMode;
  durationMs: number;
}

export interface RecModel {
  id: string;
  fields: RecFields;
}

export class SessionModel {
  readonly projection: Projection;

  private constructor(
    readonly tracked: ReadonlySet<string>,
    readonly segments: SegmentModel[],
    readonly parts: ReadonlyArray<{ id: string; title: string }>,
    readonly recs: RecModel[],
    public timer: TimerModel,
    doc: SessionDoc,
  ) {
    this.projection = project(doc, tracked);
  }

  static fromDoc(doc: SessionDoc): SessionModel {
    const segments: SegmentModel[] = doc.parts.flatMap((part) =>
      part.segments.map((s) => ({ id: s.id, status: s.status, speakers: s.speakers.map((p) => ({ id: p.id, name: p.name, allottedMs: p.allottedMs })) })),
    );
    const { timer } = doc;
    const current = segments.find((s) => s.id === timer.segmentId);
    const recs = allRecommendations(doc.recommendations)
      .filter((rec) => !isSecondClients(rec.text))
      .map(({ id, createdAt: _c, updatedAt: _u, priorVersions: _p, ...fields }) => ({ id, fields }));
    return new SessionModel(
      new Set(segments.map((s) => s.id)),
      segments,
      doc.parts.map((p) => ({ id: p.id, title: p.title })),
      recs,
      {
        segmentId: timer.segmentId,
        speakerIndex: current?.speakers.findIndex((s) => s.id === timer.speakerId) ?? -1,
        running: timer.clock.runningSince !== null,
        mode: timer.mode,
        durationMs: timer.clock.durationMs,
      },
      doc,
    );
  }

  write(writes: Writes, path: string, value: string | null): void {
    writes.set(path, value);
    if (value === null) this.projection.delete(path);
    else this.projection.set(path, value);
  }

  /** Adds one entry to a listed key (parts, added segments, speakers, recommendations). */
  addEntry(writes: Writes, path: string, entry: string): void {
    const list = JSON.parse(this.projection.get(path) ?? '[]') as string[];
    this.write(writes, path, listOf([...list, entry]));
  }

  /** Writes every timer path from the timer model. */
  writeTimer(writes: Writes): void {
    const { timer } = this;
    const segment = this.segments.find((s) => s.id === timer.segmentId);
    this.write(writes, 'timer:segment', timer.segmentId ?? '');
    this.write(writes, 'timer:speaker', segment?.speakers[timer.speakerIndex]?.name ?? '');
    this.write(writes, 'timer:mode', timer.mode);
    this.write(writes, 'timer:running', String(timer.running));
    this.write(writes, 'timer:durationMs', String(timer.durationMs));
  }
}
