/** The segment's own clock beside the speaker timer: time left in the segment, or how far over. */
import type { Segment } from '../../../shared/model';
import { formatClock, formatMinutes } from '../../../shared/format';
import { useFrameValue } from './use-frame-value';

function segmentText(segment: Segment, now: number): string {
  if (segment.status === 'live' && segment.actualStartAt !== null) {
    const left = segment.plannedDurationMs - (now - segment.actualStartAt);
    return left >= 0 ? `${formatClock(Math.ceil(left / 1000) * 1000)} left in the segment` : `segment ${formatClock(-left)} over`;
  }
  if (segment.status === 'done' && segment.actualStartAt !== null && segment.actualEndAt !== null) {
    return `segment ran ${formatMinutes(segment.actualEndAt - segment.actualStartAt)} (planned ${formatMinutes(segment.plannedDurationMs)})`;
  }
  return `segment not started (planned ${formatMinutes(segment.plannedDurationMs)})`;
}

export function SegmentClock({ segment }: { segment: Segment | null }) {
  const text = useFrameValue((now) => (segment ? segmentText(segment, now) : ''));
  if (!segment) return null;
  return (
    <p className="segment-clock">
      <span className="muted">{segment.title}:</span> <strong>{text}</strong>
    </p>
  );
}
