/**
 * What a translation file (shared/i18n/locales/<code>.ts) exports by default: the
 * language's own name, the Intl locale its dates are written in, and its
 * messages, with the same keys as the English file (tests/unit/translations
 * checks that). Plural forms take i18next's suffixes for the language
 * (_one / _other in English; _one / _few / _many / _other in Russian).
 */
export interface Messages {
  [key: string]: string | Messages;
}

export interface Locale {
  /** The language's name in itself, as the language switch lists it. */
  name: string;
  /** The Intl locale for dates ("en-GB" writes 16 October 2023). */
  intl: string;
  messages: Messages;
}
