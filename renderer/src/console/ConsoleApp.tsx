/** The chair's console: event header, toolbar and the run-of-show. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { useTheme } from '../ui/theme';
import { ConnectionBanner, ErrorBanner, RecoveryBanner } from '../ui/StatusBanners';
import { EventHeader } from './EventHeader';
import { Toolbar } from './Toolbar';
import { RunOfShow } from './RunOfShow';
import { TimerPanel } from '../timer/TimerPanel';
import { RecommendationsPanel } from '../recommendations/RecommendationsPanel';

export function ConsoleApp() {
  const { t } = useTranslation();
  const hasDoc = useSession((s) => s.doc !== null);
  const [theme, toggleTheme] = useTheme();
  useEffect(() => {
    // The moment the console can be used; the renderer benchmark reads it.
    if (hasDoc && performance.getEntriesByName('console-interactive').length === 0) performance.mark('console-interactive');
  }, [hasDoc]);
  return (
    <>
      <header className="app-header">
        <EventHeader />
        <Toolbar theme={theme} onToggleTheme={toggleTheme} />
      </header>
      <ConnectionBanner />
      <ErrorBanner />
      <RecoveryBanner />
      <main className="console-main">
        {hasDoc ? (
          <>
            <RunOfShow />
            <div className="side-panels">
              <TimerPanel />
              <RecommendationsPanel />
            </div>
          </>
        ) : (
          <p role="status">{t('app.loading')}</p>
        )}
      </main>
    </>
  );
}
