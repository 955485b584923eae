/**
 * The interface language. Every translation is bundled (nothing is fetched,
 * so it works offline). The session's language (settings.language, owned by
 * the host) decides, so every console and projected view follows one
 * choice; until the session arrives, a window shows the language it showed
 * last. The page's `lang` follows too, for screen readers and hyphenation.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { useSession } from '../store';
import { LOCALES } from '../../../shared/i18n/locales';

const KEY = 'moderator-console.language';

function lastLanguage(): Language {
  const saved = localStorage.getItem(KEY) ?? '';
  return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
}

function showLanguage(language: string): void {
  document.documentElement.lang = language;
  localStorage.setItem(KEY, language);
}

export function startTranslations(): void {
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((code) => [code, { translation: LOCALES[code].messages }])),
    lng: lastLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
  });
  showLanguage(i18next.language);
  i18next.on('languageChanged', showLanguage);
  useSession.subscribe(({ doc }) => {
    if (doc && doc.settings.language !== i18next.language) void i18next.changeLanguage(doc.settings.language);
  });
}
