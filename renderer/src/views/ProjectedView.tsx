/**
 * The projected timer views: the projector (audience screen, second display
 * or any LAN browser) and the stage / confidence monitor for speakers. Both
 * are read-only: nothing on them reacts to a click.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { timerView } from '../../../shared/timer/view';
import { phaseOf, type Phase, type TimerState, type Thresholds } from '../../../shared/timer/model';
import type { EpochMs } from '../../../shared/kernel/units';
import { TimerDisplay } from '../timer/TimerDisplay';
import { SegmentClock } from '../timer/SegmentClock';
import { useFrameValue } from '../timer/use-frame-value';
import { useNow } from '../ui/use-now';
import { clockTime } from '../ui/time';

function TimeOfDay({ zone }: { zone: string }) {
  const now = useNow('minute');
  return <div className="time-of-day">{clockTime(now, zone)}</div>;
}

/** A short tone when the timer enters the warning phase and at zero. */
function Chime({ timer, thresholds }: { timer: TimerState; thresholds: Thresholds }) {
  const phase = useFrameValue((now) => phaseOf(timer, thresholds, now as EpochMs));
  const previous = useRef<Phase>(phase);
  useEffect(() => {
    const from = previous.current;
    previous.current = phase;
    if (!timer.chime || from === phase) return;
    if (phase !== 'warning' && phase !== 'overtime') return;
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = phase === 'overtime' ? 660 : 880;
    gain.gain.setValueAtTime(0.25, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.8);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.8);
    tone.onended = () => void audio.close();
  }, [phase, timer.chime]);
  return null;
}

function ConnectionLost() {
  const { t } = useTranslation();
  const connection = useSession((s) => s.connection);
  if (connection === 'open') return null;
  return (
    <div className="connection-lost" role="alert">
      {connection === 'lost' ? t('projector.connectionLost') : t('projector.connecting')}
    </div>
  );
}

export function ProjectedView({ kind }: { kind: 'projector' | 'stage' }) {
  const { t } = useTranslation();
  const doc = useSession((s) => s.doc);
  const connection = useSession((s) => s.connection);
  if (!doc) {
    return (
      <main className={`projected projected-${kind}`}>
        <ConnectionLost />
      </main>
    );
  }
  const { timer, event } = doc;
  const view = timerView(doc);
  const blackout = timer.blackout && kind === 'projector';
  const stale = connection !== 'open';
  return (
    <main className={`projected projected-${kind}${blackout ? ' blackout' : ''}${stale ? ' stale' : ''}`} aria-label={kind === 'projector' ? t('projector.projector') : t('projector.stage')}>
      <ConnectionLost />
      {kind === 'projector' && <Chime timer={timer} thresholds={view.thresholds} />}
      {!blackout && (
        <>
          <header className="projected-header">
            <div className="projected-speaker">
              <span className="projected-name">{view.label}</span>
              {view.speaker && <span className="projected-country">{t(`country.${view.speaker.country}`)}</span>}
            </div>
            {timer.showTimeOfDay && <TimeOfDay zone={event.timeZone} />}
          </header>
          {!stale && <TimerDisplay timer={timer} thresholds={view.thresholds} size={kind} label={t('projector.timeRemaining')} />}
          {timer.message && (
            <p key={timer.message.sentAt} className={`projected-message${timer.message.flash ? ' flash' : ''}`} role="status">
              {timer.message.text}
            </p>
          )}
          <footer className="projected-footer">
            {view.next && (
              <span>
                {t('timer.nextInQueue')}
                <strong>{view.next.name}</strong>
              </span>
            )}
            {kind === 'stage' && <SegmentClock segment={view.segment} />}
          </footer>
        </>
      )}
    </main>
  );
}
