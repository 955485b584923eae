/**
 * Every message key the English file has is used by the code, and every
 * key the code asks for is there: a key left behind by a removed control
 * (and translated five times over for nothing) fails here, as does a
 * template like t(`phase.${reading.phase}`) that can reach a key no file
 * has.
 *
 * How keys are referenced, read with TypeScript's own type checker over the
 * renderer (tsconfig.web.json), the desktop menus (electron/main/menu.ts)
 * and the documents the host writes (electron/host/transfer/agenda-files.ts):
 * - a string literal that is a key ('timer.start'), or a plural's base
 *   ('rec.count' uses rec.count_one, rec.count_other...);
 * - a template literal, expanded through the types of its parts: in
 *   t(`phase.${reading.phase}`) the part is typed as the union of phases,
 *   so exactly phase.idle ... phase.overtime are used. A part typed as a
 *   plain string in a template that starts like a key cannot be expanded,
 *   and fails the test: the code must say which keys it means;
 * - the desktop menu reads its words as properties of the menu messages
 *   (text.file) or names them by literal ('exportJson' as a keyof them).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales';
import { flattenMessages, PLURAL_SUFFIX } from '../../../shared/i18n/locale';



const KEYS = new Set(flattenMessages(LOCALES.en.messages).keys());
const MENU_LEAVES = new Set([...KEYS].filter((key) => key.startsWith('menu.')).map((key) => key.slice('menu.'.length)));
/** Keys and plural bases: what code may name. */
const NAMEABLE = new Set([...KEYS].flatMap((key) => (PLURAL_SUFFIX.test(key) ? [key, key.replace(PLURAL_SUFFIX, '')] : [key])));

/** The program of a tsconfig, from all its files or only from `roots` (and what they import). */
function program(config: string, roots?: string[]): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(config, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  if (!parsed) throw new Error(`cannot read ${config}`);
  return ts.createProgram({ rootNames: roots ?? parsed.fileNames, options: { ...parsed.options, noEmit: true, composite: false, incremental: false } });
}

/** The strings a type can be: a literal or a union of literals (numbers and booleans as written); null when it is wider. */
function literalStrings(type: ts.Type): string[] | null {
  const parts = type.isUnion() ? type.types : [type];
  const out: string[] = [];
  for (const part of parts) {
    if (part.isStringLiteral()) out.push(part.value);
    else if (part.isNumberLiteral()) out.push(String(part.value));
    else if (part.flags & ts.TypeFlags.BooleanLiteral) out.push((part as unknown as { intrinsicName: string }).intrinsicName);
    else return null;
  }
  return out;
}

interface Usage {
  used: Set<string>;
  /** Keys code asks for that no file has. */
  missing: string[];
  /** Templates that start like a key but whose parts are not typed as literals. */
  unexpandable: string[];
}

function collect(programs: ts.Program[]): Usage {
  const usage: Usage = { used: new Set(), missing: [], unexpandable: [] };
  const use = (name: string) => {
    usage.used.add(name);
    if (!PLURAL_SUFFIX.test(name)) for (const key of KEYS) if (key.replace(PLURAL_SUFFIX, '') === name) usage.used.add(key);
  };
  const isTranslateCall = (node: ts.Node) => ts.isCallExpression(node.parent) && node.parent.arguments[0] === node && /(^|\.)t$/.test(node.parent.expression.getText());
  const where = (node: ts.Node) => {
    const source = node.getSourceFile();
    return `${source.fileName.replace(`${process.cwd()}/`, '')}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };

  for (const prog of programs) {
    const checker = prog.getTypeChecker();
    for (const source of prog.getSourceFiles()) {
      if (source.isDeclarationFile || !/\/(renderer\/src|electron\/main|electron\/host\/transfer|shared\/publish)\//.test(source.fileName)) continue;
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
          if (NAMEABLE.has(node.text)) use(node.text);
          else if (isTranslateCall(node)) usage.missing.push(`${where(node)}: ${node.text}`);
          if (MENU_LEAVES.has(node.text)) {
            const contextual = checker.getContextualType(node);
            const names = contextual && literalStrings(contextual);
            if (names && names.length > 0 && names.every((name) => MENU_LEAVES.has(name))) use(`menu.${node.text}`);
          }
        } else if (ts.isTemplateExpression(node)) {
          let expansions = [node.head.text];
          for (const span of node.templateSpans) {
            const values = literalStrings(checker.getTypeAtLocation(span.expression));
            if (values === null) {
              expansions = [];
              if ([...NAMEABLE].some((key) => key.startsWith(node.head.text)) && node.head.text.includes('.')) usage.unexpandable.push(`${where(node)}: ${node.getText()}`);
              break;
            }
            expansions = expansions.flatMap((start) => values.map((value) => `${start}${value}${span.literal.text}`));
          }
          for (const expansion of expansions) {
            if (NAMEABLE.has(expansion)) use(expansion);
            else if (isTranslateCall(node)) usage.missing.push(`${where(node)}: ${expansion}`);
          }
        } else if (ts.isPropertyAccessExpression(node) && MENU_LEAVES.has(node.name.text)) {
          const properties = checker.getTypeAtLocation(node.expression).getProperties().map((p) => p.name);
          if (properties.length === MENU_LEAVES.size && properties.every((name) => MENU_LEAVES.has(name))) use(`menu.${node.name.text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return usage;
}

describe('message keys and the code', () => {
  // The desktop app's words are all in its menu; the host's are those of the documents it writes (the programme, the agenda,
  // the calendar); the published documents' (outcome, roadmap, workbook) are in shared/publish.
  const publish = readdirSync('shared/publish').filter((name) => name.endsWith('.ts')).map((name) => resolve('shared/publish', name));
  const usage = collect([
    program('tsconfig.web.json'),
    program('tsconfig.main.json', [resolve('electron/main/menu.ts')]),
    program('tsconfig.host.json', [resolve('electron/host/transfer/agenda-files.ts')]),
    program('tsconfig.shared.json', publish),
  ]);

  it('every key the code asks for is in the English file, and every template can be expanded', () => {
    expect(usage.missing).toEqual([]);
    expect(usage.unexpandable).toEqual([]);
  });

  it('every key in the English file is used by the code (so no language carries a dead message)', () => {
    expect([...KEYS].filter((key) => !usage.used.has(key))).toEqual([]);
  });

  it('the check is not blind: it sees keys reached by a literal, by a typed template, by a plural base and by the menu', () => {
    for (const key of ['timer.start', 'phase.overtime', 'toolbar.rapporteurOnlyHint', 'rec.count_other', 'menu.exportTiming', 'menu.file', 'city.Tashkent', 'agendaFiles.doc.made']) expect(usage.used, key).toContain(key);
  });
}, 60_000);
