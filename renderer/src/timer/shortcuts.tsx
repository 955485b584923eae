/**
 * Console keyboard shortcuts for the timer, and the help overlay ("?", or
 * Help > Keyboard Shortcuts in the desktop app) that lists every shortcut of
 * the console from the list the desktop menu shares (shared/contract/shortcuts.ts).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/session/commands';
import { SHORTCUTS } from '../../../shared/contract/shortcuts';
import { useSession } from '../store';
import { isTyping } from '../ui/keyboard';
import { useMenuAction } from '../ui/use-menu-action';

/** Maps a key press to a timer command, or null. */
function commandFor(e: KeyboardEvent, running: boolean, blackout: boolean): Command | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case ' ':
      return { type: running ? 'timer.pause' : 'timer.start' };
    case 'n':
    case 'N':
      return { type: 'timer.next' };
    case 'p':
    case 'P':
      return { type: 'timer.previous' };
    case '+':
    case '=':
      return { type: 'timer.adjust', deltaMs: 60_000 };
    case '-':
      return { type: 'timer.adjust', deltaMs: -60_000 };
    case ']':
      return { type: 'timer.adjust', deltaMs: 30_000 };
    case '[':
      return { type: 'timer.adjust', deltaMs: -30_000 };
    case 'b':
    case 'B':
      return { type: 'timer.blackout', on: !blackout };
    default:
      return null;
  }
}

export function useTimerShortcuts(onHelp: () => void): void {
  const dispatch = useSession((s) => s.dispatch);
  const running = useSession((s) => s.doc?.timer.clock.runningSince !== null);
  const blackout = useSession((s) => s.doc?.timer.blackout ?? false);
  const state = useRef({ running, blackout, onHelp });
  useEffect(() => {
    state.current = { running, blackout, onHelp };
  });
  useMenuAction((action) => {
    if (action.type === 'showShortcuts') onHelp();
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      if (e.key === '?') {
        e.preventDefault();
        state.current.onHelp();
        return;
      }
      // Space on a focused button presses that button; leave it alone.
      if (e.key === ' ' && e.target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(e.target.tagName)) return;
      const command = commandFor(e, state.current.running, state.current.blackout);
      if (!command) return;
      e.preventDefault();
      void dispatch(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
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
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{t(`shortcuts.${s.action}`)}</td>
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
