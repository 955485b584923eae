/**
 * Session-wide actions: undo / redo, new session, the example, event
 * details, theme, the session's language; also their items in the desktop
 * app's menu.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { LOCALES } from '../../../shared/i18n/locales';
import { isTyping } from '../ui/keyboard';
import { useMenuAction } from '../ui/use-menu-action';
import type { Theme } from '../ui/theme';
import { EventEditor } from './EventEditor';

/** The session's language: a host setting, so every console and projected view switches with it. */
function LanguageChoice() {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const language = useSession((s) => s.doc?.settings.language);
  if (!language) return null;
  return (
    <label className="language-choice">
      {t('toolbar.language')}
      <select value={language} onChange={(e) => void dispatch({ type: 'settings.language', language: e.target.value as Language })}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALES[code].name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Toolbar({ theme, onToggleTheme }: { theme: Theme; onToggleTheme: () => void }) {
  const { t } = useTranslation();
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
    if (window.confirm(t('toolbar.confirmNew'))) void dispatch({ type: 'session.new' });
  };
  const openExample = () => {
    if (window.confirm(t('toolbar.confirmExample'))) void dispatch({ type: 'session.loadExample' });
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
    <nav className="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onClick={() => void dispatch({ type: 'history.undo', scope: 'runOfShow' })} disabled={!history?.undo} aria-keyshortcuts="Control+Z">
        {t('toolbar.undo')}
      </button>
      <button type="button" onClick={() => void dispatch({ type: 'history.redo', scope: 'runOfShow' })} disabled={!history?.redo} aria-keyshortcuts="Control+Y">
        {t('toolbar.redo')}
      </button>
      <button type="button" onClick={() => setEditingEvent((v) => !v)} aria-expanded={editingEvent}>
        {t('toolbar.eventDetails')}
      </button>
      <button type="button" onClick={newSession}>
        {t('toolbar.newSession')}
      </button>
      <button type="button" onClick={openExample}>
        {t('toolbar.openExample')}
      </button>
      <button type="button" onClick={onToggleTheme} aria-pressed={theme === 'dark'}>
        {t('toolbar.darkTheme')}
      </button>
      <LanguageChoice />
      {editingEvent && <EventEditor onClose={() => setEditingEvent(false)} />}
    </nav>
  );
}
