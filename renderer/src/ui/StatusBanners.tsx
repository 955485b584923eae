/** The host's refusals (in plain words, refusals.ts), the connection state, the disk's state and the recovery notes, announced to assistive tech. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryNote } from '../../../shared/contract/api';
import { dateTime } from '../i18n/format';
import { hostClient, useSession } from '../store';
import { refusalText } from './refusals';

export function ErrorBanner() {
  const { t } = useTranslation();
  const error = useSession((s) => s.lastError);
  const dismiss = useSession((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      {error.code === 'not-saved' ? (
        // The disk refused it: the host's message says so in full ("Not saved: the disk is full…").
        <span>{error.message}</span>
      ) : (
        <span>
          {t('app.notSaved')} {refusalText(t, error)}
        </span>
      )}
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

/** The session's zone and the interface language, for the times the banners show. */
function useWhenFormat(): (instant: number) => string {
  const { i18n } = useTranslation();
  const zone = useSession((s) => s.doc?.event.timeZone ?? 'UTC');
  return (instant) => dateTime(instant, i18n.language, zone);
}

/**
 * While the host's disk refuses writes: every change is refused, and this
 * says why until a write succeeds again (HostMeta.storage).
 */
export function StorageBanner() {
  const { t } = useTranslation();
  const storage = useSession((s) => s.meta?.storage);
  const when = useWhenFormat();
  if (!storage || storage.ok) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>
        {t(`storage.${storage.problem}`)} {t('storage.since', { time: when(storage.since) })}
      </span>
    </div>
  );
}

/** One repair the store made, until someone at a console says they have read it. */
function RecoveryItem({ note }: { note: RecoveryNote }) {
  const { t } = useTranslation();
  const when = useWhenFormat();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const acknowledge = () => {
    const client = hostClient();
    if (!client) return;
    setSending(true);
    client.call('session.acknowledgeRecovery', { ids: [note.id] }).then(
      () => setError(null),
      (e: unknown) => {
        setSending(false);
        setError((e as Error).message);
      },
    );
  };
  const textId = `recovery-${note.id}`;
  return (
    <li>
      <p id={textId}>
        <strong>{t(`recovery.${note.kind}`)}</strong> ({when(note.at)}): {note.message}
      </p>
      <button type="button" onClick={acknowledge} disabled={sending} aria-describedby={textId}>
        {t('recovery.acknowledge')}
      </button>
      {error && <p role="alert">{t('recovery.failed', { message: error })}</p>}
    </li>
  );
}

/**
 * What the store repaired, converted or restored (HostMeta.recovery), on
 * every console of this computer (the ones that can act on it), in every
 * start, until acknowledged; acknowledged in one console, it goes from all.
 */
export function RecoveryBanner() {
  const { t } = useTranslation();
  const recovery = useSession((s) => s.meta?.recovery);
  const local = useSession((s) => s.access?.scope === 'local');
  if (!local || !recovery || recovery.length === 0) return null;
  return (
    <section className="banner banner-warning" aria-label={t('recovery.label')}>
      <ul className="recovery-notes">
        {recovery.map((note) => (
          <RecoveryItem key={note.id} note={note} />
        ))}
      </ul>
    </section>
  );
}
