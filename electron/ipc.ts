/**
 * Binds ModeratorApi to Electron IPC: invoke handlers for snapshot and
 * dispatch, and a push of every host event to every window. Each handler
 * first checks that the sender frame is one of our app:// pages.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { SessionHost } from './host/session-host';
import { isAppUrl } from './security';
import { CHANNELS } from './channels';

export class ForeignSenderError extends Error {
  constructor(url: string | undefined) {
    super(`refused IPC from a frame that is not the app (${url ?? 'unknown'})`);
  }
}

function checkSender(event: IpcMainInvokeEvent): void {
  const url = event.senderFrame?.url;
  if (!isAppUrl(url)) throw new ForeignSenderError(url);
}

export function bindIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, host: SessionHost, targets: () => WebContents[]): () => void {
  ipcMain.handle(CHANNELS.snapshot, (event) => {
    checkSender(event);
    return host.getSnapshot();
  });
  ipcMain.handle(CHANNELS.dispatch, (event, command: unknown) => {
    checkSender(event);
    return host.dispatch(command);
  });
  ipcMain.handle(CHANNELS.hostNow, (event) => {
    checkSender(event);
    return host.now();
  });
  const unsubscribe = host.subscribe((sessionEvent) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed()) contents.send(CHANNELS.event, sessionEvent);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(CHANNELS.snapshot);
    ipcMain.removeHandler(CHANNELS.dispatch);
    ipcMain.removeHandler(CHANNELS.hostNow);
  };
}
