/**
 * The renderer's read-only mirror of the host's session. Actions only send
 * commands; the document changes when the host publishes the change back.
 * Patches keep untouched parts of the document as the same objects, so
 * memoised rows repaint only when their own data changed.
 */
import { create } from 'zustand';
import { applyPatches, enablePatches } from 'immer';
import type { Access, DesktopControl, DispatchResult, HostMeta, LanControl, ModeratorApi, SessionEvent } from '../../shared/api';
import type { Command, CommandError } from '../../shared/commands';
import type { SessionDoc } from '../../shared/model';
import type { Connection, ConnectionState } from './transport';

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

let api: ModeratorApi | null = null;

export const useSession = create<SessionStore>()((set) => ({
  connection: 'connecting',
  access: null,
  version: -1,
  doc: null,
  meta: null,
  lastError: null,
  async dispatch(command) {
    if (!api) throw new Error('the session host is not connected');
    let result: DispatchResult;
    try {
      result = await api.dispatch(command);
    } catch (error) {
      result = { ok: false, error: { code: 'unreachable', field: 'connection', message: (error as Error).message } };
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
  if (doc === null || event.fromVersion !== version) {
    void resync();
    return;
  }
  useSession.setState({ version: event.version, doc: applyPatches(doc, event.patches), meta: event.meta });
}

async function resync(): Promise<void> {
  if (!api) return;
  onEvent({ type: 'snapshot', snapshot: await api.getSnapshot() });
}

/** Network-view management, on the technician's own console only. */
export function lanControl(): LanControl | null {
  return api?.lan ?? null;
}

/** Export and import files: native dialogs in the desktop app, download and upload in a browser. */
export function fileTransfer(): Pick<ModeratorApi, 'exportFile' | 'importFile'> | null {
  return api;
}

/** The desktop app's own abilities (projector window), or null in a browser. */
export function desktopControl(): DesktopControl | null {
  return api?.desktop ?? null;
}

/** True when this view may change the session (not a view token's read-only console). */
export function useCanChange(): boolean {
  return useSession((s) => s.access !== 'view');
}

/** Wires the store to a transport; returns a function that unwires it. */
export function bindSession(connection: Connection): () => void {
  api = connection.api;
  const unsubscribe = connection.api.subscribe(onEvent);
  const unwatch = connection.onConnection((state) => useSession.setState({ connection: state }));
  const unwatchAccess = connection.onAccess((access) => useSession.setState({ access }));
  void resync();
  return () => {
    unsubscribe();
    unwatch();
    unwatchAccess();
    api = null;
  };
}
