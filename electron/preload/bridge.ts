/**
 * The one bridge a preload exposes: calls on one invoke channel, pushes on
 * one channel, nothing else (no ipcRenderer, no Node). The main process
 * checks every call again (the sender, the scope, the arguments).
 */
import { ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Transport } from '../../shared/contract/client';
import type { EventName } from '../../shared/contract/events';
import type { MethodName } from '../../shared/contract/methods';
import type { CallResult } from '../../shared/contract/protocol';
import { IPC_CALL, IPC_EVENT } from '../../shared/contract/protocol';

/** A transport over IPC; with `only`, every other method is refused here, before it leaves the page. */
export function ipcBridge(only?: ReadonlySet<MethodName>): Transport {
  return {
    call(method, args) {
      if (only && !only.has(method)) {
        return Promise.resolve<CallResult>({ ok: false, error: { code: 'forbidden', field: 'method', message: `${method} is not available in this window` } });
      }
      return ipcRenderer.invoke(IPC_CALL, method, args) as Promise<CallResult>;
    },
    listen(listener) {
      const handler = (_event: IpcRendererEvent, name: EventName, payload: unknown) => listener(name, payload);
      ipcRenderer.on(IPC_EVENT, handler);
      return () => {
        ipcRenderer.removeListener(IPC_EVENT, handler);
      };
    },
  };
}
