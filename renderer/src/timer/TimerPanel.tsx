/**
 * The technician's speaker timer (region "Speaker timer"): the queue of the
 * selected segment, the controls, messages, blackout, and the speaking-time
 * balance per country. Every control sends a command to the host. The
 * region is where the timer's single-key shortcuts work (shortcuts.tsx):
 * clicking its empty space gives it the keyboard. A view token's console
 * shows the speaker, the time and the queue only.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanChange, useSession } from '../store';
import { allSegments } from '../../../shared/run-of-show/model';
import { type SessionDoc } from '../../../shared/session/document';
import { startBlocker, timerView } from '../../../shared/timer/view';
import type { Command } from '../../../shared/session/commands';
import { MESSAGE_MAX_CHARS } from '../../../shared/timer/commands';
import { TimerDisplay } from './TimerDisplay';
import { SegmentClock } from './SegmentClock';
import { CountryBalanceTable } from './CountryBalance';
import { useOperatorKeys, useTimerKeys } from './shortcuts';
import { LanPanel } from './LanPanel';
import { PRESET_MESSAGES } from '../../../shared/timer/model';
import { ProjectorPanel } from './ProjectorPanel';
import { useFormRefusal } from '../ui/form-refusal';
import { TIME_PATTERN, typedTime } from '../ui/typed-time';
import type { TimeOfDay } from '../../../shared/kernel/units';
import { messageText } from '../i18n/format';


function parseSetTime(text: string): number | null {
  const match = /^\s*(\d{1,3})(?::([0-5]?\d))?\s*$/.exec(text);
  if (!match) return null;
  return (Number(match[1]) * 60 + Number(match[2] ?? 0)) * 1000;
}

/** The key of a stage-changing action, while Operator keys are on. */
const operatorKey = (on: boolean, key: string) => (on ? key : undefined);

/** Count down to a time of day ("back at 10:45"): for breaks, on the projector and the stage. */
function CountdownTo() {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const refusal = useFormRefusal();
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const time = typedTime(String(new FormData(form).get('backAt') ?? '')) as TimeOfDay;
        void dispatch({ type: 'timer.countdownTo', time }).then((result) => refusal.settle(form, result) && form.reset());
      }}
    >
      <label>
        {t('timer.countdownToLabel')}
        <input name="backAt" inputMode="numeric" pattern={TIME_PATTERN} placeholder={t('common.timeFormat')} autoComplete="off" {...refusal.describe('backAt')} />
      </label>
      <button type="submit">{t('timer.countdownTo')}</button>
      {refusal.message}
    </form>
  );
}

function Controls({ doc, send, operatorKeys }: { doc: SessionDoc; send: (c: Command) => void; operatorKeys: boolean }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const refusal = useFormRefusal();
  const running = doc.timer.clock.runningSince !== null;
  const blocker = startBlocker(doc);
  const [setText, setSetText] = useState('');
  const [setError, setSetError] = useState<string | null>(null);
  const submitSet = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const ms = parseSetTime(setText);
    if (ms === null) {
      setSetError(t('timer.setError'));
      return;
    }
    setSetError(null);
    void dispatch({ type: 'timer.set', durationMs: ms }).then((result) => refusal.settle(form, result) && setSetText(''));
  };
  return (
    <>
      <div className="timer-controls" role="group" aria-label={t('timer.controls')}>
        {running ? (
          <button type="button" className="primary" onClick={() => send({ type: 'timer.pause' })} aria-keyshortcuts="Space">
            {t('timer.pause')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => send({ type: 'timer.start' })}
            disabled={blocker !== null}
            aria-describedby={blocker ? 'timer-start-blocked' : undefined}
            aria-keyshortcuts="Space"
          >
            {t('timer.start')}
          </button>
        )}
        <button type="button" onClick={() => send({ type: 'timer.reset' })} aria-keyshortcuts={operatorKey(operatorKeys, 'R')}>
          {t('timer.reset')}
        </button>
        <button type="button" onClick={() => send({ type: 'timer.previous' })} aria-keyshortcuts={operatorKey(operatorKeys, 'P')}>
          {t('timer.previous')}
        </button>
        <button type="button" onClick={() => send({ type: 'timer.next' })} aria-keyshortcuts={operatorKey(operatorKeys, 'N')}>
          {t('timer.next')}
        </button>
      </div>
      {!running && blocker && (
        <p id="timer-start-blocked" className="muted">
          {t(`timer.startBlocked.${blocker}`)}
        </p>
      )}
      <div className="timer-controls" role="group" aria-label={t('timer.adjust')}>
        <button type="button" onClick={() => send({ type: 'timer.adjust', deltaMs: -60_000 })} aria-keyshortcuts="-">
          {t('timer.minusMinute')}
        </button>
        <button type="button" onClick={() => send({ type: 'timer.adjust', deltaMs: -30_000 })} aria-keyshortcuts="[">
          {t('timer.minusHalf')}
        </button>
        <button type="button" onClick={() => send({ type: 'timer.adjust', deltaMs: 30_000 })} aria-keyshortcuts="]">
          {t('timer.plusHalf')}
        </button>
        <button type="button" onClick={() => send({ type: 'timer.adjust', deltaMs: 60_000 })} aria-keyshortcuts="+">
          {t('timer.plusMinute')}
        </button>
      </div>
      <form className="inline-form" noValidate onSubmit={submitSet}>
        <label>
          {t('timer.setLabel')}
          <input name="setTime" value={setText} onChange={(e) => setSetText(e.target.value)} inputMode="numeric" {...(setError !== null ? { 'aria-invalid': true } : refusal.describe('setTime'))} />
        </label>
        <button type="submit">{t('timer.set')}</button>
        {setError && <span className="field-error">{setError}</span>}
        {refusal.message}
      </form>
      <CountdownTo />
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          send({ type: 'timer.intervention', label: String(new FormData(form).get('label') ?? '') });
          form.reset();
        }}
      >
        <label>
          {t('timer.interventionBy')}
          <input name="label" placeholder={t('timer.interventionPlaceholder')} />
        </label>
        <button type="submit">{t('timer.intervention')}</button>
      </form>
    </>
  );
}

function Messages({ doc, send, operatorKeys }: { doc: SessionDoc; send: (c: Command) => void; operatorKeys: boolean }) {
  const { t } = useTranslation();
  const { message, blackout, showTimeOfDay, autoAdvance, chime } = doc.timer;
  const [flash, setFlash] = useState(false);
  return (
    <fieldset className="timer-messages">
      <legend>{t('message.legend')}</legend>
      {message && (
        <p className="current-message">
          {t('message.showing')} <strong>{messageText(t, message)}</strong>
          {message.flash && ` ${t('message.flashing')}`}{' '}
          <button type="button" onClick={() => send({ type: 'timer.clearMessage' })}>
            {t('message.clear')}
          </button>
        </p>
      )}
      <div className="timer-controls">
        {PRESET_MESSAGES.map((preset) => (
          <button key={preset} type="button" onClick={() => send({ type: 'timer.message', text: t(`message.presets.${preset}`), flash, preset })}>
            {t(`message.presets.${preset}`)}
          </button>
        ))}
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          send({ type: 'timer.message', text: String(new FormData(form).get('message') ?? ''), flash });
          form.reset();
        }}
      >
        <label>
          {t('message.text')}
          <input name="message" maxLength={MESSAGE_MAX_CHARS} />
        </label>
        <button type="submit">{t('message.send')}</button>
      </form>
      <label className="check">
        <input type="checkbox" checked={flash} onChange={(e) => setFlash(e.target.checked)} /> {t('message.flash')}
      </label>
      <div className="timer-controls">
        <button type="button" aria-pressed={blackout} onClick={() => send({ type: 'timer.blackout', on: !blackout })} aria-keyshortcuts={operatorKey(operatorKeys, 'B')}>
          {t('message.blackout')}
        </button>
        <button type="button" aria-pressed={showTimeOfDay} onClick={() => send({ type: 'timer.showTimeOfDay', on: !showTimeOfDay })}>
          {t('message.clockOfDay')}
        </button>
      </div>
      <label className="check">
        <input type="checkbox" checked={autoAdvance} onChange={(e) => send({ type: 'timer.settings', autoAdvance: e.target.checked })} /> {t('message.autoAdvance')}
      </label>
      <label className="check">
        <input type="checkbox" checked={chime} onChange={(e) => send({ type: 'timer.settings', chime: e.target.checked })} /> {t('message.chime')}
      </label>
    </fieldset>
  );
}

/** The segment the timer follows and its speakers; `send` is null on a read-only console. */
function Queue({ doc, send }: { doc: SessionDoc; send: ((c: Command) => void) | null }) {
  const { t } = useTranslation();
  const view = timerView(doc);
  const segments = allSegments(doc);
  return (
    <div className="timer-queue">
      {send ? (
        <label>
          {t('common.segment')}
          <select value={doc.timer.segmentId ?? ''} onChange={(e) => e.target.value && send({ type: 'timer.select', segmentId: e.target.value })}>
            <option value="">{t('timer.chooseSegment')}</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.status === 'live' ? '● ' : ''}
                {s.title}
              </option>
            ))}
          </select>
        </label>
      ) : (
        view.segment && <p className="muted">{view.segment.title}</p>
      )}
      {view.segment && (
        <ol className="queue" aria-label={t('timer.queue')}>
          {view.segment.speakers.map((speaker) => {
            const current = speaker.id === doc.timer.speakerId;
            const next = speaker.id === view.next?.id;
            return (
              <li key={speaker.id} className={current ? 'current' : next ? 'next' : ''} aria-current={current ? 'true' : undefined}>
                <span>
                  {current && <strong>{t('timer.now')}</strong>}
                  {next && <strong>{t('timer.nextInQueue')}</strong>}
                  {speaker.name} <span className="muted">({t('duration.minutes', { minutes: speaker.allottedMs / 60_000 })})</span>
                </span>
                {!current && send && (
                  <button type="button" onClick={() => send({ type: 'timer.select', segmentId: view.segment!.id, speakerId: speaker.id })} aria-label={t('timer.makeCurrentLabel', { name: speaker.name })}>
                    {t('timer.makeCurrent')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/** Next, previous, blackout and reset on single letters: a choice of this window's technician. */
function OperatorKeys({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  const { t } = useTranslation();
  return (
    <label className="check operator-keys">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} aria-describedby="operator-keys-hint" /> {t('timer.operatorKeys')}
      <span id="operator-keys-hint" className="muted">
        {t('timer.operatorKeysHint')}
      </span>
    </label>
  );
}

export function TimerPanel({ hidden, onHelp }: { hidden: boolean; onHelp: () => void }) {
  const { t } = useTranslation();
  const doc = useSession((s) => s.doc!);
  const dispatch = useSession((s) => s.dispatch);
  const canChange = useCanChange('timer');
  const [operatorKeys, setOperatorKeys] = useOperatorKeys();
  const keys = useTimerKeys(operatorKeys);
  // The balance counts running time each second: only while it is open.
  const [balanceOpen, setBalanceOpen] = useState(false);
  const send = (command: Command) => void dispatch(command);
  const view = useMemo(() => timerView(doc), [doc]);
  return (
    <section
      className="timer-panel panel"
      aria-labelledby="timer-heading"
      data-area="timer"
      tabIndex={-1}
      hidden={hidden}
      onKeyDown={canChange ? keys.onKeyDown : undefined}
      onKeyUp={canChange ? keys.onKeyUp : undefined}
    >
      <div className="panel-heading">
        <h2 id="timer-heading">{t('timer.heading')}</h2>
        <button type="button" onClick={onHelp} aria-keyshortcuts="?">
          {t('timer.shortcuts')}
        </button>
      </div>
      <p className="timer-speaker">
        {view.backAt ? (
          <strong>{t('timer.backAt', { time: view.backAt })}</strong>
        ) : view.label ? (
          <>
            <strong>{view.label}</strong>
            {view.speaker && <span className="muted"> · {t(`country.${view.speaker.country}`)}</span>}
          </>
        ) : (
          <span className="muted">{t('timer.noSpeaker')}</span>
        )}
      </p>
      <TimerDisplay timer={doc.timer} thresholds={view.thresholds} size="console" label={t('timer.speakerTime')} />
      {view.next && <p className="muted">{t('common.next', { name: view.next.name })}</p>}
      <SegmentClock segment={view.segment} />
      {!canChange && <Queue doc={doc} send={null} />}
      {canChange && (
        <>
          <Controls doc={doc} send={send} operatorKeys={operatorKeys} />
          <OperatorKeys on={operatorKeys} onChange={setOperatorKeys} />
          <Queue doc={doc} send={send} />
          <Messages doc={doc} send={send} operatorKeys={operatorKeys} />
          <TimerDetails balanceOpen={balanceOpen} onBalance={setBalanceOpen} />
        </>
      )}
    </section>
  );
}

/** What the technician opens now and then: speaking time, projection, the venue network. */
function TimerDetails({ balanceOpen, onBalance }: { balanceOpen: boolean; onBalance(open: boolean): void }) {
  const { t } = useTranslation();
  return (
    <>
      <details className="timer-more" onToggle={(e) => onBalance(e.currentTarget.open)}>
        <summary>{t('timer.balance')}</summary>
        {balanceOpen && <CountryBalanceTable />}
      </details>
      <details className="timer-more" open>
        <summary>{t('timer.projection')}</summary>
        <ProjectorPanel />
      </details>
      <details className="timer-more">
        <summary>{t('timer.network')}</summary>
        <LanPanel />
      </details>
    </>
  );
}
