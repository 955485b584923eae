/**
 * The workbook as XLSX (ExcelJS): one worksheet per sheet of
 * shared/publish/workbook.ts, typed cells (numbers as numbers, calendar
 * dates and instants as spreadsheet dates, shown in the venue's zone), a
 * bold frozen header row with a filter, and column widths. Nothing in it is
 * a formula, so nothing a rapporteur typed can be executed.
 */
import type { CellValue } from 'exceljs';
import { formatInTimeZone } from 'date-fns-tz';
import type { Cell, Sheet } from '../../../../shared/publish/workbook';
import { loadExcelJS } from '../heavy-packages';

/**
 * A spreadsheet date has no time zone: it is the wall-clock time it shows.
 * So an instant becomes the Date whose UTC fields are the venue's wall clock
 * at that instant (ExcelJS writes Dates by their UTC fields).
 */
function wallClock(instant: number, timeZone: string): Date {
  return new Date(`${formatInTimeZone(instant, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS")}Z`);
}

function valueOf(cell: Cell, timeZone: string): CellValue {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'number':
      return cell.value;
    case 'date':
      return new Date(`${cell.value}T00:00:00Z`);
    case 'instant':
      return wallClock(cell.value, timeZone);
  }
}

function formatOf(cell: Cell): string | undefined {
  if (cell === null) return undefined;
  if (cell.kind === 'number') return cell.format;
  if (cell.kind === 'date') return 'yyyy-mm-dd';
  if (cell.kind === 'instant') return cell.format === 'time' ? 'hh:mm:ss' : 'yyyy-mm-dd hh:mm';
  return undefined;
}

/** Sheet names: at most 31 characters and none of : \ / ? * [ ] (the format's rule). */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export async function workbookXlsx(sheets: readonly Sheet[], title: string): Promise<Buffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Moderator Console';
  workbook.title = title;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width }));
    ws.getRow(1).font = { bold: true };
    for (const cells of sheet.rows) {
      const row = ws.addRow(cells.map((cell) => valueOf(cell, sheet.timeZone)));
      cells.forEach((cell, i) => {
        const format = formatOf(cell);
        if (format) row.getCell(i + 1).numFmt = format;
        if (cell?.kind === 'text' && cell.value.includes('\n')) row.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' };
      });
    }
    if (sheet.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
