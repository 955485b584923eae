/**
 * The sandboxed preload: exposes exactly ModeratorApi on window.moderator.
 * No ipcRenderer, no Node, nothing else crosses the bridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuAction, ModeratorApi, SessionEvent } from '../shared/api';
import type { Command } from '../shared/commands';
import type { ExportFormat } from '../shared/export/files';
import { CHANNELS } from './channels';

const api = {
  getSnapshot: () => ipcRenderer.invoke(CHANNELS.snapshot),
  dispatch: (command: Command) => ipcRenderer.invoke(CHANNELS.dispatch, command),
  hostNow: () => ipcRenderer.invoke(CHANNELS.hostNow),
  exportFile: (format: ExportFormat) => ipcRenderer.invoke(CHANNELS.exportFile, format),
  importFile: (author?: string) => ipcRenderer.invoke(CHANNELS.importFile, author),
  lan: {
    status: () => ipcRenderer.invoke(CHANNELS.lanStatus),
    setEnabled: (enabled: boolean) => ipcRenderer.invoke(CHANNELS.lanEnable, enabled),
    rotateTokens: () => ipcRenderer.invoke(CHANNELS.lanRotate),
  },
  desktop: {
    displays: () => ipcRenderer.invoke(CHANNELS.displays),
    openProjector: (displayId?: number) => ipcRenderer.invoke(CHANNELS.openProjector, displayId),
    closeProjector: () => ipcRenderer.invoke(CHANNELS.closeProjector),
    onMenuAction(listener: (action: MenuAction) => void) {
      const handler = (_event: IpcRendererEvent, action: MenuAction) => listener(action);
      ipcRenderer.on(CHANNELS.menuAction, handler);
      return () => {
        ipcRenderer.removeListener(CHANNELS.menuAction, handler);
      };
    },
  },
  subscribe(listener: (event: SessionEvent) => void) {
    const handler = (_event: IpcRendererEvent, sessionEvent: SessionEvent) => listener(sessionEvent);
    ipcRenderer.on(CHANNELS.event, handler);
    return () => {
      ipcRenderer.removeListener(CHANNELS.event, handler);
    };
  },
} satisfies ModeratorApi;

contextBridge.exposeInMainWorld('moderator', api);
