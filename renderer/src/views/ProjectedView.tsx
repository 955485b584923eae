/**
 * The projected timer views: the projector (audience screen, second display
 * or any LAN browser) and the stage / confidence monitor for speakers. Both
 * are read-only: nothing on them reacts to a click.
 *
 * A blip of the network must not blank the room's clock: while the host is
 * unreachable the digits go on from the last state the view had (a running
 * timer's start and duration, the measured offset to the host's clock; a
 * paused one stays paused), a small "offline" mark in the footer says so,
 * and the next snapshot from the host replaces everything on reconnect.
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
import { messageText } from '../i18n/format';

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

/** Said over the whole screen only when there is nothing to show yet, or the link will never work again. */
function ConnectionProblem() {
  const { t } = useTranslation();
  const connection = useSession((s) => s.connection);
  const hasDoc = useSession((s) => s.doc !== null);
  if (connection === 'refused') {
    return (
      <div className="connection-lost" role="alert">
        {t('app.linkInvalid')}
      </div>
    );
  }
  if (hasDoc || connection === 'open') return null;
  return (
    <div className="connection-lost" role="alert">
      {connection === 'lost' ? t('projector.connectionLost') : t('projector.connecting')}
    </div>
  );
}

/** The small mark of a view counting on from its last known state; for the room to see, so no live region (the message is the projector's status). */
function OfflineMark() {
  const { t } = useTranslation();
  const lost = useSession((s) => s.connection === 'lost');
  return lost ? <span className="offline-mark">{t('projector.offline')}</span> : <span />;
}

export function ProjectedView({ kind }: { kind: 'projector' | 'stage' }) {
  const { t } = useTranslation();
  const doc = useSession((s) => s.doc);
  const connection = useSession((s) => s.connection);
  if (!doc) {
    return (
      <main className={`projected projected-${kind}`}>
        <ConnectionProblem />
      </main>
    );
  }
  const { timer, event } = doc;
  const view = timerView(doc);
  const blackout = timer.blackout && kind === 'projector';
  const stale = connection !== 'open';
  return (
    <main className={`projected projected-${kind}${blackout ? ' blackout' : ''}${stale ? ' stale' : ''}`} aria-label={kind === 'projector' ? t('projector.projector') : t('projector.stage')}>
      <ConnectionProblem />
      {kind === 'projector' && <Chime timer={timer} thresholds={view.thresholds} />}
      {!blackout && (
        <>
          <header className="projected-header">
            <div className="projected-speaker">
              <span className="projected-name">{view.backAt ? t('timer.backAt', { time: view.backAt }) : view.label}</span>
              {view.speaker && <span className="projected-country">{t(`country.${view.speaker.country}`)}</span>}
            </div>
            {timer.showTimeOfDay && <TimeOfDay zone={event.timeZone} />}
          </header>
          <TimerDisplay timer={timer} thresholds={view.thresholds} size={kind} label={t('projector.timeRemaining')} />
          {timer.message && (
            <p key={timer.message.sentAt} className={`projected-message${timer.message.flash ? ' flash' : ''}`} role="status">
              {messageText(t, timer.message)}
            </p>
          )}
          <footer className="projected-footer">
            <span>
              {view.next && (
                <>
                  {t('timer.nextInQueue')}
                  <strong>{view.next.name}</strong>
                </>
              )}
            </span>
            <OfflineMark />
            {kind === 'stage' ? <SegmentClock segment={view.segment} /> : <span />}
          </footer>
        </>
      )}
    </main>
  );
}
