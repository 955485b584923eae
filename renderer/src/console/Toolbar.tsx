/**
 * Session-wide actions: the run-of-show's undo / redo (each saying what it
 * would revert or redo), new session, the example, event details, theme,
 * the session's language; also the desktop menu's New Session and Open
 * Example; on this computer's consoles, the session's backups. A view
 * token's console gets a "View only" badge and the theme.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanChange, useSession } from '../store';
import { isLanguage } from '../../../shared/i18n/languages';
import { LanguageOptions } from '../ui/LanguageOptions';
import { useMenuAction } from '../ui/use-menu-action';
import { StepButton } from '../ui/StepButton';
import type { Theme } from '../ui/theme';
import { EventEditor } from './EventEditor';
import { BackupsPanel } from './BackupsPanel';

/** The session's language: a host setting, so every console and projected view switches with it. */
function LanguageChoice() {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const language = useSession((s) => s.doc?.settings.language);
  if (!language) return null;
  return (
    <label className="language-choice">
      {t('toolbar.language')}
      <select
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void dispatch({ type: 'settings.language', language: e.target.value });
        }}
      >
        <LanguageOptions />
      </select>
    </label>
  );
}

interface Props {
  theme: Theme;
  onToggleTheme: () => void;
  /** The run-of-show's undo and redo are shown when its panel is. */
  runOfShowShown: boolean;
}

export function Toolbar({ theme, onToggleTheme, runOfShowShown }: Props) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const history = useSession((s) => s.meta?.history.runOfShow);
  const canRun = useCanChange('runOfShow');
  const canReplace = useCanChange('session');
  const scope = useSession((s) => s.access?.scope);
  const local = scope === 'local';
  const [editingEvent, setEditingEvent] = useState(false);
  const [showingBackups, setShowingBackups] = useState(false);

  const newSession = () => {
    if (window.confirm(t('toolbar.confirmNew'))) void dispatch({ type: 'session.new' });
  };
  const openExample = () => {
    if (window.confirm(t('toolbar.confirmExample'))) void dispatch({ type: 'session.loadExample' });
  };
  useMenuAction((action) => {
    if (!canReplace) return;
    if (action.type === 'newSession') newSession();
    else if (action.type === 'openExample') openExample();
  });

  const themeButton = (
    <button type="button" onClick={onToggleTheme} aria-pressed={theme === 'dark'}>
      {t('toolbar.darkTheme')}
    </button>
  );
  if (scope === 'view' || scope === 'rapporteur') {
    const badge = scope === 'view' ? 'viewOnly' : 'rapporteurOnly';
    return (
      <nav className="toolbar" aria-label={t('toolbar.label')}>
        <span className="view-only-badge" aria-describedby="view-only-hint">
          {t(`toolbar.${badge}`)}
        </span>
        <span id="view-only-hint" className="visually-hidden">
          {t(`toolbar.${badge}Hint`)}
        </span>
        {themeButton}
      </nav>
    );
  }
  return (
    <nav className="toolbar" aria-label={t('toolbar.label')}>
      {runOfShowShown && canRun && (
        <>
          <StepButton
            label={t('toolbar.undo')}
            step={history?.nextUndo ?? null}
            disabled={!history?.undo}
            keyShortcut="Control+Z"
            onClick={() => void dispatch({ type: 'history.undo', scope: 'runOfShow' })}
          />
          <StepButton
            label={t('toolbar.redo')}
            step={history?.nextRedo ?? null}
            disabled={!history?.redo}
            keyShortcut="Control+Y"
            onClick={() => void dispatch({ type: 'history.redo', scope: 'runOfShow' })}
          />
        </>
      )}
      <button type="button" onClick={() => setEditingEvent((v) => !v)} aria-expanded={editingEvent}>
        {t('toolbar.eventDetails')}
      </button>
      {canReplace && (
        <>
          <button type="button" onClick={newSession}>
            {t('toolbar.newSession')}
          </button>
          <button type="button" onClick={openExample}>
            {t('toolbar.openExample')}
          </button>
        </>
      )}
      {local && (
        <button type="button" onClick={() => setShowingBackups((v) => !v)} aria-expanded={showingBackups}>
          {t('backups.open')}
        </button>
      )}
      {themeButton}
      <LanguageChoice />
      {editingEvent && <EventEditor onClose={() => setEditingEvent(false)} />}
      {showingBackups && <BackupsPanel onClose={() => setShowingBackups(false)} />}
    </nav>
  );
}
