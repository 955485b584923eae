/**
 * Session settings: choices that hold for every console and projected view
 * of a session, today the interface language. They are host state like the
 * rest of the document, so every view follows them and they survive a
 * restart; they are in no undo history (Ctrl+Z undoes an edit, never a
 * change of language), and a new session or the example keeps them.
 */
import type { Draft } from 'immer';
import type { CommandOf } from './commands';
import type { SessionDoc } from '../run-of-show/model';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

export interface SessionSettings {
  language: Language;
}

export type SettingsCommand = CommandOf<'settings.language'>;

export function defaultSettings(): SessionSettings {
  return { language: DEFAULT_LANGUAGE };
}

export function applySettings(doc: Draft<SessionDoc>, command: SettingsCommand): void {
  doc.settings.language = command.language;
}
