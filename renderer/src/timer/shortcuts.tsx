/**
 * The speaker timer's keys, and the help overlay ("?", or Help > Keyboard
 * Shortcuts in the desktop app) that lists every shortcut of the console
 * with where it works, from the table the handlers read
 * (shared/contract/shortcuts.ts).
 *
 * The timer's keys are handled on its region, so they only ever see key
 * presses inside it; form fields keep their keys. Space starts or pauses
 * there, on a focused button too: its press would fire on key-up, so both
 * key-down and key-up are taken (Enter still presses the button).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/session/commands';
import { findShortcut, SHORTCUTS, type ShortcutMatch } from '../../../shared/contract/shortcuts';
import { startBlocker } from '../../../shared/timer/view';
import type { SessionDoc } from '../../../shared/session/document';
import { useSession } from '../store';
import { areaOf, isTyping } from '../ui/keyboard';

const OPERATOR_KEYS = 'moderator-console.operator-keys';

/** Operator keys (next, previous, blackout, reset on single letters): off unless this window's technician turns them on. */
export function useOperatorKeys(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => localStorage.getItem(OPERATOR_KEYS) === 'on');
  const change = (next: boolean) => {
    localStorage.setItem(OPERATOR_KEYS, next ? 'on' : 'off');
    setOn(next);
  };
  return [on, change];
}

/** The command a timer shortcut sends now, or null (Start with nothing to time does nothing). */
function commandFor({ shortcut, sign }: ShortcutMatch, doc: SessionDoc): Command | null {
  const { timer } = doc;
  switch (shortcut.action) {
    case 'startPause':
      if (timer.clock.runningSince !== null) return { type: 'timer.pause' };
      return startBlocker(doc) === null ? { type: 'timer.start' } : null;
    case 'next':
      return { type: 'timer.next' };
    case 'previous':
      return { type: 'timer.previous' };
    case 'minute':
      return { type: 'timer.adjust', deltaMs: sign * 60_000 };
    case 'halfMinute':
      return { type: 'timer.adjust', deltaMs: sign * 30_000 };
    case 'blackout':
      return { type: 'timer.blackout', on: !timer.blackout };
    case 'reset':
      return { type: 'timer.reset' };
    default:
      return null;
  }
}

/** Key handlers for the timer's region. */
export function useTimerKeys(operatorKeys: boolean): { onKeyDown(e: KeyboardEvent<HTMLElement>): void; onKeyUp(e: KeyboardEvent<HTMLElement>): void } {
  const dispatch = useSession((s) => s.dispatch);
  const owns = (e: KeyboardEvent<HTMLElement>) => !isTyping(e.target) && areaOf(e.target) === 'timer';
  return {
    onKeyDown(e) {
      if (!owns(e)) return;
      const found = findShortcut(e, 'timer', operatorKeys);
      if (!found) return;
      e.preventDefault();
      const doc = useSession.getState().doc;
      const command = doc && commandFor(found, doc);
      if (command) void dispatch(command);
    },
    onKeyUp(e) {
      if (e.key === ' ' && owns(e)) e.preventDefault();
    },
  };
}

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby="shortcut-help-heading" onClose={onClose}>
      <h2 id="shortcut-help-heading">{t('shortcuts.title')}</h2>
      <p className="muted">{t('shortcuts.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.where')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={`${s.area} ${s.keys}`}>
              <th scope="row">
                <kbd>{s.keys.replace('Space', t('shortcuts.space'))}</kbd>
              </th>
              <td>{t(`shortcuts.actions.${s.action}`)}</td>
              <td>
                {t(`shortcuts.areas.${s.area}`)}
                {s.operator && `, ${t('shortcuts.withOperatorKeys')}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">{t('common.close')}</button>
      </form>
    </dialog>
  );
}
