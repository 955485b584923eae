/** Message keys are checked at compile time against the English file. */
import 'i18next';
import type { EnglishMessages } from '../../../shared/i18n/locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishMessages };
  }
}
