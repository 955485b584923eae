/**
 * The application menu, as a template: File, Edit, View, Window, Help (and
 * the app menu on macOS), built from plain callbacks so tests can press
 * every item. Items that change the session either go to the console
 * window (which confirms, shows the outcome, or knows the focus) or, with
 * no console open, straight to the host; everything else is a native role.
 *
 * Undo / Redo. The histories live in the host, but while a text field has
 * the focus Ctrl+Z must undo typing, and only the page knows where the focus
 * is and which panel (run-of-show, or this window's rapporteur) it is in.
 * So the items send `undo` / `redo` to the console, which runs the field's
 * own editing undo (what the native role does) in a text field and the
 * history of the panel that has the keyboard anywhere else (the timer has
 * none; renderer/src/console/console-keys.ts). The keys reach the page
 * before the menu: Electron performs a menu accelerator only for a key press
 * the page left unhandled, so the console's own Ctrl+Z handler keeps working
 * and nothing is undone twice; the menu item acts for clicks and for keys no
 * page handler took (Cmd+Z in a text field on macOS).
 *
 * Labels are in the session's language (shared/i18n/locales, `menu`); the
 * native roles (copy, paste, zoom…) are named by the system.
 *
 * Accelerators of console shortcuts come from shared/contract/shortcuts.ts, the list
 * the help overlay shows. A key without a modifier (the help's "?") is only
 * shown, never registered: as a menu accelerator it would be taken from text
 * fields. macOS can not show an accelerator without registering it, so there
 * it is left out.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/contract/api';
import type { Command } from '../../shared/session/commands';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/session/exports';
import { menuShortcut, type MenuShortcutItem } from '../../shared/contract/shortcuts';
import type { MenuMessages } from '../../shared/i18n/locales/en';
import { LOCALES } from '../../shared/i18n/locales';
import type { Language } from '../../shared/i18n/languages';

export interface MenuActions {
  /** Sends an action to the console window; false when no console window is open. */
  toConsole(action: MenuAction): boolean;
  /** Opens (or focuses) the console window. */
  showConsole(): void;
  /** Sends a command straight to the session host. */
  dispatch(command: Command): unknown;
  openProjector(): void;
  closeProjector(): void;
}

const EXPORT_LABEL: Record<ExportFormat, keyof MenuMessages> = {
  json: 'exportJson',
  csv: 'exportCsv',
  xlsx: 'exportXlsx',
  report: 'exportReport',
  'report-pdf': 'exportReportPdf',
  'report-docx': 'exportReportDocx',
  'roadmap-pdf': 'exportRoadmapPdf',
  'roadmap-docx': 'exportRoadmapDocx',
  merges: 'exportMerges',
  timing: 'exportTiming',
};

const MODIFIERS = new Set(['Command', 'Cmd', 'Control', 'Ctrl', 'CommandOrControl', 'CmdOrCtrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta']);

function hasModifier(accelerator: string): boolean {
  return accelerator.split('+').some((part) => MODIFIERS.has(part));
}

/** The accelerator of a console shortcut's menu item on this platform (see the header). */
export function shortcutAccelerator(item: MenuShortcutItem, platform: NodeJS.Platform): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> {
  const shortcut = menuShortcut(item);
  const accelerator = platform === 'darwin' ? (shortcut.macAccelerator ?? shortcut.accelerator) : shortcut.accelerator;
  if (hasModifier(accelerator)) return { accelerator };
  return platform === 'darwin' ? {} : { accelerator, registerAccelerator: false };
}

/** A page action: to the console window, or the console is opened so the user can choose again. */
function forConsole(actions: MenuActions, action: MenuAction): () => void {
  return () => {
    if (!actions.toConsole(action)) actions.showConsole();
  };
}

/** Undo / redo: the console decides (see the header); with no console open, the run-of-show history. */
function forHistory(actions: MenuActions, kind: 'undo' | 'redo'): () => void {
  return () => {
    if (actions.toConsole({ type: kind })) return;
    void actions.dispatch({ type: kind === 'undo' ? 'history.undo' : 'history.redo', scope: 'runOfShow' });
  };
}

function fileMenu(actions: MenuActions, platform: NodeJS.Platform, text: MenuMessages): MenuItemConstructorOptions {
  return {
    label: text.file,
    submenu: [
      { label: text.newSession, click: forConsole(actions, { type: 'newSession' }) },
      { label: text.openExample, click: forConsole(actions, { type: 'openExample' }) },
      { type: 'separator' },
      { label: text.importJson, click: forConsole(actions, { type: 'importFile' }) },
      ...EXPORT_FORMATS.map((format) => ({ label: text[EXPORT_LABEL[format]], click: forConsole(actions, { type: 'exportFile', format }) })),
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function editMenu(actions: MenuActions, platform: NodeJS.Platform, text: MenuMessages): MenuItemConstructorOptions {
  return {
    label: text.edit,
    submenu: [
      { label: text.undo, ...shortcutAccelerator('undo', platform), click: forHistory(actions, 'undo') },
      { label: text.redo, ...shortcutAccelerator('redo', platform), click: forHistory(actions, 'redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(actions: MenuActions, development: boolean, text: MenuMessages): MenuItemConstructorOptions {
  return {
    label: text.view,
    submenu: [
      { label: text.openProjector, click: () => actions.openProjector() },
      { label: text.closeProjector, click: () => actions.closeProjector() },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(development ? [{ type: 'separator' as const }, { role: 'reload' as const }] : []),
    ],
  };
}

function windowMenu(platform: NodeJS.Platform, text: MenuMessages): MenuItemConstructorOptions {
  return {
    role: 'window',
    label: text.window,
    submenu: [{ role: 'minimize' }, { role: 'close' }, ...(platform === 'darwin' ? [{ type: 'separator' as const }, { role: 'front' as const }] : [])],
  };
}

function helpMenu(actions: MenuActions, platform: NodeJS.Platform, text: MenuMessages): MenuItemConstructorOptions {
  return {
    role: 'help',
    label: text.help,
    submenu: [
      { label: text.shortcuts, ...shortcutAccelerator('showShortcuts', platform), click: forConsole(actions, { type: 'showShortcuts' }) },
      // macOS has About in the app menu.
      ...(platform === 'darwin' ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
    ],
  };
}

export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform, text: MenuMessages, development = false): MenuItemConstructorOptions[] {
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    fileMenu(actions, platform, text),
    editMenu(actions, platform, text),
    viewMenu(actions, development, text),
    windowMenu(platform, text),
    helpMenu(actions, platform, text),
  ];
}

/** The menu words of a language (every translation has them: tests/unit/translations.test.ts). */
export function menuMessages(language: Language): MenuMessages {
  return LOCALES[language].messages.menu as MenuMessages;
}
