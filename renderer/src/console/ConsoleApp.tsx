/**
 * The console: event header, toolbar, the view switcher and the three
 * roles' panels (the chair's run-of-show, the technician's speaker timer,
 * the rapporteur's recommendations), side by side or one at a time
 * (ConsoleViews.tsx); the keyboard shortcuts that are not the timer's, and
 * their help.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSeesRecommendations, useSession } from '../store';
import { useTheme } from '../ui/theme';
import { ConnectionBanner, ErrorBanner, RecoveryBanner, StorageBanner } from '../ui/StatusBanners';
import { EventHeader } from './EventHeader';
import { Toolbar } from './Toolbar';
import { RunOfShow } from './RunOfShow';
import { TimerPanel } from '../timer/TimerPanel';
import { RecommendationsPanel } from '../recommendations/RecommendationsPanel';
import { ShortcutHelp } from '../timer/shortcuts';
import { PANES_ID, tabId, useConsoleView, ViewSwitcher } from './ConsoleViews';
import { useConsoleKeys } from './console-keys';

export function ConsoleApp() {
  const { t } = useTranslation();
  const hasDoc = useSession((s) => s.doc !== null);
  const [theme, toggleTheme] = useTheme();
  const seesRecommendations = useSeesRecommendations();
  const [view, views, setView] = useConsoleView(seesRecommendations);
  const [help, setHelp] = useState(false);
  const shown = view === 'all' ? null : view;
  useConsoleKeys(shown, () => setHelp(true));
  useEffect(() => {
    // The moment the console can be used; the renderer benchmark reads it.
    if (hasDoc && performance.getEntriesByName('console-interactive').length === 0) performance.mark('console-interactive');
  }, [hasDoc]);
  const hidden = (area: typeof shown) => shown !== null && shown !== area;
  return (
    <div className="console">
      <header className="app-header">
        <EventHeader />
        <Toolbar theme={theme} onToggleTheme={toggleTheme} runOfShowShown={!hidden('runOfShow')} />
      </header>
      <ConnectionBanner />
      <StorageBanner />
      <ErrorBanner />
      <RecoveryBanner />
      <ViewSwitcher view={view} views={views} onChange={setView} />
      <main className="console-main">
        <div id={PANES_ID} className="panes" data-view={view} role="tabpanel" aria-labelledby={tabId(view)}>
          {hasDoc ? (
            <>
              <RunOfShow hidden={hidden('runOfShow')} />
              <TimerPanel hidden={hidden('timer')} onHelp={() => setHelp(true)} />
              {seesRecommendations && <RecommendationsPanel hidden={hidden('recommendations')} />}
            </>
          ) : (
            <p role="status">{t('app.loading')}</p>
          )}
        </div>
      </main>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
