/**
 * The speaker's remaining time (role "timer"), with its phase shown by
 * colour, a label and a shape, so colour is never the only signal.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimerState, Thresholds } from '../../../shared/timer/model';
import { nextReadingChange, readTimer, type TimerReading } from '../../../shared/timer/view';
import type { EpochMs } from '../../../shared/kernel/units';
import { useFrameValue } from './use-frame-value';

const sameReading = (a: TimerReading, b: TimerReading) => a.text === b.text && a.phase === b.phase;

interface Props {
  timer: Pick<TimerState, 'mode' | 'clock'>;
  thresholds: Thresholds;
  size: 'console' | 'projector' | 'stage';
  label: string;
}

export const TimerDisplay = memo(function TimerDisplay({ timer, thresholds, size, label }: Props) {
  const { t } = useTranslation();
  const reading = useFrameValue(
    (now) => readTimer(timer, thresholds, now as EpochMs),
    sameReading,
    (now) => nextReadingChange(timer, thresholds, now as EpochMs),
  );
  return (
    <div className={`timer-display timer-${size} phase-${reading.phase}`} data-phase={reading.phase}>
      <div role="timer" aria-label={label} aria-live="off" className="timer-digits">
        {reading.text}
      </div>
      <div className="timer-phase" aria-live="polite">
        <span className="phase-icon" aria-hidden="true" />
        {t(`phase.${reading.phase}`)}
      </div>
    </div>
  );
});
