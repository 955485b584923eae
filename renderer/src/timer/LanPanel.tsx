/**
 * Network views, for the technician: off by default; when on, shows the
 * read-only view links (projector, stage) and the control link, each with
 * its token, and can rotate the tokens (old links stop working at once).
 */
import { useCallback, useEffect, useState } from 'react';
import type { LanControl, LanStatus } from '../../../shared/api';
import { lanControl } from '../store';

function links(status: LanStatus): Array<{ label: string; url: string }> {
  const address = status.addresses[0] ?? 'this-computer';
  const base = `http://${address}:${status.port ?? ''}`;
  return [
    { label: 'Projector (read-only)', url: `${base}/projector?token=${status.viewToken}` },
    { label: 'Stage view (read-only)', url: `${base}/stage?token=${status.viewToken}` },
    { label: 'Control (full access)', url: `${base}/?token=${status.controlToken}` },
  ];
}

function LanDetails({ control }: { control: LanControl }) {
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
  useEffect(() => run(() => control.status()), [control, run]);
  if (!status) return null;
  return (
    <>
      <button type="button" aria-pressed={status.enabled} onClick={() => run(() => control.setEnabled(!status.enabled))}>
        Network views
      </button>
      <span className="muted">{status.enabled ? 'On: browsers on the venue network can connect with a token.' : 'Off: only this computer can connect.'}</span>
      {error && <p role="alert">{error}</p>}
      {status.enabled && (
        <>
          <ul className="lan-links">
            {links(status).map((link) => (
              <li key={link.label}>
                {link.label}: <code>{link.url}</code>
              </li>
            ))}
          </ul>
          {status.addresses.length === 0 && <p className="muted">No network interface found; only this computer can connect.</p>}
          <button type="button" onClick={() => run(() => control.rotateTokens())}>
            Rotate tokens
          </button>
        </>
      )}
    </>
  );
}

export function LanPanel() {
  const control = lanControl();
  return (
    <div className="lan-panel">
      {control ? <LanDetails control={control} /> : <p className="muted">Network views are managed on the technician&apos;s console.</p>}
    </div>
  );
}
