/**
 * Every translation of the interface, by language code: the console, the
 * projected views and the desktop app's menus all read them from here.
 * Adding a language: copy ru.ts to <code>.ts and translate it, add the code
 * to LANGUAGES in shared/i18n/languages.ts, and list the file below (the
 * compiler points at this list until it is there).
 */
import type { Language } from '../languages';
import type { Locale } from '../locale';
import en from './en';
import ru from './ru';

export const LOCALES: Record<Language, Locale> = { en, ru };
