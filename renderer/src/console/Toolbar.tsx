/**
 * Session-wide actions: undo / redo, new session, the example, event
 * details, theme; also their items in the desktop app's menu.
 */
import { useEffect, useState } from 'react';
import { useSession } from '../store';
import { isTyping } from '../ui/keyboard';
import { useMenuAction } from '../ui/use-menu-action';
import type { Theme } from '../ui/theme';
import { EventEditor } from './EventEditor';

export function Toolbar({ theme, onToggleTheme }: { theme: Theme; onToggleTheme: () => void }) {
  const dispatch = useSession((s) => s.dispatch);
  const history = useSession((s) => s.meta?.history.runOfShow);
  const [editingEvent, setEditingEvent] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) void dispatch({ type: 'history.undo', scope: 'runOfShow' });
      else if (key === 'y' || (key === 'z' && e.shiftKey)) void dispatch({ type: 'history.redo', scope: 'runOfShow' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  const newSession = () => {
    if (window.confirm('Start a new blank session? The current one can be brought back with Undo.')) void dispatch({ type: 'session.new' });
  };
  const openExample = () => {
    if (window.confirm('Open the example conference? The current session can be brought back with Undo.')) void dispatch({ type: 'session.loadExample' });
  };
  // Edit > Undo / Redo: in a text field, the field's own undo (the editing
  // command the native menu role runs); anywhere else, the run-of-show.
  const menuHistory = (kind: 'undo' | 'redo') => {
    if (isTyping(document.activeElement)) document.execCommand(kind);
    else void dispatch({ type: kind === 'undo' ? 'history.undo' : 'history.redo', scope: 'runOfShow' });
  };
  useMenuAction((action) => {
    if (action.type === 'newSession') newSession();
    else if (action.type === 'openExample') openExample();
    else if (action.type === 'undo' || action.type === 'redo') menuHistory(action.type);
  });

  return (
    <nav className="toolbar" aria-label="Session">
      <button type="button" onClick={() => void dispatch({ type: 'history.undo', scope: 'runOfShow' })} disabled={!history?.undo} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" onClick={() => void dispatch({ type: 'history.redo', scope: 'runOfShow' })} disabled={!history?.redo} aria-keyshortcuts="Control+Y">
        Redo
      </button>
      <button type="button" onClick={() => setEditingEvent((v) => !v)} aria-expanded={editingEvent}>
        Event details
      </button>
      <button type="button" onClick={newSession}>
        New session
      </button>
      <button type="button" onClick={openExample}>
        Open example
      </button>
      <button type="button" onClick={onToggleTheme} aria-pressed={theme === 'dark'}>
        Dark theme
      </button>
      {editingEvent && <EventEditor onClose={() => setEditingEvent(false)} />}
    </nav>
  );
}
