/**
 * The outcome document and the Roadmap of Cooperation as PDF (PDFKit): A4,
 * Noto Sans embedded (fonts.ts), a running header and "Page n of N" on
 * every page, the document's language set in the file. The content is the
 * structure shared/publish/ builds; this file only lays it out.
 */
import type { OutcomeDocument, OutcomeItem } from '../../../../shared/publish/outcome';
import { ROADMAP_COLUMNS, type RoadmapColumn, type RoadmapTable } from '../../../../shared/publish/roadmap';
import { FONTS } from './fonts';
import { loadPdfKit } from '../heavy-packages';

const MARGIN_PT = 56;
const INK = '#17181a';
const MUTED = '#50555c';

type Pdf = PDFKit.PDFDocument;


async function newPdf(title: string, language: string, layout: 'portrait' | 'landscape'): Promise<Pdf> {
  const PDFDocument = await loadPdfKit();
  const pdf = new PDFDocument({
    size: 'A4',
    layout,
    margins: { top: MARGIN_PT + 14, bottom: MARGIN_PT, left: MARGIN_PT, right: MARGIN_PT },
    bufferPages: true,
    // No `font` here: PDFKit would open Noto Sans by its path, and every later font('regular') would parse the
    // whole file again to find it is the same font (seconds per hundred records); registered names are opened once.
    lang: language,
    displayTitle: true,
    info: { Title: title, Creator: 'Moderator Console' },
  });
  pdf.registerFont('regular', FONTS.regular);
  pdf.registerFont('bold', FONTS.bold);
  pdf.font('regular').fillColor(INK);
  return pdf;
}

/** The running header and the page numbers, drawn on every page once the content is laid out. */
function stampPages(pdf: Pdf, header: string, pageTemplate: string): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const { width, height, margins } = pdf.page;
    const bottom = margins.bottom;
    // Text below the bottom margin would start a new page: lift the margin while writing there.
    pdf.page.margins.bottom = 0;
    const inner = width - margins.left - margins.right;
    pdf.font('regular').fontSize(8).fillColor(MUTED);
    pdf.text(header, margins.left, MARGIN_PT / 2, { width: inner, height: 10, ellipsis: true });
    const label = pageTemplate.replace('{{page}}', String(i - start + 1)).replace('{{pages}}', String(count));
    pdf.text(label, margins.left, height - MARGIN_PT / 2 - 8, { width: inner, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.fillColor(INK);
}

function finish(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

const left = (pdf: Pdf) => pdf.page.margins.left;
const inner = (pdf: Pdf) => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
const room = (pdf: Pdf) => pdf.page.height - pdf.page.margins.bottom - pdf.y;

function heading(pdf: Pdf, text: string, size: number): void {
  // Keep a heading with what follows it.
  if (room(pdf) < size * 5) pdf.addPage();
  pdf.moveDown(0.6).font('bold').fontSize(size).fillColor(INK).text(text, left(pdf), pdf.y, { width: inner(pdf) });
  pdf.moveDown(0.3).font('regular');
}

function paragraph(pdf: Pdf, text: string, options: { size?: number; color?: string; indent?: number } = {}): void {
  const indent = options.indent ?? 0;
  pdf.font('regular').fontSize(options.size ?? 10.5).fillColor(options.color ?? INK).text(text, left(pdf) + indent, pdf.y, { width: inner(pdf) - indent });
}

function recommendation(pdf: Pdf, item: OutcomeItem): void {
  const indent = 26;
  const body = [item.title, item.text, item.notes.join(' · ')].filter((t) => t !== '').join('\n');
  const height = pdf.fontSize(10.5).heightOfString(body, { width: inner(pdf) - indent });
  if (height < 300 && room(pdf) < height + 12) pdf.addPage();
  const top = pdf.y;
  pdf.font('bold').fontSize(10.5).fillColor(INK).text(`${item.number}.`, left(pdf), top, { width: indent - 4 });
  pdf.y = top;
  if (item.title) pdf.font('bold').text(item.title, left(pdf) + indent, pdf.y, { width: inner(pdf) - indent });
  paragraph(pdf, item.text, { indent });
  if (item.notes.length > 0) paragraph(pdf, item.notes.join(' · '), { size: 9, color: MUTED, indent });
  pdf.moveDown(0.5);
}

export async function outcomePdf(outcome: OutcomeDocument): Promise<Buffer> {
  const pdf = await newPdf(`${outcome.title}: ${outcome.eventTitle}`, outcome.language, 'portrait');
  paragraph(pdf, outcome.kicker.toUpperCase(), { size: 9, color: MUTED });
  pdf.font('bold').fontSize(18).text(outcome.title, left(pdf), pdf.y, { width: inner(pdf) });
  pdf.font('bold').fontSize(12).text(outcome.eventTitle, { width: inner(pdf) }).moveDown(0.5);
  for (const [label, value] of outcome.facts) {
    pdf.font('bold').fontSize(9.5).fillColor(MUTED).text(`${label}: `, left(pdf), pdf.y, { continued: true, width: inner(pdf) });
    pdf.font('regular').text(value);
  }
  pdf.moveDown(0.5);
  paragraph(pdf, outcome.summary, { color: MUTED });
  for (const part of outcome.parts) {
    heading(pdf, part.heading, 14);
    paragraph(pdf, part.summary, { size: 9.5, color: MUTED });
    for (const group of part.groups) {
      heading(pdf, group.heading, 11.5);
      for (const item of group.items) recommendation(pdf, item);
    }
  }
  if (outcome.annex) {
    pdf.addPage();
    heading(pdf, outcome.annex.heading, 14);
    paragraph(pdf, outcome.annex.intro, { size: 9.5, color: MUTED });
    pdf.moveDown(0.5);
    for (const item of outcome.annex.items) recommendation(pdf, item);
  }
  pdf.moveDown(1);
  paragraph(pdf, outcome.colophon, { size: 8.5, color: MUTED });
  stampPages(pdf, outcome.runningHeader, outcome.pageTemplate);
  return finish(pdf);
}

/** Column widths as shares of the table's width. */
const ROADMAP_SHARES: Record<RoadmapColumn, number> = { number: 0.05, action: 0.3, lead: 0.14, partners: 0.16, due: 0.1, mechanism: 0.15, progress: 0.1 };
const CELL_PAD = 4;

function roadmapRow(pdf: Pdf, cells: string[], widths: number[], bold: boolean): number {
  pdf.font(bold ? 'bold' : 'regular').fontSize(9);
  return Math.max(...cells.map((cell, i) => pdf.heightOfString(cell || ' ', { width: widths[i]! - 2 * CELL_PAD }))) + 2 * CELL_PAD;
}

function drawRow(pdf: Pdf, cells: string[], widths: number[], bold: boolean, height: number): void {
  const top = pdf.y;
  let x = left(pdf);
  pdf.lineWidth(0.5).strokeColor('#9aa0a6');
  cells.forEach((cell, i) => {
    const width = widths[i]!;
    if (bold) pdf.rect(x, top, width, height).fillAndStroke('#eef0f2', '#9aa0a6');
    else pdf.rect(x, top, width, height).stroke();
    pdf.fillColor(INK).font(bold ? 'bold' : 'regular').fontSize(9).text(cell, x + CELL_PAD, top + CELL_PAD, { width: width - 2 * CELL_PAD });
    x += width;
  });
  pdf.x = left(pdf);
  pdf.y = top + height;
}

export async function roadmapPdf(table: RoadmapTable, language: string): Promise<Buffer> {
  const pdf = await newPdf(table.title, language, 'landscape');
  pdf.font('bold').fontSize(16).text(table.title, left(pdf), pdf.y, { width: inner(pdf) });
  paragraph(pdf, table.intro, { size: 9.5, color: MUTED });
  pdf.moveDown(0.6);
  const widths = ROADMAP_COLUMNS.map((c) => ROADMAP_SHARES[c] * inner(pdf));
  const header = ROADMAP_COLUMNS.map((c) => table.headings[c]);
  const headerHeight = roadmapRow(pdf, header, widths, true);
  drawRow(pdf, header, widths, true, headerHeight);
  if (table.rows.length === 0) paragraph(pdf, table.empty, { color: MUTED });
  for (const row of table.rows) {
    const cells = [String(row.number), row.action, row.lead, row.partners, row.dueText, row.mechanism, row.progress];
    const height = roadmapRow(pdf, cells, widths, false);
    if (room(pdf) < height) {
      pdf.addPage();
      drawRow(pdf, header, widths, true, headerHeight);
    }
    drawRow(pdf, cells, widths, false, height);
  }
  stampPages(pdf, table.runningHeader, table.pageTemplate);
  return finish(pdf);
}
