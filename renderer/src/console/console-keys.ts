/**
 * The console's keys outside the timer (shared/shortcuts.ts): "?" for the
 * shortcuts, and Ctrl+Z / Ctrl+Y for the history of the area that has the
 * keyboard: the run-of-show's, or this window's rapporteur's own
 * recommendation steps; the timer has none (its actions are instant). Also
 * the desktop menu's Undo, Redo and Keyboard Shortcuts, which go the same
 * way (electron/menu.ts). In a text field the keys are the field's own.
 */
import { useEffect, useRef } from 'react';
import type { Command } from '../../../shared/session/commands';
import { findShortcut } from '../../../shared/contract/shortcuts';
import { canChange, useSession } from '../store';
import { isTyping, modifierArea, trackArea, type Area } from '../ui/keyboard';
import { useMenuAction } from '../ui/use-menu-action';
import { currentRapporteur } from '../recommendations/rapporteur-name';

/** Undo or redo in an area's own history, or null where there is none. */
export function historyCommand(area: Area | null, kind: 'undo' | 'redo'): Command | null {
  const type = kind === 'undo' ? 'history.undo' : 'history.redo';
  if (area === 'runOfShow') return { type, scope: 'runOfShow' };
  if (area === 'recommendations') return { type, scope: 'recommendations', author: currentRapporteur() };
  return null;
}

/** `shown` is the area the window shows alone, or null when it shows all three. */
export function useConsoleKeys(shown: Area | null, onHelp: () => void): void {
  const dispatch = useSession((s) => s.dispatch);
  const state = useRef({ shown, onHelp });
  useEffect(() => {
    state.current = { shown, onHelp };
  });
  useEffect(() => trackArea(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.defaultPrevented || (e.target instanceof Element && e.target.closest('dialog'))) return;
      if (findShortcut(e, 'anywhere')?.shortcut.action === 'help') {
        e.preventDefault();
        state.current.onHelp();
        return;
      }
      const area = modifierArea(e.target, state.current.shown);
      const action = area === null ? undefined : findShortcut(e, area)?.shortcut.action;
      if (action !== 'undo' && action !== 'redo') return;
      e.preventDefault();
      const command = historyCommand(area, action);
      if (command && area !== null && canChange(area)) void dispatch(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
  useMenuAction((action) => {
    if (action.type === 'showShortcuts') onHelp();
    if (action.type !== 'undo' && action.type !== 'redo') return;
    // In a text field, the field's own editing undo (what the native menu role does).
    if (isTyping(document.activeElement)) document.execCommand(action.type);
    else {
      const area = modifierArea(document.activeElement, shown);
      const command = historyCommand(area, action.type);
      if (command && area !== null && canChange(area)) void dispatch(command);
    }
  });
}
