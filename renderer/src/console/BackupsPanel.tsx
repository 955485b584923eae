/**
 * The session's backups, for whoever runs the console on this computer:
 * the list (newest first), a backup taken now, and a restore, asked for
 * first. A restore replaces the session in every console and view (the
 * host sends each a fresh snapshot); the session as it was is kept in the
 * data folder's kept/.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../shared/contract/api';
import { CallFailed } from '../../../shared/contract/client';
import { hostClient, useSession } from '../store';
import { dateTime } from '../i18n/format';
import { isLanguage } from '../../../shared/i18n/languages';
import { LOCALES } from '../../../shared/i18n/locales';

const messageOf = (error: unknown) => (error instanceof CallFailed ? error.error.message : (error as Error).message);

export function BackupsPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = hostClient();
  const zone = useSession((s) => s.doc?.event.timeZone ?? 'UTC');
  const when = (instant: number) => dateTime(instant, i18n.language, zone);
  const locale = isLanguage(i18n.language) ? LOCALES[i18n.language].intl : i18n.language;
  const size = (bytes: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    client?.call('backups.list').then(setBackups, (e: unknown) => setError(messageOf(e)));
  }, [client]);
  useEffect(() => refresh(), [refresh]);

  const run = async <T,>(action: () => Promise<T>, said: (result: T) => string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(said(await action()));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
      refresh();
    }
  };
  const take = () => void run(() => client!.call('backups.take'), (taken) => t('backups.taken', { time: when(taken.takenAt) }));
  const restore = (backup: BackupSummary) => {
    const time = when(backup.takenAt);
    if (!window.confirm(t('backups.confirmRestore', { time }))) return;
    void run(() => client!.call('backups.restore', { name: backup.name }), () => t('backups.restored', { time }));
  };

  return (
    <section className="backups-panel panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="muted">{t('backups.intro')}</p>
      <button type="button" onClick={take} disabled={busy || !client}>
        {t('backups.take')}
      </button>
      {done && <p role="status">{done}</p>}
      {error && <p role="alert">{error}</p>}
      {backups?.length === 0 && <p>{t('backups.none')}</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list" aria-label={t('backups.list')}>
          {backups.map((backup) => (
            <li key={backup.name}>
              <span>{t('backups.item', { time: when(backup.takenAt), reason: t(`backups.${backup.reason}`), seq: backup.seq, size: size(backup.sizeBytes) })}</span>
              <button type="button" onClick={() => restore(backup)} disabled={busy} aria-label={t('backups.restoreNamed', { time: when(backup.takenAt) })}>
                {t('backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </section>
  );
}
