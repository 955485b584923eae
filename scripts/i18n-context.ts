/**
 * Writes the English source above every message of a translation file, as
 * a `// English text` comment, so a native reviewer reads each translation
 * beside what it translates. Run after the English changes:
 *
 *   npx tsx scripts/i18n-context.ts kk ky tg tk uz
 *
 * It only rewrites comment lines directly above a message (its own
 * earlier output); tests/unit/i18n/context-comments.test.ts fails while any
 * comment is missing or no longer the English of today.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import en from '../shared/i18n/locales/en';
import { flattenMessages, PLURAL_SUFFIX } from '../shared/i18n/locale';



const english = flattenMessages(en.messages);
const englishOf = (key: string) => english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));

function propertyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

function annotate(path: string): void {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; insert: string }[] = [];
  const lineStart = (pos: number) => text.lastIndexOf('\n', pos - 1) + 1;

  function visit(object: ts.ObjectLiteralExpression, prefix: string): void {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = `${prefix}${propertyName(property.name)}`;
      if (ts.isObjectLiteralExpression(property.initializer)) {
        visit(property.initializer, `${key}.`);
        continue;
      }
      const source = englishOf(key);
      if (source === undefined) throw new Error(`${path}: ${key} is not an English message`);
      const start = lineStart(property.getStart());
      const indent = text.slice(start, property.getStart());
      // Take away the comment lines right above (this script's earlier output).
      let from = start;
      for (;;) {
        const previous = lineStart(from - 1);
        if (from === 0 || !/^\s*\/\/ /.test(text.slice(previous, from))) break;
        from = previous;
      }
      edits.push({ start: from, end: start, insert: `${indent}// ${source}\n` });
    }
  }

  ts.forEachChild(source, function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'messages' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) visit(node.initializer, '');
    else ts.forEachChild(node, find);
  });
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  writeFileSync(path, out);
}

for (const code of process.argv.slice(2)) annotate(`shared/i18n/locales/${code}.ts`);
