/**
 * CSV for tools and spreadsheets: UTF-8 with a byte-order mark, CRLF rows,
 * every field quoted when needed.
 *
 * Formulas: a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * carriage return) as a formula, so such a cell is prefixed with an
 * apostrophe, unless it is a number as written by people: digits with an
 * optional sign and the punctuation of numbers and phone numbers only
 * ("-46.9", "+7 701 123 45 67", "+7 (727) 258-12-34"). Those hold no
 * function, reference or text to execute, and stay exactly as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A sign, a digit, then only digits, spaces and . , ( ) / - : a number or a phone number, never a formula. */
const NUMBER_AS_WRITTEN = /^[+-]?\d[\d .,()/-]*$/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !NUMBER_AS_WRITTEN.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
