/**
 * Every keyboard shortcut of the console, in one table that the handlers
 * read, the help overlay ("?") lists and the desktop app's menu takes its
 * accelerators from.
 *
 * Where keys act. Each shortcut names the area that must have the
 * keyboard: the area holding the focused element (or, for shortcuts with
 * Ctrl, the area last clicked or tabbed into when the focus is on nothing).
 * Text fields, selects and other form fields always keep their keys.
 * Single keys act only in the Speaker timer, so typing elsewhere can never
 * reach the stage; there Space starts or pauses (a focused button is pressed
 * with Enter). Next speaker, previous speaker, blackout and reset change the
 * stage at once and can not be taken back, so they are on single letters
 * only when the technician turns on Operator keys.
 *
 * `keys` is how the user reads them; `presses` what the handlers match
 * (`ctrl` is Ctrl or Cmd; `shift` unset means either; `sign` tells the two
 * directions of one action apart); `action` names what they do (each view
 * words it in its language); `menu` names the menu item and its
 * accelerator in Electron's notation.
 */

/** Menu items that have a console shortcut. */
export type MenuShortcutItem = 'undo' | 'redo' | 'showShortcuts';

export interface MenuShortcut {
  item: MenuShortcutItem;
  accelerator: string;
  /** Where macOS has its own convention (Shift+Cmd+Z for redo). */
  macAccelerator?: string;
}

export type ShortcutAction = 'startPause' | 'next' | 'previous' | 'minute' | 'halfMinute' | 'blackout' | 'reset' | 'undo' | 'redo' | 'moveSegment' | 'help';

/** The console's areas (each a region of the page), or anywhere outside a text field. */
export type ShortcutArea = 'timer' | 'runOfShow' | 'recommendations' | 'anywhere';

export interface KeyPress {
  /** KeyboardEvent.key, compared without case. */
  key: string;
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
  sign?: 1 | -1;
}

export interface Shortcut {
  keys: string;
  presses: readonly KeyPress[];
  action: ShortcutAction;
  area: ShortcutArea;
  /** Only while Operator keys are on. */
  operator?: true;
  menu?: MenuShortcut;
}

const UNDO: KeyPress[] = [{ key: 'z', ctrl: true, shift: false }];
const REDO: KeyPress[] = [
  { key: 'y', ctrl: true },
  { key: 'z', ctrl: true, shift: true },
];

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Space', presses: [{ key: ' ' }], action: 'startPause', area: 'timer' },
  {
    keys: '+ / -',
    presses: [
      { key: '+', sign: 1 },
      { key: '=', sign: 1 },
      { key: '-', sign: -1 },
    ],
    action: 'minute',
    area: 'timer',
  },
  {
    keys: '] / [',
    presses: [
      { key: ']', sign: 1 },
      { key: '[', sign: -1 },
    ],
    action: 'halfMinute',
    area: 'timer',
  },
  { keys: 'N', presses: [{ key: 'n' }], action: 'next', area: 'timer', operator: true },
  { keys: 'P', presses: [{ key: 'p' }], action: 'previous', area: 'timer', operator: true },
  { keys: 'B', presses: [{ key: 'b' }], action: 'blackout', area: 'timer', operator: true },
  { keys: 'R', presses: [{ key: 'r' }], action: 'reset', area: 'timer', operator: true },
  { keys: 'Ctrl+Z', presses: UNDO, action: 'undo', area: 'runOfShow', menu: { item: 'undo', accelerator: 'CmdOrCtrl+Z' } },
  {
    keys: 'Ctrl+Y / Ctrl+Shift+Z',
    presses: REDO,
    action: 'redo',
    area: 'runOfShow',
    menu: { item: 'redo', accelerator: 'CmdOrCtrl+Y', macAccelerator: 'Shift+CmdOrCtrl+Z' },
  },
  {
    keys: 'Alt+↑ / Alt+↓',
    presses: [
      { key: 'ArrowUp', alt: true, sign: -1 },
      { key: 'ArrowDown', alt: true, sign: 1 },
    ],
    action: 'moveSegment',
    area: 'runOfShow',
  },
  { keys: 'Ctrl+Z', presses: UNDO, action: 'undo', area: 'recommendations' },
  { keys: 'Ctrl+Y / Ctrl+Shift+Z', presses: REDO, action: 'redo', area: 'recommendations' },
  { keys: '?', presses: [{ key: '?' }], action: 'help', area: 'anywhere', menu: { item: 'showShortcuts', accelerator: '?' } },
];

/** The parts of a key event the table is matched against. */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface ShortcutMatch {
  shortcut: Shortcut;
  sign: 1 | -1;
}

function matches(press: KeyPress, event: KeyEventLike): boolean {
  if (event.key.toLowerCase() !== press.key.toLowerCase()) return false;
  if (event.ctrlKey || event.metaKey) {
    if (!press.ctrl) return false;
  } else if (press.ctrl) return false;
  if (event.altKey !== (press.alt === true)) return false;
  return press.shift === undefined || press.shift === event.shiftKey;
}

/** The shortcut a key press means in an area, or null (operator-only ones need `operatorKeys`). */
export function findShortcut(event: KeyEventLike, area: ShortcutArea, operatorKeys = false): ShortcutMatch | null {
  for (const shortcut of SHORTCUTS) {
    if (shortcut.area !== area || (shortcut.operator && !operatorKeys)) continue;
    const press = shortcut.presses.find((p) => matches(p, event));
    if (press) return { shortcut, sign: press.sign ?? 1 };
  }
  return null;
}

export function menuShortcut(item: MenuShortcutItem): MenuShortcut {
  const found = SHORTCUTS.find((s) => s.menu?.item === item)?.menu;
  if (!found) throw new Error(`no shortcut for the menu item ${item}`);
  return found;
}
