/**
 * CSV cells as a spreadsheet meets them: a cell a spreadsheet would run as
 * a formula is neutralised, and nothing else is altered (phone numbers,
 * negative numbers, dates typed as text stay exactly as written).
 */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../shared/kernel/csv';

describe('CSV cells', () => {
  it('neutralises what a spreadsheet would execute: = + - @ followed by anything but a number, and a leading tab or carriage return', () => {
    for (const hostile of ['=HYPERLINK("http://evil")', '+cmd|\' /C calc\'!A0', '-2+3+cmd|x', '@SUM(A1)', '=1+1', '-Rapporteur', '+', '\tdata', '\r=1']) {
      expect(csvCell(hostile).replace(/^"|"$/g, '').startsWith("'"), hostile).toBe(true);
    }
  });

  it('leaves real text alone: phone numbers, negative and signed numbers, ordinary words', () => {
    expect(csvCell('+7 701 123 45 67')).toBe('+7 701 123 45 67');
    expect(csvCell('+7 (727) 258-12-34')).toBe('+7 (727) 258-12-34');
    expect(csvCell('-46.9')).toBe('-46.9');
    expect(csvCell('+1')).toBe('+1');
    expect(csvCell(-46.9)).toBe('-46.9');
    expect(csvCell('Women, peace and security')).toBe('"Women, peace and security"');
    expect(csvCell('2023-10-16')).toBe('2023-10-16');
  });

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [['Әйел', -1]])).toBe('\uFEFFa,b\r\nӘйел,-1\r\n');
  });
});
