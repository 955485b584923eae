/**
 * Where the timer is projected: in the desktop app, a fullscreen window on
 * a chosen display (by default the one it was last on, else an external
 * one); in a browser, links that open the projector and stage views in
 * their own tab or window. The projector and the stage each speak the
 * console's language unless the technician gives them one of their own.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayInfo } from '../../../shared/contract/api';
import type { Client } from '../../../shared/contract/client';
import { hostClient, useCanChange, useSession } from '../store';
import { isLanguage } from '../../../shared/i18n/languages';
import { LanguageOptions } from '../ui/LanguageOptions';
import { PROJECTED_VIEWS, type ProjectedView } from '../../../shared/session/settings';

const LANGUAGE_LABEL = { projector: 'projector.language', stage: 'projector.stageLanguage' } as const;

/** The language of one projected view: "As the console", or one of the seven by its own name. */
function ViewLanguage({ view }: { view: ProjectedView }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const own = useSession((s) => s.doc?.settings.viewLanguages?.[view]);
  const canChange = useCanChange('timer');
  return (
    <label className="language-choice">
      {t(LANGUAGE_LABEL[view])}
      <select
        value={own ?? ''}
        disabled={!canChange}
        onChange={(e) => void dispatch({ type: 'settings.viewLanguage', view, language: isLanguage(e.target.value) ? e.target.value : null })}
      >
        <option value="">{t('projector.sameAsConsole')}</option>
        <LanguageOptions />
      </select>
    </label>
  );
}

function DesktopProjector({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [displays, setDisplays] = useState<DisplayInfo[]>([]);
  const [choice, setChoice] = useState<string>('auto');
  useEffect(() => {
    void client.call('desktop.displays').then(setDisplays);
  }, [client]);
  return (
    <>
      <label>
        {t('projector.display')}
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="auto">{t('projector.automatic')}</option>
          {displays.map((d) => (
            <option key={d.id} value={String(d.id)}>
              {d.label} ({d.width}×{d.height}
              {d.primary ? t('projector.main') : ''})
            </option>
          ))}
        </select>
      </label>
      <div className="timer-controls">
        <button type="button" onClick={() => void client.call('desktop.openProjector', choice === 'auto' ? {} : { displayId: Number(choice) })}>
          {t('projector.open')}
        </button>
        <button type="button" onClick={() => void client.call('desktop.closeProjector')}>
          {t('projector.close')}
        </button>
      </div>
    </>
  );
}

export function ProjectorPanel() {
  const { t } = useTranslation();
  const desktop = useSession((s) => s.access?.desktop === true);
  const client = hostClient();
  return (
    <div className="projector-panel">
      {desktop && client ? <DesktopProjector client={client} /> : null}
      {PROJECTED_VIEWS.map((view) => (
        <ViewLanguage key={view} view={view} />
      ))}
      <p className="timer-controls">
        <a href="./projector" target="_blank" rel="noopener">
          {t('projector.openView')}
        </a>
        <a href="./stage" target="_blank" rel="noopener">
          {t('projector.openStage')}
        </a>
      </p>
    </div>
  );
}
