/**
 * Session settings: choices that hold for every console and projected view
 * of a session, today the interface language. They are host state like the
 * rest of the document, so every view follows them and they survive a
 * restart; they are in no undo history (Ctrl+Z undoes an edit, never a
 * change of language), and a new session or the example keeps them.
 */
import { z } from 'zod';
import type { Draft } from 'immer';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages';

export interface SessionSettings {
  language: Language;
}

export const settingsCommands = [
  z.strictObject({ type: z.literal('settings.language'), language: z.enum(LANGUAGES, `must be one of the supported languages: ${LANGUAGES.join(', ')}`) }),
] as const;

export type SettingsCommand = z.infer<(typeof settingsCommands)[number]>;

export function defaultSettings(): SessionSettings {
  return { language: DEFAULT_LANGUAGE };
}

export function applySettings(doc: Draft<{ settings: SessionSettings }>, command: SettingsCommand): void {
  doc.settings.language = command.language;
}
