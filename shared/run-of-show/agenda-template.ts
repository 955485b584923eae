/**
 * The agenda template: the import's columns (agenda-sheet.ts) with a few
 * rows that show how each is written. The console offers it as a download
 * and docs/agenda-template.csv is the same file (a test keeps them equal).
 */
import { toCsv } from '../kernel/csv';
import { AGENDA_COLUMNS, COLUMN_HEADERS } from './agenda-sheet';

export const AGENDA_TEMPLATE_ROWS: ReadonlyArray<readonly string[]> = [
  ['Opening', 'Welcome and opening remarks', 'opening', '20', '10:00', 'Chair of the Dialogue', 'Aigerim Bekova (KZ, 5); Dilnoza Yusupova (UZ, 5)'],
  ['', 'Keynote: women in mediation', 'keynote', '20', '', '', 'Farida Rahimova (TJ, 15)'],
  ['National perspectives', 'Panel: women leaders in peace processes', 'panel', '1:00', '', 'Moderator name', 'Ainura Osmonova (KG, 8); Maral Annayeva (TM, 8); Speaker from Kazakhstan (KZ, 8); Speaker from Tajikistan (TJ, 8, remote); Speaker from Uzbekistan (UZ, 8)'],
  ['', 'Coffee break', 'break', '15', '', '', ''],
  ['', 'Open debate', 'debate', '45', '', 'Moderator name', 'International partner (INT, 5)'],
  ['Closing', 'Conclusions and recommendations', 'closing', '20', '12:45', 'Chair of the Dialogue', ''],
];

export function agendaTemplateCsv(): string {
  return toCsv(AGENDA_COLUMNS.map((c) => COLUMN_HEADERS[c]), AGENDA_TEMPLATE_ROWS);
}
