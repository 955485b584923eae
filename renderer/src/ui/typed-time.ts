/**
 * Dates and times of day typed as text, 24-hour in every language (the
 * browser's date and time fields follow the computer's locale and show
 * AM/PM in en-US). The host validates; here a time typed without its
 * leading zero ("9:30") is completed, as people write it.
 */
export const DATE_PATTERN = '\\d{4}-\\d{2}-\\d{2}';
export const TIME_PATTERN = '([01]\\d|2[0-3]):[0-5]\\d';

/** "9:30" is 09:30; anything else goes to the host as typed, to be refused there with its reason. */
export function typedTime(text: string): string {
  const trimmed = text.trim();
  return /^\d:[0-5]\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}
