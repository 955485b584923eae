/**
 * Every translation of the interface, by language code: the console, the
 * projected views and the desktop app's menus all read them from here.
 * Adding a language: copy ru.ts to <code>.ts and translate it, add the code
 * to LANGUAGES in shared/i18n/languages.ts, list the file below (the
 * compiler points at this list until it is there), and put the English
 * above each message with scripts/i18n-context.ts.
 */
import type { Language } from '../languages';
import type { Locale } from '../locale';
import en from './en';
import kk from './kk';
import ky from './ky';
import ru from './ru';
import tg from './tg';
import tk from './tk';
import uz from './uz';

export const LOCALES: Record<Language, Locale> = { en, ru, kk, ky, tg, tk, uz };
