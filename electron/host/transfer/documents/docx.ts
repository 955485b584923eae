/**
 * The outcome document and the Roadmap of Cooperation as Word documents
 * (the `docx` library), for editing before publication: real headings
 * (Word's navigation pane and table of contents see them), a running
 * header and "Page n of N" fields in the footer, the text's language set
 * so spelling and hyphenation work, the roadmap as a table whose header
 * row repeats on every page. Word, LibreOffice and Google Docs substitute a
 * font of their own where Noto Sans is not installed.
 */
import type { Document, Paragraph, ParagraphChild, Table, TableCell, TextRun } from 'docx';
import { loadDocx } from '../heavy-packages';
import type { OutcomeDocument, OutcomeItem } from '../../../../shared/publish/outcome';
import { ROADMAP_COLUMNS, type RoadmapColumn, type RoadmapTable } from '../../../../shared/publish/roadmap';

type Docx = Awaited<ReturnType<typeof loadDocx>>;
/** The docx package, once the first document has loaded it (outcomeDocx, roadmapDocx). */
let docx: Docx;

const MUTED = '50555C';
/** Word's language tags for the session's languages. */
const WORD_LANGUAGE: Record<string, string> = { en: 'en-GB', ru: 'ru-RU' };

/** Runs of one text, a line break for each line break in it. */
function lines(text: string, options: { bold?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new docx.TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

/** "Page {{page}} of {{pages}}" with Word's page fields in place of the placeholders. */
function pageNumbers(template: string): Paragraph {
  const children: Array<string | Docx['PageNumber'][keyof Docx['PageNumber']]> = template
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === '{{page}}' ? docx.PageNumber.CURRENT : piece === '{{pages}}' ? docx.PageNumber.TOTAL_PAGES : piece));
  return new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children: [new docx.TextRun({ children, size: 16, color: MUTED })] });
}

function document(title: string, language: string, header: string, pageTemplate: string, landscape: boolean, children: Array<Paragraph | Table>): Document {
  return new docx.Document({
    creator: 'Moderator Console',
    title,
    styles: { default: { document: { run: { font: 'Noto Sans', size: 21, language: { value: WORD_LANGUAGE[language] ?? language } } } } },
    sections: [
      {
        properties: { page: { size: { orientation: landscape ? docx.PageOrientation.LANDSCAPE : docx.PageOrientation.PORTRAIT } } },
        headers: { default: new docx.Header({ children: [new docx.Paragraph({ children: [new docx.TextRun({ text: header, size: 16, color: MUTED })] })] }) },
        footers: { default: new docx.Footer({ children: [pageNumbers(pageTemplate)] }) },
        children,
      },
    ],
  });
}

function recommendation(item: OutcomeItem): Paragraph[] {
  const lead: ParagraphChild[] = [new docx.TextRun({ text: `${item.number}. `, bold: true })];
  const first = item.title ? new docx.Paragraph({ children: [...lead, new docx.TextRun({ text: item.title, bold: true })], keepNext: true }) : null;
  const body = new docx.Paragraph({ children: [...(first ? [] : lead), ...lines(item.text)], indent: { left: first ? 340 : 0 }, spacing: { after: item.notes.length > 0 ? 0 : 160 } });
  const notes = item.notes.length > 0 ? new docx.Paragraph({ children: [new docx.TextRun({ text: item.notes.join(' · '), size: 18, color: MUTED })], indent: { left: 340 }, spacing: { after: 160 } }) : null;
  return [first, body, notes].filter((p): p is Paragraph => p !== null);
}

export async function outcomeDocx(outcome: OutcomeDocument): Promise<Buffer> {
  docx ??= await loadDocx();
  const children: Paragraph[] = [
    new docx.Paragraph({ children: [new docx.TextRun({ text: outcome.kicker.toUpperCase(), size: 18, color: MUTED })] }),
    new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, children: [new docx.TextRun(outcome.title)] }),
    new docx.Paragraph({ children: [new docx.TextRun({ text: outcome.eventTitle, bold: true, size: 24 })], spacing: { after: 120 } }),
    ...outcome.facts.map(([label, value]) => new docx.Paragraph({ children: [new docx.TextRun({ text: `${label}: `, bold: true, color: MUTED }), new docx.TextRun({ text: value, color: MUTED })] })),
    new docx.Paragraph({ children: [new docx.TextRun({ text: outcome.summary, color: MUTED })], spacing: { before: 120 } }),
  ];
  for (const part of outcome.parts) {
    children.push(new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, children: [new docx.TextRun(part.heading)] }));
    children.push(new docx.Paragraph({ children: [new docx.TextRun({ text: part.summary, color: MUTED, size: 19 })] }));
    for (const group of part.groups) {
      children.push(new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_2, children: [new docx.TextRun(group.heading)] }));
      for (const item of group.items) children.push(...recommendation(item));
    }
  }
  if (outcome.annex) {
    children.push(new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new docx.TextRun(outcome.annex.heading)] }));
    children.push(new docx.Paragraph({ children: [new docx.TextRun({ text: outcome.annex.intro, color: MUTED, size: 19 })] }));
    for (const item of outcome.annex.items) children.push(...recommendation(item));
  }
  children.push(new docx.Paragraph({ children: [new docx.TextRun({ text: outcome.colophon, size: 16, color: MUTED })], spacing: { before: 240 } }));
  return docx.Packer.toBuffer(document(`${outcome.title}: ${outcome.eventTitle}`, outcome.language, outcome.runningHeader, outcome.pageTemplate, false, children));
}

/** Column widths in per cent of the table. */
const ROADMAP_PERCENT: Record<RoadmapColumn, number> = { number: 5, action: 30, lead: 14, partners: 16, due: 10, mechanism: 15, progress: 10 };

function cell(text: string, column: RoadmapColumn, header: boolean): TableCell {
  return new docx.TableCell({
    width: { size: ROADMAP_PERCENT[column], type: docx.WidthType.PERCENTAGE },
    shading: header ? { fill: 'EEF0F2' } : undefined,
    children: [new docx.Paragraph({ children: lines(text, { bold: header, size: 18 }) })],
  });
}

export async function roadmapDocx(table: RoadmapTable, language: string): Promise<Buffer> {
  docx ??= await loadDocx();
  const header = new docx.TableRow({ tableHeader: true, cantSplit: true, children: ROADMAP_COLUMNS.map((c) => cell(table.headings[c], c, true)) });
  const rows = table.rows.map((row) => {
    const values: Record<RoadmapColumn, string> = { number: String(row.number), action: row.action, lead: row.lead, partners: row.partners, due: row.dueText, mechanism: row.mechanism, progress: row.progress };
    return new docx.TableRow({ cantSplit: true, children: ROADMAP_COLUMNS.map((c) => cell(values[c], c, false)) });
  });
  const children: Array<Paragraph | Table> = [
    new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, children: [new docx.TextRun(table.title)] }),
    new docx.Paragraph({ children: [new docx.TextRun({ text: table.intro, color: MUTED })], spacing: { after: 200 } }),
    new docx.Table({ width: { size: 100, type: docx.WidthType.PERCENTAGE }, rows: [header, ...rows] }),
  ];
  if (table.rows.length === 0) children.push(new docx.Paragraph({ children: [new docx.TextRun({ text: table.empty, color: MUTED })] }));
  return docx.Packer.toBuffer(document(table.title, language, table.runningHeader, table.pageTemplate, true, children));
}
