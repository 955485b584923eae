/**
 * The technician's speaker timer (region "Speaker timer"): the queue of the
 * selected segment, the controls, messages, blackout, and the speaking-time
 * balance per country. Every control sends a command to the host.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useSession } from '../store';
import { allSegments, type SessionDoc } from '../../../shared/model';
import { timerView } from '../../../shared/timer-view';
import type { Command } from '../../../shared/commands';
import { MESSAGE_MAX_CHARS } from '../../../shared/timer-commands';
import { TimerDisplay } from './TimerDisplay';
import { SegmentClock } from './SegmentClock';
import { CountryBalanceTable } from './CountryBalance';
import { ShortcutHelp, useTimerShortcuts } from './shortcuts';
import { LanPanel } from './LanPanel';
import { ProjectorPanel } from './ProjectorPanel';

const PRESET_MESSAGES = ['Please conclude', '1 minute', 'Time is up', 'Please speak closer to the microphone'];

function parseSetTime(text: string): number | null {
  const match = /^\s*(\d{1,3})(?::([0-5]?\d))?\s*$/.exec(text);
  if (!match) return null;
  return (Number(match[1]) * 60 + Number(match[2] ?? 0)) * 1000;
}

function Controls({ doc, send }: { doc: SessionDoc; send: (c: Command) => void }) {
  const running = doc.timer.clock.runningSince !== null;
  const [setText, setSetText] = useState('');
  const [setError, setSetError] = useState<string | null>(null);
  const submitSet = (e: FormEvent) => {
    e.preventDefault();
    const ms = parseSetTime(setText);
    if (ms === null) {
      setSetError('Enter minutes, or minutes:seconds (for example 3 or 2:30)');
      return;
    }
    setSetError(null);
    send({ type: 'timer.set', durationMs: ms });
    setSetText('');
  };
  return (
    <>
      <div className="timer-controls" role="group" aria-label="Timer controls">
        {running ? (
          <button type="button" className="primary" onClick={() => send({ type: 'timer.pause' })} aria-keyshortcuts="Space">
            Pause
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => send({ type: 'timer.start' })} aria-keyshortcuts="Space">
            Start
          </button>
        )}
        <button type="button" onClick={() => send({ type: 'timer.reset' })}>
          Reset
        </button>
        <button type="button" onClick={() => send({ type: 'timer.previous' })} aria-keyshortcuts="P">
          Previous speaker
        </button>
        <button type="button" onClick={() => send({ type: 'timer.next' })} aria-keyshortcuts="N">
          Next speaker
        </button>
      </div>
      <div className="timer-controls" role="group" aria-label="Adjust time">
        <button type="button" onClick={() => send({ type: 'timer.adjust', deltaMs: -60_000 })} aria-keyshortcuts="-">
          -1 min
        </button>
        <button type="button" onClick={() => send({ type: 'timer.adjust', deltaMs: -30_000 })} aria-keyshortcuts="[">
          -30 s
        </button>
        <button type="button" onClick={() => send({ type: 'timer.adjust', deltaMs: 30_000 })} aria-keyshortcuts="]">
          +30 s
        </button>
        <button type="button" onClick={() => send({ type: 'timer.adjust', deltaMs: 60_000 })} aria-keyshortcuts="+">
          +1 min
        </button>
      </div>
      <form className="inline-form" onSubmit={submitSet}>
        <label>
          Set time left (min or min:s)
          <input value={setText} onChange={(e) => setSetText(e.target.value)} inputMode="numeric" aria-invalid={setError !== null} />
        </label>
        <button type="submit">Set time</button>
        {setError && <span className="field-error">{setError}</span>}
      </form>
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
          Unplanned intervention by
          <input name="label" placeholder="Delegate of …" />
        </label>
        <button type="submit">Time intervention</button>
      </form>
    </>
  );
}

function Messages({ doc, send }: { doc: SessionDoc; send: (c: Command) => void }) {
  const { message, blackout, showTimeOfDay, autoAdvance, chime } = doc.timer;
  const [flash, setFlash] = useState(false);
  return (
    <fieldset className="timer-messages">
      <legend>Message to the speaker</legend>
      {message && (
        <p className="current-message">
          Showing: <strong>{message.text}</strong>
          {message.flash && ' (flashing)'}{' '}
          <button type="button" onClick={() => send({ type: 'timer.clearMessage' })}>
            Clear message
          </button>
        </p>
      )}
      <div className="timer-controls">
        {PRESET_MESSAGES.map((text) => (
          <button key={text} type="button" onClick={() => send({ type: 'timer.message', text, flash })}>
            {text}
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
          Message text
          <input name="message" maxLength={MESSAGE_MAX_CHARS} />
        </label>
        <button type="submit">Send message</button>
      </form>
      <label className="check">
        <input type="checkbox" checked={flash} onChange={(e) => setFlash(e.target.checked)} /> Flash the message
      </label>
      <div className="timer-controls">
        <button type="button" aria-pressed={blackout} onClick={() => send({ type: 'timer.blackout', on: !blackout })} aria-keyshortcuts="B">
          Blackout
        </button>
        <button type="button" aria-pressed={showTimeOfDay} onClick={() => send({ type: 'timer.showTimeOfDay', on: !showTimeOfDay })}>
          Clock of day
        </button>
      </div>
      <label className="check">
        <input type="checkbox" checked={autoAdvance} onChange={(e) => send({ type: 'timer.settings', autoAdvance: e.target.checked })} /> Auto-advance to the next speaker at zero
      </label>
      <label className="check">
        <input type="checkbox" checked={chime} onChange={(e) => send({ type: 'timer.settings', chime: e.target.checked })} /> Chime at warning and zero (on the projector)
      </label>
    </fieldset>
  );
}

function Queue({ doc, send }: { doc: SessionDoc; send: (c: Command) => void }) {
  const view = timerView(doc);
  const segments = allSegments(doc);
  return (
    <div className="timer-queue">
      <label>
        Segment
        <select value={doc.timer.segmentId ?? ''} onChange={(e) => e.target.value && send({ type: 'timer.select', segmentId: e.target.value })}>
          <option value="">Choose a segment…</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.status === 'live' ? '● ' : ''}
              {s.title}
            </option>
          ))}
        </select>
      </label>
      {view.segment && (
        <ol className="queue" aria-label="Speaker queue">
          {view.segment.speakers.map((speaker) => {
            const current = speaker.id === doc.timer.speakerId;
            const next = speaker.id === view.next?.id;
            return (
              <li key={speaker.id} className={current ? 'current' : next ? 'next' : ''} aria-current={current ? 'true' : undefined}>
                <span>
                  {current && <strong>Now: </strong>}
                  {next && <strong>Next: </strong>}
                  {speaker.name} <span className="muted">({speaker.allottedMs / 60_000} min)</span>
                </span>
                {!current && (
                  <button type="button" onClick={() => send({ type: 'timer.select', segmentId: view.segment!.id, speakerId: speaker.id })} aria-label={`Make current: ${speaker.name}`}>
                    Make current
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

export function TimerPanel() {
  const doc = useSession((s) => s.doc!);
  const dispatch = useSession((s) => s.dispatch);
  const [help, setHelp] = useState(false);
  // The balance counts running time each second: only while it is open.
  const [balanceOpen, setBalanceOpen] = useState(false);
  useTimerShortcuts(() => setHelp(true));
  const send = (command: Command) => void dispatch(command);
  const view = useMemo(() => timerView(doc), [doc]);
  return (
    <section className="timer-panel panel" aria-labelledby="timer-heading">
      <div className="panel-heading">
        <h2 id="timer-heading">Speaker timer</h2>
        <button type="button" onClick={() => setHelp(true)} aria-keyshortcuts="?">
          Shortcuts (?)
        </button>
      </div>
      <p className="timer-speaker">
        {view.label ? (
          <>
            <strong>{view.label}</strong>
            {view.country && <span className="muted"> · {view.country}</span>}
          </>
        ) : (
          <span className="muted">No speaker selected</span>
        )}
      </p>
      <TimerDisplay timer={doc.timer} thresholds={view.thresholds} size="console" label="Speaker time" />
      {view.next && <p className="muted">Next: {view.next.name}</p>}
      <SegmentClock segment={view.segment} />
      <Controls doc={doc} send={send} />
      <Queue doc={doc} send={send} />
      <Messages doc={doc} send={send} />
      <details className="timer-more" onToggle={(e) => setBalanceOpen(e.currentTarget.open)}>
        <summary>Speaking time by country</summary>
        {balanceOpen && <CountryBalanceTable />}
      </details>
      <details className="timer-more" open>
        <summary>Projection</summary>
        <ProjectorPanel />
      </details>
      <details className="timer-more">
        <summary>Venue network</summary>
        <LanPanel />
      </details>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </section>
  );
}
