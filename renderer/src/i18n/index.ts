/**
 * The interface language. Every translation is bundled (nothing is fetched,
 * so it works offline). The session's settings (owned by the host) decide,
 * so every console follows one choice: the console and the phone page speak
 * the session's language, the projector and the stage their own where the
 * technician gave them one (settings.viewLanguages), else the session's. A
 * projected view opened with `?lang=uz` speaks that language whatever the
 * settings say (one stage monitor for one speaker). Until the session
 * arrives, a window shows the language it showed last. The page's `lang`
 * follows too, for screen readers and hyphenation.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { useSession } from '../store';
import { LOCALES } from '../../../shared/i18n/locales';
import { viewLanguage, type ProjectedView } from '../../../shared/session/settings';
import { writeNumber } from '../../../shared/i18n/dates';

export type View = ProjectedView | 'console' | 'control';

/** Each kind of view remembers its own last language: a stage in Uzbek does not turn the console's next start Uzbek. */
const keyOf = (view: View) => (view === 'console' || view === 'control' ? 'moderator-console.language' : `moderator-console.language.${view}`);

function lastLanguage(view: View): Language {
  const saved = localStorage.getItem(keyOf(view)) ?? '';
  return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
}

/** A projected view's `?lang=` (a supported code), if it has one. */
function askedLanguage(view: View): Language | null {
  if (view !== 'projector' && view !== 'stage') return null;
  const asked = new URLSearchParams(window.location.search).get('lang') ?? '';
  return isLanguage(asked) ? asked : null;
}

export function startTranslations(view: View): void {
  const asked = askedLanguage(view);
  const showLanguage = (language: string) => {
    document.documentElement.lang = language;
    localStorage.setItem(keyOf(view), language);
  };
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((code) => [code, { translation: LOCALES[code].messages }])),
    lng: asked ?? lastLanguage(view),
    fallbackLng: DEFAULT_LANGUAGE,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
  });
  // Numbers with the language's grouping and decimal sign, where Intl lacks its data too: {{value, number}}.
  i18next.services.formatter?.add('number', (value: number, language: string | undefined) => writeNumber(value, language ?? i18next.language));
  showLanguage(i18next.language);
  i18next.on('languageChanged', showLanguage);
  if (asked) return;
  useSession.subscribe(({ doc }) => {
    const language = doc ? viewLanguage(doc.settings, view === 'control' ? 'console' : view) : null;
    if (language && language !== i18next.language) void i18next.changeLanguage(language);
  });
}
