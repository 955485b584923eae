/**
 * Reads another rapporteur's export into a rec.import command. The file is
 * checked with its zod schema (export-schema.ts), built from the same rules
 * as commands;
 * a bad file gives one error that says what is wrong and where (a JSON path
 * such as $.recommendations[2].text, or a line and column for broken JSON),
 * and nothing else happens.
 */
import { z } from 'zod';
import { LIMITS } from '../../kernel/limits';
import type { ImportCommand } from '../merge';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportFileSchema } from './export-schema';
import { emptyRoadmap } from '../model';

/** The largest file an import reads. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export interface ImportFileError {
  /** "$.recommendations[2].text", "line 3, column 14", or "file". */
  where: string;
  message: string;
}

export type ParsedImport = { ok: true; command: ImportCommand } | { ok: false; error: ImportFileError };

const fail = (where: string, message: string): ParsedImport => ({ ok: false, error: { where, message } });

/** "$.recommendations[2].text" */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name.slice(0, 60))}]`;
  }, '$');
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** JSON.parse's complaint, placed at a line and column where the engine says where. */
function syntaxError(text: string, error: SyntaxError): ParsedImport {
  const position = /position (\d+)/.exec(error.message);
  if (position) return fail(lineAndColumn(text, Number(position[1])), 'is not valid JSON here (the file is damaged or not an export)');
  const end = lineAndColumn(text, text.length);
  if (/end of (JSON )?input|Unterminated/i.test(error.message)) return fail(end, 'the file ends too early: it is cut short (truncated)');
  return fail('file', `is not valid JSON (${error.message.slice(0, 120)})`);
}

const shorten = (value: unknown) => String(value).slice(0, 60);

function checkHeader(data: unknown): ParsedImport | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('$', 'must be a JSON object: a Moderator Console recommendations export');
  const { format, formatVersion } = data as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return fail('$.format', `must be "${EXPORT_FORMAT}": this is not a Moderator Console recommendations export`);
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion)) return fail('$.formatVersion', 'must be a whole number');
  if (formatVersion > EXPORT_FORMAT_VERSION) {
    return fail('$.formatVersion', `is ${formatVersion}: the file was written by a newer Moderator Console; this version reads formats 1 to ${EXPORT_FORMAT_VERSION}. Update the app.`);
  }
  if (formatVersion < 1) return fail('$.formatVersion', `is ${formatVersion}, which is not a known format version (expected 1 to ${EXPORT_FORMAT_VERSION})`);
  return null;
}

/** A version-1 file read as the current version: its records had no roadmap yet (an empty one, as on load). */
function fromVersion1(data: Record<string, unknown>): Record<string, unknown> {
  const { recommendations } = data;
  const upgraded = Array.isArray(recommendations)
    ? recommendations.map((rec: unknown) => (typeof rec === 'object' && rec !== null && !Array.isArray(rec) && !Object.hasOwn(rec, 'roadmap') ? { ...rec, roadmap: emptyRoadmap() } : rec))
    : recommendations;
  return { ...data, formatVersion: EXPORT_FORMAT_VERSION, recommendations: upgraded };
}

/** True when the last key of the path is absent from its object. */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
  let parent = data;
  for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)[key];
  return path.length > 0 && typeof parent === 'object' && parent !== null && !Object.hasOwn(parent, path.at(-1)!);
}

function schemaError(data: unknown, error: z.ZodError): ParsedImport {
  const issue = error.issues[0]!;
  const where = jsonPath(issue.path);
  if (issue.code === 'unrecognized_keys') return fail(where, `has unknown field(s): ${issue.keys.map(shorten).join(', ')}`);
  if (isMissing(data, issue.path)) return fail(where, 'is missing');
  return fail(where, issue.message);
}

function firstRepeat(items: ReadonlyArray<{ id: string }>): number {
  const seen = new Set<string>();
  return items.findIndex((item) => seen.size === seen.add(item.id).size);
}

/** Name of the file (or of the rapporteur) the records came from, as the conflicts list shows it. */
function sourceName(fileName: string): string {
  const trimmed = fileName.trim().slice(0, LIMITS.nameChars).trim();
  return trimmed === '' ? 'imported file' : trimmed;
}

/** Parses and checks an export file; `fileName` names the source in conflicts. */
export function parseImportFile(text: string, fileName: string): ParsedImport {
  if (text.length > IMPORT_MAX_BYTES) return fail('file', `is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail('file', 'is empty');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return syntaxError(body, error as SyntaxError);
  }
  const header = checkHeader(data);
  if (header) return header;
  if ((data as Record<string, unknown>).formatVersion === 1) data = fromVersion1(data as Record<string, unknown>);
  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success) return schemaError(data, parsed.error);
  const { event, segments, recommendations } = parsed.data;
  for (const [list, items] of [['segments', segments], ['recommendations', recommendations]] as const) {
    const repeated = firstRepeat(items);
    if (repeated >= 0) return fail(`$.${list}[${repeated}].id`, `repeats id "${items[repeated]!.id}"`);
  }
  return { ok: true, command: { type: 'rec.import', source: sourceName(fileName), event: { title: event.title, date: event.date }, segments, records: recommendations } };
}
