/**
 * Every keyboard shortcut of the console, in one list: the help overlay
 * ("?") shows all of them, and the desktop app's menu shows the ones it has
 * an item for, with the same keys. `keys` is how the user reads them;
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

export interface Shortcut {
  keys: string;
  action: string;
  menu?: MenuShortcut;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Space', action: 'Start / pause the speaker timer' },
  { keys: 'N', action: 'Next speaker' },
  { keys: 'P', action: 'Previous speaker' },
  { keys: '+ / -', action: 'Add / remove one minute' },
  { keys: '] / [', action: 'Add / remove 30 seconds' },
  { keys: 'B', action: 'Blackout on / off' },
  { keys: 'Ctrl+Z', action: 'Undo the last run-of-show edit', menu: { item: 'undo', accelerator: 'CmdOrCtrl+Z' } },
  {
    keys: 'Ctrl+Y / Ctrl+Shift+Z',
    action: 'Redo a run-of-show edit',
    menu: { item: 'redo', accelerator: 'CmdOrCtrl+Y', macAccelerator: 'Shift+CmdOrCtrl+Z' },
  },
  { keys: 'Alt+↑ / Alt+↓', action: 'Move the focused segment up / down' },
  { keys: '?', action: 'Show this help', menu: { item: 'showShortcuts', accelerator: '?' } },
];

export function menuShortcut(item: MenuShortcutItem): MenuShortcut {
  const found = SHORTCUTS.find((s) => s.menu?.item === item)?.menu;
  if (!found) throw new Error(`no shortcut for the menu item ${item}`);
  return found;
}
