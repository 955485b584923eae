/**
 * The languages the interface speaks, by their BCP 47 codes: English,
 * Russian and the five national languages of the Dialogue (Kazakh, Kyrgyz,
 * Tajik in Cyrillic; Turkmen, Uzbek in Latin script). A session's language
 * is one of these (commands.ts refuses any other), and each has a
 * translation file in shared/i18n/locales/<code>.ts (see
 * shared/i18n/locales/index.ts for how to add one).
 */
export const LANGUAGES = ['en', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}
