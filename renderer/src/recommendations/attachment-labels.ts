/** What a recommendation is attached to, in the interface language: "" when not attached. */
import type { TFunction } from 'i18next';
import type { AttachmentNames } from '../../../shared/recommendations/names';

/** "Part I: … / Panel title". */
export function segmentName(t: TFunction, names: AttachmentNames, segmentId: string | null): string {
  if (segmentId === null) return '';
  const segment = names.segments.get(segmentId);
  return segment ? `${segment.part} / ${segment.title}` : t('rec.segmentGone');
}

export function speakerName(t: TFunction, names: AttachmentNames, speakerId: string | null): string {
  if (speakerId === null) return '';
  return names.speakers.get(speakerId) ?? t('rec.speakerGone');
}
