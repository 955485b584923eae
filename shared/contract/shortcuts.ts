/**
 * Every keyboard shortcut of the console, in one list: the help overlay
 * ("?") shows all of them, and the desktop app's menu shows the ones it has
 * an item for, with the same keys. `keys` is how the user reads them;
 * `action` names what they do (each view words it in its language);
 * `menu` names the menu item and its accelerator in Electron's notation.
 */

/** Menu items that have a console shortcut. */
export type MenuShortcutItem = 'undo' | 'redo' | 'showShortcuts';

export interface MenuShortcut {
  item: MenuShortcutItem;
  accelerator: string;
  /** Where macOS has its own convention (Shift+Cmd+Z for redo). */
  macAccelerator?: string;
}

export type ShortcutAction = 'startPause' | 'next' | 'previous' | 'minute' | 'halfMinute' | 'blackout' | 'undo' | 'redo' | 'moveSegment' | 'help';

export interface Shortcut {
  keys: string;
  action: ShortcutAction;
  menu?: MenuShortcut;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Space', action: 'startPause' },
  { keys: 'N', action: 'next' },
  { keys: 'P', action: 'previous' },
  { keys: '+ / -', action: 'minute' },
  { keys: '] / [', action: 'halfMinute' },
  { keys: 'B', action: 'blackout' },
  { keys: 'Ctrl+Z', action: 'undo', menu: { item: 'undo', accelerator: 'CmdOrCtrl+Z' } },
  {
    keys: 'Ctrl+Y / Ctrl+Shift+Z',
    action: 'redo',
    menu: { item: 'redo', accelerator: 'CmdOrCtrl+Y', macAccelerator: 'Shift+CmdOrCtrl+Z' },
  },
  { keys: 'Alt+↑ / Alt+↓', action: 'moveSegment' },
  { keys: '?', action: 'help', menu: { item: 'showShortcuts', accelerator: '?' } },
];

export function menuShortcut(item: MenuShortcutItem): MenuShortcut {
  const found = SHORTCUTS.find((s) => s.menu?.item === item)?.menu;
  if (!found) throw new Error(`no shortcut for the menu item ${item}`);
  return found;
}
