/**
 * The method map over Electron IPC: one channel for every call, answered by
 * the same dispatcher as the WebSocket (host/net/dispatcher.ts), after a
 * check that the sender frame is one of our app:// pages; and one channel
 * for the pushes (the session's changes to every window showing one of our
 * pages, the menu's requests to the console).
 *
 * Each window has a scope (kernel/scopes.ts): the console is the local
 * console; the projector window only displays, so it is a view. Its calls
 * are checked and its pushes cut to what a view may see
 * (contract/scoped-data.ts), like a projector on the venue network.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { SessionHost } from '../host/session/session-host';
import { runCall, type HandlerSet } from '../host/net/dispatcher';
import { IPC_CALL, IPC_EVENT } from '../../shared/contract/protocol';
import type { EventName, ServerEvents } from '../../shared/contract/events';
import type { SessionEvent } from '../../shared/contract/api';
import { ScopedFeed } from '../../shared/contract/scoped-data';
import type { Scope } from '../../shared/kernel/scopes';
import { isAppUrl } from './security';

export class ForeignSenderError extends Error {
  constructor(url: string | undefined) {
    super(`refused IPC from a frame that is not the app (${url ?? 'unknown'})`);
  }
}

export function checkSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): void {
  const url = event.senderFrame?.url;
  if (!isAppUrl(url)) throw new ForeignSenderError(url);
}

/**
 * Sends one push to a window, if it is still there and shows one of our
 * pages: a window with any other page (one that got our preload some other
 * way) hears nothing of the session, as it may call nothing.
 */
export function push<E extends EventName>(contents: Pick<WebContents, 'isDestroyed' | 'getURL' | 'send'>, name: E, payload: ServerEvents[E]): void {
  if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(IPC_EVENT, name, payload);
}

/** The scope of the window a message came from (the console is local). */
export type WindowScope = (contents: WebContents) => Scope;

export function bindIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: HandlerSet, host: SessionHost, targets: () => WebContents[], scopeOf: WindowScope = () => 'local'): () => void {
  ipcMain.handle(IPC_CALL, (event, method: unknown, args: unknown) => {
    checkSender(event);
    return runCall(handlers, { scope: scopeOf(event.sender), desktop: true }, method, args);
  });
  const feeds = new WeakMap<WebContents, ScopedFeed>();
  const feedOf = (contents: WebContents) => {
    const scope = scopeOf(contents);
    let feed = feeds.get(contents);
    if (feed?.scope !== scope) feeds.set(contents, (feed = new ScopedFeed(scope)));
    return feed;
  };
  const tell = (sessionEvent: SessionEvent, displaysOnly: boolean) => {
    for (const contents of targets()) {
      const feed = feedOf(contents);
      if (displaysOnly && feed.scope !== 'view') continue;
      const scoped = feed.next(sessionEvent, () => host.getSnapshot());
      if (scoped !== null) push(contents, 'session', scoped);
    }
  };
  const unsubscribe = host.subscribe((sessionEvent) => tell(sessionEvent, false));
  // A projector window (view scope) is one of the host's displays: shown a change while it is written (session-host.ts).
  const unsubscribeDisplays = host.subscribeDisplays((sessionEvent) => tell(sessionEvent, true));
  return () => {
    unsubscribe();
    unsubscribeDisplays();
    ipcMain.removeHandler(IPC_CALL);
  };
}
