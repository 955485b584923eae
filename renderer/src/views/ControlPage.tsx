/**
 * /control: the speaker timer on a phone, for a technician or a floor
 * manager who walks the room (control token). One column, thumb-sized
 * targets (at least 44 px), usable with one hand at 375×667: the live
 * segment, the speaker and the time, Start/Pause, Next speaker, +1 min,
 * the messages to the speaker and the blackout.
 *
 * No key does anything by itself here (issue 10's rule: typing never
 * reaches the stage): buttons answer only to a tap, or to Enter and Space
 * on the button that has the focus; the message box keeps every key.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanChange, useSession } from '../store';
import { liveSegment } from '../../../shared/run-of-show/model';
import { startBlocker, timerView } from '../../../shared/timer/view';
import { MESSAGE_MAX_CHARS } from '../../../shared/timer/commands';
import type { Command } from '../../../shared/session/commands';
import { TimerDisplay } from '../timer/TimerDisplay';
import { ConnectionBanner, ErrorBanner } from '../ui/StatusBanners';
import { PRESET_MESSAGES } from '../../../shared/timer/model';
import { messageText } from '../i18n/format';

function Controls() {
  const { t } = useTranslation();
  const doc = useSession((s) => s.doc!);
  const dispatch = useSession((s) => s.dispatch);
  const canChange = useCanChange('timer');
  const [text, setText] = useState('');
  const send = (command: Command) => void dispatch(command);
  const { timer } = doc;
  const view = timerView(doc);
  const live = liveSegment(doc);
  const running = timer.clock.runningSince !== null;
  const blocked = startBlocker(doc);
  const sendMessage = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return;
    send({ type: 'timer.message', text, flash: false });
    setText('');
  };
  return (
    <>
      <header className="control-header">
        <p className="control-live">{live ? live.title : t('control.nothingLive')}</p>
      </header>
      <section className="control-timer" aria-label={t('timer.heading')}>
        <p className="control-speaker">{view.label || t('timer.noSpeaker')}</p>
        <TimerDisplay timer={timer} thresholds={view.thresholds} size="console" label={t('timer.speakerTime')} />
        {view.next && (
          <p className="control-next">
            {t('timer.nextInQueue')}
            {view.next.name}
          </p>
        )}
      </section>
      {canChange && (
        <>
          <div className="control-buttons" role="group" aria-label={t('timer.controls')}>
            {running ? (
              <button type="button" className="control-primary" onClick={() => send({ type: 'timer.pause' })}>
                {t('timer.pause')}
              </button>
            ) : (
              <button type="button" className="control-primary" disabled={blocked !== null} aria-describedby={blocked ? 'control-start-blocked' : undefined} onClick={() => send({ type: 'timer.start' })}>
                {t('timer.start')}
              </button>
            )}
            <button type="button" onClick={() => send({ type: 'timer.next' })} disabled={view.next === null}>
              {t('timer.next')}
            </button>
            <button type="button" onClick={() => send({ type: 'timer.adjust', deltaMs: 60_000 })}>
              {t('timer.plusMinute')}
            </button>
            <button type="button" aria-pressed={timer.blackout} onClick={() => send({ type: 'timer.blackout', on: !timer.blackout })}>
              {t('message.blackout')}
            </button>
          </div>
          {blocked && (
            <p id="control-start-blocked" className="muted">
              {t(`timer.startBlocked.${blocked}`)}
            </p>
          )}
          <section className="control-messages" aria-label={t('message.legend')}>
            <div className="control-presets" role="group" aria-label={t('control.presets')}>
              {PRESET_MESSAGES.map((preset) => (
                <button key={preset} type="button" onClick={() => send({ type: 'timer.message', text: t(`message.presets.${preset}`), flash: false, preset })}>
                  {t(`message.presets.${preset}`)}
                </button>
              ))}
            </div>
            <form onSubmit={sendMessage}>
              <label>
                {t('message.text')}
                <input value={text} maxLength={MESSAGE_MAX_CHARS} onChange={(e) => setText(e.target.value)} enterKeyHint="send" />
              </label>
              <button type="submit">{t('message.send')}</button>
            </form>
            {timer.message && (
              <p className="control-current-message">
                <span>{messageText(t, timer.message)}</span>
                <button type="button" onClick={() => send({ type: 'timer.clearMessage' })}>
                  {t('message.clear')}
                </button>
              </p>
            )}
          </section>
        </>
      )}
    </>
  );
}

export function ControlPage() {
  const { t } = useTranslation();
  const hasDoc = useSession((s) => s.doc !== null);
  return (
    <main className="control-page" aria-label={t('control.label')}>
      <ConnectionBanner />
      <ErrorBanner />
      {hasDoc ? <Controls /> : <p role="status">{t('app.loading')}</p>}
    </main>
  );
}
