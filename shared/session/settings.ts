/**
 * Session settings: choices that hold for every console and projected view
 * of a session: the interface language, and the projector's and the
 * stage's own language where the technician gives them one (a speaker from
 * Tashkent reads Uzbek cues on the stage while the console stays Russian).
 * They are host state like the rest of the document, so every view follows
 * them and they survive a restart; they are in no undo history (Ctrl+Z
 * undoes an edit, never a change of language), and a new session or the
 * example keeps them.
 */
import { z } from 'zod';
import type { Draft } from 'immer';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages';

/** The views a technician can give a language of their own. */
export const PROJECTED_VIEWS = ['projector', 'stage'] as const;
export type ProjectedView = (typeof PROJECTED_VIEWS)[number];

export interface SessionSettings {
  language: Language;
  /** A projected view's own language; a view not listed speaks the session's. Absent in sessions saved before it existed. */
  viewLanguages?: { [view in ProjectedView]?: Language };
}

const language = z.enum(LANGUAGES, `must be one of the supported languages: ${LANGUAGES.join(', ')}`);

export const settingsCommands = [
  z.strictObject({ type: z.literal('settings.language'), language }),
  /** `language: null` gives the view the session's language again. */
  z.strictObject({
    type: z.literal('settings.viewLanguage'),
    view: z.enum(PROJECTED_VIEWS, `must be one of: ${PROJECTED_VIEWS.join(', ')}`),
    language: language.nullable(),
  }),
] as const;

export type SettingsCommand = z.infer<(typeof settingsCommands)[number]>;

export function defaultSettings(): SessionSettings {
  return { language: DEFAULT_LANGUAGE };
}

/** The language a view speaks: its own if the technician chose one, else the session's. */
export function viewLanguage(settings: SessionSettings, view: ProjectedView | 'console'): Language {
  return (view === 'console' ? undefined : settings.viewLanguages?.[view]) ?? settings.language;
}

export function applySettings(doc: Draft<{ settings: SessionSettings }>, command: SettingsCommand): void {
  if (command.type === 'settings.language') {
    doc.settings.language = command.language;
    return;
  }
  const own = doc.settings.viewLanguages;
  if (command.language === null) {
    if (own?.[command.view] === undefined) return;
    delete own[command.view];
    if (Object.keys(own).length === 0) delete doc.settings.viewLanguages;
  } else if (own === undefined) doc.settings.viewLanguages = { [command.view]: command.language };
  else own[command.view] = command.language;
}
