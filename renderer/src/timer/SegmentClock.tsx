/** The segment's own clock beside the speaker timer: time left in the segment, or how far over. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/run-of-show/model';
import { formatClock } from '../../../shared/kernel/durations';
import { duration } from '../i18n/format';
import { useFrameValue } from './use-frame-value';

function segmentText(t: TFunction, segment: Segment, now: number): string {
  const planned = duration(t, segment.plannedDurationMs);
  if (segment.status === 'live' && segment.actualStartAt !== null) {
    const left = segment.plannedDurationMs - (now - segment.actualStartAt);
    return left >= 0 ? t('timer.segmentLeft', { time: formatClock(Math.ceil(left / 1000) * 1000) }) : t('timer.segmentOver', { time: formatClock(-left) });
  }
  if (segment.status === 'done' && segment.actualStartAt !== null && segment.actualEndAt !== null) {
    return t('timer.segmentRan', { ran: duration(t, segment.actualEndAt - segment.actualStartAt), planned });
  }
  return t('timer.segmentNotStarted', { planned });
}

export function SegmentClock({ segment }: { segment: Segment | null }) {
  const { t } = useTranslation();
  const text = useFrameValue((now) => (segment ? segmentText(t, segment, now) : ''));
  if (!segment) return null;
  return (
    <p className="segment-clock">
      <span className="muted">{segment.title}:</span> <strong>{text}</strong>
    </p>
  );
}
