/**
 * Every translation file in locales/, by language code, found at build time:
 * a new file needs no import anywhere. A language listed in
 * shared/languages.ts without its file stops the start with a clear error
 * (and fails the unit tests) rather than showing English under its name.
 */
import { LANGUAGES, type Language } from '../../../shared/languages';
import type { Locale } from './locale';

const files = import.meta.glob<Locale>('./locales/*.ts', { eager: true, import: 'default' });

function localeOf(code: Language): Locale {
  const locale = files[`./locales/${code}.ts`];
  if (!locale) throw new Error(`shared/languages.ts lists "${code}" but renderer/src/i18n/locales/${code}.ts is missing`);
  return locale;
}

export const LOCALES = Object.fromEntries(LANGUAGES.map((code) => [code, localeOf(code)])) as Record<Language, Locale>;
