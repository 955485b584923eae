/**
 * The sandboxed preload: exposes the method map's transport on
 * window.moderator, and nothing else (no ipcRenderer, no Node). It only
 * moves frames: one invoke channel for calls, one channel for pushes; the
 * main process validates every call (host/net/dispatcher.ts) and the
 * renderer's client types it (shared/contract/client.ts).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Transport } from '../../shared/contract/client';
import type { EventName } from '../../shared/contract/events';
import type { CallResult } from '../../shared/contract/protocol';
import { IPC_CALL, IPC_EVENT } from '../../shared/contract/protocol';

const bridge: Transport = {
  call: (method, args) => ipcRenderer.invoke(IPC_CALL, method, args) as Promise<CallResult>,
  listen(listener) {
    const handler = (_event: IpcRendererEvent, name: EventName, payload: unknown) => listener(name, payload);
    ipcRenderer.on(IPC_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, handler);
    };
  },
};

contextBridge.exposeInMainWorld('moderator', bridge);
