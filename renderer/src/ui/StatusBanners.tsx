/** The host's refusals and the connection state, announced to assistive tech. */
import { useSession } from '../store';

export function ErrorBanner() {
  const error = useSession((s) => s.lastError);
  const dismiss = useSession((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>
        Not saved: <strong>{error.field}</strong> {error.message}
      </span>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function ConnectionBanner() {
  const connection = useSession((s) => s.connection);
  if (connection === 'open') return null;
  return (
    <div className="banner banner-warning" role="status">
      {connection === 'lost' ? 'Connection lost: reconnecting to the session host…' : 'Connecting to the session host…'}
    </div>
  );
}

export function RecoveryBanner() {
  const recovery = useSession((s) => s.meta?.recovery);
  if (!recovery || recovery.length === 0) return null;
  return (
    <div className="banner banner-warning" role="status">
      <strong>The session was recovered on start:</strong>
      <ul>
        {recovery.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
