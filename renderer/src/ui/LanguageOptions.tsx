/** The seven languages as a select's options, each named in itself and marked with its language (the console's and the projected views' pickers). */
import { LANGUAGES } from '../../../shared/i18n/languages';
import { LOCALES } from '../../../shared/i18n/locales';

export function LanguageOptions() {
  return LANGUAGES.map((code) => (
    <option key={code} value={code} lang={code}>
      {LOCALES[code].name}
    </option>
  ));
}
