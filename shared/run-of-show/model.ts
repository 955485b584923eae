/**
 * The run-of-show: the event, its parts, their segments and speakers. Plain
 * JSON data inside the session document (session/document.ts); derived
 * values (schedule, notice) are computed by functions, never stored.
 */
import type { DurationMs, EpochMs, IsoDate, TimeOfDay } from '../kernel/units';
import type { Country } from '../kernel/countries';
import type { ParticipantZone } from '../kernel/timezones';

export const EVENT_FORMATS = ['in-person', 'hybrid', 'online'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const SEGMENT_KINDS = ['opening', 'keynote', 'panel', 'debate', 'presentation', 'break', 'session', 'closing', 'other'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const SEGMENT_STATUSES = ['planned', 'live', 'done', 'skipped'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export const ATTENDANCE = ['in-room', 'remote'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export interface EventInfo {
  title: string;
  venue: string;
  date: IsoDate;
  /** Venue zone (IANA); all agenda times are in this zone. */
  timeZone: string;
  /** When the first segment starts, local time in the venue zone. */
  dayStart: TimeOfDay;
  format: EventFormat;
  organizers: string[];
  participantZones: ParticipantZone[];
}

export interface Speaker {
  id: string;
  /** A name, or a role when no name is known ("Civil society representative"). */
  name: string;
  organization: string;
  country: Country;
  attendance: Attendance;
  allottedMs: DurationMs;
}

/** A segment's speaker-timer thresholds unless it sets its own: the warning and final phases begin at these times left. */
export const DEFAULT_WARNING_MS = 60_000 as DurationMs;
export const DEFAULT_FINAL_MS = 15_000 as DurationMs;

export interface Segment {
  id: string;
  title: string;
  kind: SegmentKind;
  plannedDurationMs: DurationMs;
  /** Fixed start time of day in the venue zone, or null for "after the previous one". */
  hardStart: TimeOfDay | null;
  chair: string;
  notes: string;
  status: SegmentStatus;
  /** Speaker timer thresholds for this segment: warning and final phases begin at these times left. */
  warningMs: DurationMs;
  finalMs: DurationMs;
  actualStartAt: EpochMs | null;
  actualEndAt: EpochMs | null;
  speakers: Speaker[];
}

export interface Part {
  id: string;
  title: string;
  segments: Segment[];
}

/** A segment as the published plan knew it: what its planned times are computed from. */
export interface PublishedSegment {
  id: string;
  title: string;
  plannedDurationMs: DurationMs;
  hardStart: TimeOfDay | null;
}

/**
 * The plan as it was when the chair pressed Publish, or at the first Go
 * live: the baseline the day's lateness is measured against. It keeps what
 * planned times are made of (the day start, the segments in order), not the
 * instants, so moving the event to another date keeps it (see schedule.ts).
 */
export interface PublishedPlan {
  publishedAt: EpochMs;
  dayStart: TimeOfDay;
  segments: PublishedSegment[];
}

/** The run-of-show part of the session document. */
export interface RunOfShowDoc {
  event: EventInfo;
  parts: Part[];
  /** The baseline, or null until the chair publishes or first goes live. */
  published: PublishedPlan | null;
  /** The day (in the event zone) on which the chair chose to run against an event dated another day; Go live asks once per day. */
  eventDateKeptOn: IsoDate | null;
}

/** Go live must first ask how to run an event dated another day than today (in its zone), once per day: see apply.ts. */
export function offDayChoiceNeeded(doc: Pick<RunOfShowDoc, 'event' | 'eventDateKeptOn'>, today: IsoDate): boolean {
  return doc.event.date !== today && doc.eventDateKeptOn !== today;
}

/** The plan as it stands, to publish as the baseline. */
export function planOf(doc: Pick<RunOfShowDoc, 'event' | 'parts'>, at: EpochMs): PublishedPlan {
  return {
    publishedAt: at,
    dayStart: doc.event.dayStart,
    segments: allSegments(doc).map((s) => ({ id: s.id, title: s.title, plannedDurationMs: s.plannedDurationMs, hardStart: s.hardStart })),
  };
}

/** Flattened run-of-show order, for schedule math and lookups. */
export function allSegments(doc: Pick<RunOfShowDoc, 'parts'>): Segment[] {
  return doc.parts.flatMap((p) => p.segments);
}

export interface SegmentLocation {
  partIndex: number;
  segmentIndex: number;
  segment: Segment;
}

export function findSegment(doc: Pick<RunOfShowDoc, 'parts'>, segmentId: string): SegmentLocation | null {
  for (let partIndex = 0; partIndex < doc.parts.length; partIndex++) {
    const segments = doc.parts[partIndex]!.segments;
    const segmentIndex = segments.findIndex((s) => s.id === segmentId);
    if (segmentIndex >= 0) return { partIndex, segmentIndex, segment: segments[segmentIndex]! };
  }
  return null;
}

export interface SpeakerLocation extends SegmentLocation {
  speakerIndex: number;
  speaker: Speaker;
}

export function findSpeaker(doc: Pick<RunOfShowDoc, 'parts'>, speakerId: string): SpeakerLocation | null {
  for (let partIndex = 0; partIndex < doc.parts.length; partIndex++) {
    const segments = doc.parts[partIndex]!.segments;
    for (let segmentIndex = 0; segmentIndex < segments.length; segmentIndex++) {
      const segment = segments[segmentIndex]!;
      const speakerIndex = segment.speakers.findIndex((s) => s.id === speakerId);
      if (speakerIndex >= 0) return { partIndex, segmentIndex, segment, speakerIndex, speaker: segment.speakers[speakerIndex]! };
    }
  }
  return null;
}

export function liveSegment(doc: Pick<RunOfShowDoc, 'parts'>): Segment | null {
  return allSegments(doc).find((s) => s.status === 'live') ?? null;
}
