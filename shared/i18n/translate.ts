/**
 * Messages in a session's language outside the interface (the documents
 * the host writes: the outcome document, the roadmap, the workbook). The
 * same files and the same rules as i18next in the views: nested keys
 * ("publish.page"), {{placeholders}}, and plural forms chosen by
 * Intl.PluralRules for the language (count_one, count_few, count_many,
 * count_other). A key the file does not have is a programming error and
 * throws, so a document never prints a raw key.
 */
import type { Language } from './languages';
import type { Messages } from './locale';
import { LOCALES } from './locales';

export type Vars = Record<string, string | number>;
export type Translate = (key: string, vars?: Vars) => string;

export interface Translator {
  language: Language;
  /** The Intl locale of the language's dates and numbers ("en-GB", "ru"). */
  intl: string;
  t: Translate;
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translator(language: Language): Translator {
  const { intl, messages } = LOCALES[language];
  const plurals = new Intl.PluralRules(intl);
  const t: Translate = (key, vars = {}) => {
    const count = vars.count;
    const message = (typeof count === 'number' ? lookup(messages, `${key}_${plurals.select(count)}`) : undefined) ?? lookup(messages, key) ?? (typeof count === 'number' ? lookup(messages, `${key}_other`) : undefined);
    if (message === undefined) throw new Error(`no message "${key}" in ${language}`);
    return message.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
  };
  return { language, intl, t };
}
