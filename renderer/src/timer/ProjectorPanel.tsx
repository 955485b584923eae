/**
 * Where the timer is projected: in the desktop app, a fullscreen window on
 * a chosen display (by default the one it was last on, else an external
 * one); in a browser, links that open the projector and stage views in
 * their own tab or window.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopControl, DisplayInfo } from '../../../shared/contract/api';
import { desktopControl } from '../store';

function DesktopProjector({ desktop }: { desktop: DesktopControl }) {
  const { t } = useTranslation();
  const [displays, setDisplays] = useState<DisplayInfo[]>([]);
  const [choice, setChoice] = useState<string>('auto');
  useEffect(() => {
    void desktop.displays().then(setDisplays);
  }, [desktop]);
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
        <button type="button" onClick={() => void desktop.openProjector(choice === 'auto' ? undefined : Number(choice))}>
          {t('projector.open')}
        </button>
        <button type="button" onClick={() => void desktop.closeProjector()}>
          {t('projector.close')}
        </button>
      </div>
    </>
  );
}

export function ProjectorPanel() {
  const { t } = useTranslation();
  const desktop = desktopControl();
  return (
    <div className="projector-panel">
      {desktop ? <DesktopProjector desktop={desktop} /> : null}
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
