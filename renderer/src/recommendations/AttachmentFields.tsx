/** Which segment and speaker a recommendation belongs to: two selects over the run-of-show. */
import { useTranslation } from 'react-i18next';
import type { Part } from '../../../shared/run-of-show/model';
import { findSegment } from '../../../shared/run-of-show/model';
import type { AttachmentNames } from '../../../shared/recommendations/names';

export interface Attachment {
  segmentId: string | null;
  speakerId: string | null;
}

interface Props {
  parts: readonly Part[];
  names: AttachmentNames;
  value: Attachment;
  onChange(value: Attachment): void;
}

export function AttachmentFields({ parts, names, value, onChange }: Props) {
  const { t } = useTranslation();
  const segment = value.segmentId === null ? undefined : findSegment({ parts: parts as Part[] }, value.segmentId)?.segment;
  const foreignSegment = value.segmentId !== null && !segment ? names.segments.get(value.segmentId) : undefined;
  const unknownSpeaker = value.speakerId !== null && !segment?.speakers.some((s) => s.id === value.speakerId);
  return (
    <div className="form-row">
      <label>
        {t('common.segment')}
        <select value={value.segmentId ?? ''} onChange={(e) => onChange({ segmentId: e.target.value === '' ? null : e.target.value, speakerId: null })}>
          <option value="">{t('rec.notAttached')}</option>
          {parts.map((part) => (
            <optgroup key={part.id} label={part.title}>
              {part.segments.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.status === 'live' ? t('rec.liveSegment', { title: s.title }) : s.title}
                </option>
              ))}
            </optgroup>
          ))}
          {value.segmentId !== null && !segment && (
            <option value={value.segmentId}>{foreignSegment ? t('rec.otherSession', { title: foreignSegment.title }) : t('rec.segmentGone')}</option>
          )}
        </select>
      </label>
      <label>
        {t('common.speaker')}
        <select value={value.speakerId ?? ''} disabled={!segment && value.speakerId === null} onChange={(e) => onChange({ ...value, speakerId: e.target.value === '' ? null : e.target.value })}>
          <option value="">{t('rec.noSpeaker')}</option>
          {segment?.speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          {unknownSpeaker && <option value={value.speakerId!}>{names.speakers.get(value.speakerId!) ?? t('rec.speakerGone')}</option>}
        </select>
      </label>
    </div>
  );
}
