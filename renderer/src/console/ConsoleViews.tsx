/**
 * What this window shows: all three panels side by side (each scrolling on
 * its own, so none is below another), or one role's panel alone across the
 * window. Remembered per browser or window, like the theme: the chair's,
 * the technician's and the rapporteur's windows each keep their own.
 * Tabs with arrow-key movement (WAI-ARIA tabs, automatic activation); the
 * tab panel holds the panels, which stay mounted when hidden so nothing
 * being typed is lost by switching.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../ui/keyboard';

export type ConsoleView = 'all' | Area;
const CONSOLE_VIEWS: readonly ConsoleView[] = ['all', 'runOfShow', 'timer', 'recommendations'];
export const PANES_ID = 'console-panes';

const KEY = 'moderator-console.view';

function savedView(): ConsoleView {
  const saved = localStorage.getItem(KEY);
  return CONSOLE_VIEWS.find((v) => v === saved) ?? 'all';
}

/** The views this window offers (the recommendations only where its link sees them), the chosen one, and how to choose. */
export function useConsoleView(seesRecommendations: boolean): [ConsoleView, readonly ConsoleView[], (view: ConsoleView) => void] {
  const [view, setView] = useState<ConsoleView>(savedView);
  const views = seesRecommendations ? CONSOLE_VIEWS : CONSOLE_VIEWS.filter((v) => v !== 'recommendations');
  const choose = (next: ConsoleView) => {
    localStorage.setItem(KEY, next);
    setView(next);
  };
  return [views.includes(view) ? view : 'all', views, choose];
}

export const tabId = (view: ConsoleView) => `console-view-${view}`;

export function ViewSwitcher({ view, views, onChange }: { view: ConsoleView; views: readonly ConsoleView[]; onChange(view: ConsoleView): void }) {
  const { t } = useTranslation();
  const tabs = useRef(new Map<ConsoleView, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = views.indexOf(view);
    const last = views.length - 1;
    const to = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = views[to]!;
    onChange(next);
    tabs.current.get(next)?.focus();
  };
  return (
    <div className="view-switcher" role="tablist" aria-label={t('view.label')} onKeyDown={onKeyDown}>
      {views.map((v) => (
        <button
          key={v}
          ref={(el) => {
            if (el) tabs.current.set(v, el);
            else tabs.current.delete(v);
          }}
          type="button"
          role="tab"
          id={tabId(v)}
          aria-selected={v === view}
          aria-controls={PANES_ID}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  );
}
