/** Zod building blocks for command fields: each carries its own error message. */
import { z } from 'zod';
import { LIMITS } from './limits';
import { isValidTimeZone } from './timezones';

export const id = z.string().min(1, 'must not be empty').max(64, 'is too long');
export const title = z.string().trim().min(1, 'must not be empty').max(LIMITS.titleChars, `must be at most ${LIMITS.titleChars} characters`);
export const name = z.string().trim().max(LIMITS.nameChars, `must be at most ${LIMITS.nameChars} characters`);
export const requiredName = name.min(1, 'must not be empty');
/** Whose step a recommendation change or an undo is: the rapporteur's name (see history.ts). */
export const author = requiredName.optional();
export const text = z.string().max(LIMITS.textChars, `must be at most ${LIMITS.textChars} characters`);
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:mm (00:00 to 23:59)');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a calendar date');
export const timeZone = z.string().refine(isValidTimeZone, 'is not a known IANA time zone (for example Asia/Almaty)');
export const wholeMs = (max: number, min: number) =>
  z
    .number('must be a number of milliseconds')
    .int('must be whole milliseconds')
    .min(min, min === 0 ? 'must not be negative' : `must be at least ${min / 60_000} minute`)
    .max(max, `must be at most ${max / 3_600_000} hours`);
export const index = z.number().int('must be a whole number').min(0, 'must not be negative').max(100_000, 'is out of range');

