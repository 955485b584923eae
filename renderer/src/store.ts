/**
 * The renderer's read-only mirror of the host's session. Actions only send
 * commands; the document changes when the host publishes the change back.
 * Patches keep untouched parts of the document as the same objects, so
 * memoised rows repaint only when their own data changed.
 */
import { create } from 'zustand';
import { applyPatches, enablePatches } from 'immer';
import type { Access, DispatchResult, HostMeta, SessionEvent } from '../../shared/contract/api';
import { CallFailed, type Client } from '../../shared/contract/client';
import type { Command } from '../../shared/session/commands';
import type { CommandError } from '../../shared/kernel/errors';
import type { SessionDoc } from '../../shared/session/document';
import type { Connection, ConnectionState, Files } from './transport';
import type { Scope } from '../../shared/kernel/scopes';
import type { Area } from './ui/keyboard';

enablePatches();

export interface SessionStore {
  connection: ConnectionState;
  /** What this view may do; null until the host has said. */
  access: Access | null;
  version: number;
  doc: SessionDoc | null;
  meta: HostMeta | null;
  /** The last refusal from the host, shown to the user until dismissed. */
  lastError: CommandError | null;
  dispatch(command: Command): Promise<DispatchResult>;
  dismissError(): void;
}

let bound: Connection | null = null;

/** A refusal from the host as it is, or a call that never got an answer (the host may or may not have it). */
function asError(error: unknown): CommandError {
  return error instanceof CallFailed ? error.error : { code: 'unreachable', field: 'connection', message: (error as Error).message };
}

export const useSession = create<SessionStore>()((set) => ({
  connection: 'connecting',
  access: null,
  version: -1,
  doc: null,
  meta: null,
  lastError: null,
  async dispatch(command) {
    if (!bound) throw new Error('the session host is not connected');
    let result: DispatchResult;
    try {
      result = { ok: true, ...(await bound.client.call('session.dispatch', { command })) };
    } catch (error) {
      result = { ok: false, error: asError(error) };
    }
    set({ lastError: result.ok ? null : result.error });
    return result;
  },
  dismissError: () => set({ lastError: null }),
}));

function onEvent(event: SessionEvent): void {
  if (event.type === 'snapshot') {
    useSession.setState({ version: event.snapshot.version, doc: event.snapshot.doc, meta: event.snapshot.meta });
    return;
  }
  const { version, doc } = useSession.getState();
  if (event.type === 'meta') {
    // The meta alone changed (a note acknowledged, the disk refusing or saving again).
    if (event.version === version) useSession.setState({ meta: event.meta });
    else void resync();
    return;
  }
  if (doc === null || event.fromVersion !== version) {
    void resync();
    return;
  }
  useSession.setState({ version: event.version, doc: applyPatches(doc, event.patches), meta: event.meta });
}

/** Asks for the whole session again; a view that is not connected gets it pushed when it is. */
async function resync(): Promise<void> {
  if (!bound) return;
  try {
    onEvent({ type: 'snapshot', snapshot: await bound.client.call('session.snapshot') });
  } catch {
    // Not connected: the host sends a snapshot first on every connection.
  }
}

/** The client of the host's methods, or null before the view is connected. */
export function hostClient(): Client | null {
  return bound?.client ?? null;
}

/** Export and import files: native dialogs in the desktop app, download and upload in a browser. */
export function fileTransfer(): Files | null {
  return bound?.files ?? null;
}

/**
 * What each scope may change (kernel/scopes.ts), by the console's areas;
 * `session` is New session and Open example, which replace everyone's work.
 * The host checks every command again; this only keeps controls a view
 * may not use off the screen.
 */
export type ChangeArea = Area | 'session';
const CHANGES: Record<Scope, readonly ChangeArea[]> = {
  local: ['runOfShow', 'timer', 'recommendations', 'session'],
  control: ['runOfShow', 'timer'],
  rapporteur: ['recommendations'],
  view: [],
};

function allowed(access: Access | null, area: ChangeArea): boolean {
  // Until the host has said, the console shows its controls: a view token's console is told at once on connecting.
  return access === null || CHANGES[access.scope].includes(area);
}

/** True when this view may change `area` (not a view token's read-only console, not another role's panel). */
export function useCanChange(area: ChangeArea): boolean {
  return useSession((s) => allowed(s.access, area));
}

/** The panels a view shows: the recommendations only where its scope receives them (contract/scoped-data.ts). */
export function useSeesRecommendations(): boolean {
  return useSession((s) => s.access === null || s.access.scope === 'local' || s.access.scope === 'rapporteur');
}

/** The same, outside a component (key handlers). */
export function canChange(area: ChangeArea): boolean {
  return allowed(useSession.getState().access, area);
}

/** Wires the store to a connection; returns a function that unwires it. */
export function bindSession(connection: Connection): () => void {
  bound = connection;
  const unsubscribe = connection.client.listen('session', onEvent);
  const unwatchAccess = connection.client.listen('access', (access) => useSession.setState({ access }));
  const unwatch = connection.onConnection((state) => useSession.setState({ connection: state }));
  if (connection.access) useSession.setState({ access: connection.access });
  if (!connection.pushesSnapshot) void resync();
  return () => {
    unsubscribe();
    unwatchAccess();
    unwatch();
    bound = null;
  };
}
