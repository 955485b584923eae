/**
 * The projector window's preload: it only displays, so it gets only what a
 * view needs (the session as a view sees it, its changes, the host's clock)
 * and nothing that changes anything. The main process treats this window
 * as a view as well (electron/main/ipc.ts), so this is a second lock, not
 * the only one.
 */
import { contextBridge } from 'electron';
import type { MethodName } from '../../shared/contract/methods';
import { ipcBridge } from './bridge';

const VIEW_METHODS: ReadonlySet<MethodName> = new Set(['session.snapshot', 'session.clock']);

contextBridge.exposeInMainWorld('moderator', ipcBridge(VIEW_METHODS));
