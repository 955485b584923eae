/**
 * The national languages' files are machine-made and wait for a native
 * review, so each message carries its English source right above it
 * (`// Start`, then `start: 'Бастау'`). A comment missing, or no longer the
 * English of today (the English changed, the translation did not), fails
 * here with the key; scripts/i18n-context.ts writes them all again.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales';
import { flattenMessages, PLURAL_SUFFIX } from '../../../shared/i18n/locale';

const REVIEWED_BY_COMMENT = ['kk', 'ky', 'tg', 'tk', 'uz'] as const;


const english = flattenMessages(LOCALES.en.messages);

/** Each message of a file with the comment line right above it (null if none). */
function commented(path: string): Map<string, string | null> {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out = new Map<string, string | null>();
  const visit = (object: ts.ObjectLiteralExpression, prefix: string) => {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : property.name.getText();
      if (ts.isObjectLiteralExpression(property.initializer)) visit(property.initializer, `${prefix}${name}.`);
      else {
        const comments = ts.getLeadingCommentRanges(text, property.getFullStart()) ?? [];
        const last = comments.at(-1);
        out.set(`${prefix}${name}`, last && last.kind === ts.SyntaxKind.SingleLineCommentTrivia ? text.slice(last.pos + 3, last.end) : null);
      }
    }
  };
  ts.forEachChild(source, function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'messages' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) visit(node.initializer, '');
    else ts.forEachChild(node, find);
  });
  return out;
}

describe('English context above each message of the machine-made languages', () => {
  it.each(REVIEWED_BY_COMMENT)('%s: every message has its English of today above it', (language) => {
    const messages = commented(`shared/i18n/locales/${language}.ts`);
    expect(messages.size).toBe(flattenMessages(LOCALES[language].messages).size);
    const wrong = [...messages].flatMap(([key, comment]) => {
      const source = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));
      return comment === source ? [] : [`${key}: "${comment}" should be "${source}" (npx tsx scripts/i18n-context.ts ${language})`];
    });
    expect(wrong).toEqual([]);
  });
});
