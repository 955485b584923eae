/**
 * Names of what a recommendation is attached to: its part, segment and
 * speaker, from this run-of-show or, for imported records that name another
 * session's segments, from the names that file gave them.
 */
import type { Part } from '../run-of-show/model';
import type { RecommendationBook } from './model';

export interface SegmentName {
  part: string;
  title: string;
  /** False for a segment of another session, named by an imported file. */
  local: boolean;
  /** Position in the run-of-show; foreign segments come after all of ours. */
  order: number;
}

export interface AttachmentNames {
  segments: Map<string, SegmentName>;
  speakers: Map<string, string>;
}

export function attachmentNames(parts: readonly Part[], foreign: RecommendationBook['foreign']): AttachmentNames {
  const segments = new Map<string, SegmentName>();
  const speakers = new Map<string, string>();
  for (const part of parts) {
    for (const segment of part.segments) {
      segments.set(segment.id, { part: part.title, title: segment.title, local: true, order: segments.size });
      for (const speaker of segment.speakers) speakers.set(speaker.id, speaker.name);
    }
  }
  for (const [id, named] of Object.entries(foreign.segments)) {
    if (!segments.has(id)) segments.set(id, { ...named, local: false, order: segments.size });
  }
  for (const [id, name] of Object.entries(foreign.speakers)) if (!speakers.has(id)) speakers.set(id, name);
  return { segments, speakers };
}

/** "Part I: … / Panel title", an empty string when not attached, or `missing` (each view words it) when the segment is gone. */
export function segmentLabel(names: AttachmentNames, segmentId: string | null, missing = 'a segment no longer in the run-of-show'): string {
  if (segmentId === null) return '';
  const segment = names.segments.get(segmentId);
  return segment ? `${segment.part} / ${segment.title}` : missing;
}

export function speakerLabel(names: AttachmentNames, speakerId: string | null, missing = 'a speaker no longer in the run-of-show'): string {
  return speakerId === null ? '' : (names.speakers.get(speakerId) ?? missing);
}
