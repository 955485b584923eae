/**
 * What the host pushes to a view without being asked, by name: changes of
 * the session to every view, and, in the desktop app, the application
 * menu's requests to the console window.
 */
import type { Access, MenuAction, SessionEvent } from './api';

export interface ServerEvents {
  /** The first push on every WebSocket: what this connection may do. */
  access: Access;
  session: SessionEvent;
  menu: MenuAction;
}

export type EventName = keyof ServerEvents;
