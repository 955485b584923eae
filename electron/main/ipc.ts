/**
 * Binds ModeratorApi to Electron IPC: invoke handlers (each first checks
 * that the sender frame is one of our app:// pages) and a push of every
 * host event to every window.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { SessionHost } from '../host/session/session-host';
import type { RunningServer } from '../host/net/server';
import { isAppUrl } from './security';
import { CHANNELS } from './channels';

export class ForeignSenderError extends Error {
  constructor(url: string | undefined) {
    super(`refused IPC from a frame that is not the app (${url ?? 'unknown'})`);
  }
}

type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];
export type Handlers = Partial<Record<Channel, (...args: never[]) => unknown>>;

export function checkSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): void {
  const url = event.senderFrame?.url;
  if (!isAppUrl(url)) throw new ForeignSenderError(url);
}

export function sessionHandlers(host: SessionHost): Handlers {
  return {
    [CHANNELS.snapshot]: () => host.getSnapshot(),
    [CHANNELS.dispatch]: (command: unknown) => host.dispatch(command),
    [CHANNELS.hostNow]: () => host.now(),
  };
}

export function lanHandlers(server: RunningServer): Handlers {
  return {
    [CHANNELS.lanStatus]: () => server.lanStatus(),
    [CHANNELS.lanEnable]: (enabled: boolean) => server.setLanEnabled(enabled === true),
    [CHANNELS.lanRotate]: () => server.rotateLanTokens(),
  };
}

export function bindIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: Handlers, host: SessionHost, targets: () => WebContents[]): () => void {
  const channels = Object.keys(handlers) as Channel[];
  for (const channel of channels) {
    const handler = handlers[channel]! as (...args: unknown[]) => unknown;
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      checkSender(event);
      return handler(...args);
    });
  }
  const unsubscribe = host.subscribe((sessionEvent) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed()) contents.send(CHANNELS.event, sessionEvent);
    }
  });
  return () => {
    unsubscribe();
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
