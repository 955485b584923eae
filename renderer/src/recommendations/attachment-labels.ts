/** What a recommendation is attached to, in the interface language: "" when not attached. */
import type { TFunction } from 'i18next';
import { segmentLabel, speakerLabel, type AttachmentNames } from '../../../shared/recommendations/names';

/** "Part I: … / Panel title". */
export function segmentName(t: TFunction, names: AttachmentNames, segmentId: string | null): string {
  return segmentLabel(names, segmentId, t('rec.segmentGone'));
}

export function speakerName(t: TFunction, names: AttachmentNames, speakerId: string | null): string {
  return speakerLabel(names, speakerId, t('rec.speakerGone'));
}
