/**
 * Network views, for the technician: off by default; when on, shows the
 * read-only view links (projector, stage), the control link (run-of-show
 * and timer) and the rapporteur link (recommendations, for a second
 * laptop), each with its token, and can rotate the tokens (old links stop
 * working at once).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanStatus, OscStatus } from '../../../shared/contract/api';
import type { Client } from '../../../shared/contract/client';
import { hostClient, useSession } from '../store';

function links(status: LanStatus): Array<{ label: 'lan.projector' | 'lan.stage' | 'lan.control' | 'lan.phone' | 'lan.rapporteur'; url: string }> {
  const address = status.addresses[0] ?? 'this-computer';
  const base = `http://${address}:${status.port ?? ''}`;
  return [
    { label: 'lan.projector', url: `${base}/projector?token=${status.viewToken}` },
    { label: 'lan.stage', url: `${base}/stage?token=${status.viewToken}` },
    { label: 'lan.control', url: `${base}/?token=${status.controlToken}` },
    { label: 'lan.phone', url: `${base}/control?token=${status.controlToken}` },
    { label: 'lan.rapporteur', url: `${base}/?token=${status.rapporteurToken}` },
  ];
}

function LanDetails({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<LanStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback((action: () => Promise<LanStatus>) => {
    action().then(
      (next) => {
        setStatus(next);
        setError(null);
      },
      (e: unknown) => setError((e as Error).message),
    );
  }, []);
  useEffect(() => run(() => client.call('lan.status')), [client, run]);
  if (!status) return null;
  return (
    <>
      <button type="button" aria-pressed={status.enabled} onClick={() => run(() => client.call('lan.setEnabled', { enabled: !status.enabled }))}>
        {t('lan.toggle')}
      </button>
      <span className="muted">{status.enabled ? t('lan.on') : t('lan.off')}</span>
      {error && <p role="alert">{error}</p>}
      {status.enabled && (
        <>
          <ul className="lan-links">
            {links(status).map((link) => (
              <li key={link.label}>
                {t(link.label)}: <code>{link.url}</code>
              </li>
            ))}
          </ul>
          {status.addresses.length === 0 && <p className="muted">{t('lan.noInterface')}</p>}
          <button type="button" onClick={() => run(() => client.call('lan.rotateTokens'))}>
            {t('lan.rotate')}
          </button>
          <OscSettings client={client} />
        </>
      )}
    </>
  );
}

/** Show control over OSC: off by default; a port and the desks allowed to send (docs/companion.md). */
function OscSettings({ client }: { client: Client }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OscStatus | null>(null);
  const [port, setPort] = useState('');
  const [senders, setSenders] = useState('');
  const [error, setError] = useState<string | null>(null);
  const show = useCallback((next: OscStatus) => {
    setStatus(next);
    setPort(String(next.port));
    setSenders(next.allowedSenders.join(', '));
    setError(null);
  }, []);
  useEffect(() => {
    client.call('osc.status').then(show, (e: unknown) => setError((e as Error).message));
  }, [client, show]);
  if (!status) return null;
  const apply = (enabled: boolean) => {
    const allowedSenders = senders.split(/[\s,]+/).filter(Boolean);
    client.call('osc.configure', { enabled, port: Number(port), allowedSenders }).then(show, (e: unknown) => setError((e as Error).message));
  };
  return (
    <fieldset className="osc-settings">
      <legend>{t('osc.legend')}</legend>
      <label>
        {t('osc.port')}
        <input inputMode="numeric" pattern="[0-9]*" value={port} onChange={(e) => setPort(e.target.value)} />
      </label>
      <label>
        {t('osc.senders')}
        <input value={senders} onChange={(e) => setSenders(e.target.value)} placeholder="192.168.1.20" />
      </label>
      <button type="button" aria-pressed={status.enabled} onClick={() => apply(!status.enabled)}>
        {t('osc.toggle')}
      </button>
      <span className="muted">{status.listening ? t('osc.on', { port: status.port }) : t('osc.off')}</span>
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}

export function LanPanel() {
  const { t } = useTranslation();
  const local = useSession((s) => s.access?.scope === 'local');
  const client = hostClient();
  return (
    <div className="lan-panel">
      {local && client ? <LanDetails client={client} /> : <p className="muted">{t('lan.elsewhere')}</p>}
    </div>
  );
}
