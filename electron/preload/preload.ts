/**
 * The console window's sandboxed preload: exposes the method map's
 * transport on window.moderator (bridge.ts), and nothing else.
 */
import { contextBridge } from 'electron';
import { ipcBridge } from './bridge';

contextBridge.exposeInMainWorld('moderator', ipcBridge());
