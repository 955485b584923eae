/** The host's refusals (in plain words, refusals.ts) and the connection state, announced to assistive tech. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { refusalText } from './refusals';

export function ErrorBanner() {
  const { t } = useTranslation();
  const error = useSession((s) => s.lastError);
  const dismiss = useSession((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>
        {t('app.notSaved')} {refusalText(t, error)}
      </span>
      <button type="button" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

export function ConnectionBanner() {
  const { t } = useTranslation();
  const connection = useSession((s) => s.connection);
  if (connection === 'open') return null;
  if (connection === 'refused') {
    return (
      <div className="banner banner-error" role="alert">
        {t('app.linkInvalid')}
      </div>
    );
  }
  return (
    <div className="banner banner-warning" role="status">
      {connection === 'lost' ? t('app.connectionLost') : t('app.connecting')}
    </div>
  );
}

export function RecoveryBanner() {
  const { t } = useTranslation();
  const recovery = useSession((s) => s.meta?.recovery);
  if (!recovery || recovery.length === 0) return null;
  return (
    <div className="banner banner-warning" role="status">
      <strong>{t('app.recovered')}</strong>
      <ul>
        {recovery.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
