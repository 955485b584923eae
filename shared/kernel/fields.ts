/**
 * Zod building blocks for command fields: each carries its own error message.
 *
 * - Ids are UUIDs (what the host makes with randomUUID, and what imported
 *   files carry): they are used as keys of the document's records, so a
 *   key can never be "__proto__", "constructor" or any other name an
 *   object already has.
 * - Every text is plain text: no control characters but tab and line
 *   breaks (a NUL would cut names short in exports and other programs),
 *   and no unpaired surrogates (half a character, which no file can hold).
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { isValidTimeZone } from './timezones';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** C0 controls but tab, line feed and carriage return; DEL; a high surrogate not followed by a low one, or a low one not after a high one. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_PLAIN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isPlainText(value: string): boolean {
  return !NOT_PLAIN.test(value);
}

/** A string of plain text (see the header); chain limits after it. */
export const plainText = () => z.string().refine(isPlainText, 'must be plain text: no control characters (such as NUL) and no broken characters');

export const id = z.string().regex(UUID, 'must be an id (a UUID such as 3f2a8c1e-0b4d-4c2a-9e7f-5d6c1b2a3e4f)');
export const title = plainText().trim().min(1, 'must not be empty').max(LIMITS.titleChars, `must be at most ${LIMITS.titleChars} characters`);
export const name = plainText().trim().max(LIMITS.nameChars, `must be at most ${LIMITS.nameChars} characters`);
export const requiredName = name.min(1, 'must not be empty');
/** Whose step a recommendation change or an undo is: the rapporteur's name (see session/history.ts). */
export const author = requiredName.optional();
export const text = plainText().max(LIMITS.textChars, `must be at most ${LIMITS.textChars} characters`);
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:mm (00:00 to 23:59)');
/** Event dates: the years a conference can be planned in (and the time-zone data covers). */
export const DATE_RANGE = { first: '1970-01-01', last: '2100-12-31' } as const;
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a calendar date')
  .refine((d) => d >= DATE_RANGE.first && d <= DATE_RANGE.last, `must be between ${DATE_RANGE.first} and ${DATE_RANGE.last}`);
export const timeZone = z.string().refine(isValidTimeZone, 'is not a known IANA time zone (for example Asia/Almaty)');
const atLeast = (min: number) => {
  if (min === 0) return 'must not be negative';
  const [amount, unit] = min % 60_000 === 0 ? [min / 60_000, 'minute'] : [min / 1000, 'second'];
  return `must be at least ${amount} ${unit}${amount === 1 ? '' : 's'}`;
};
export const wholeMs = (max: number, min: number) =>
  z
    .number('must be a number of milliseconds')
    .int('must be whole milliseconds')
    .min(min, atLeast(min))
    .max(max, `must be at most ${max / 3_600_000} hours`);
export const index = z.number().int('must be a whole number').min(0, 'must not be negative').max(100_000, 'is out of range');

