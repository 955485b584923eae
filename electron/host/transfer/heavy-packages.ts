/**
 * The packages that write and read office files, loaded on their first use,
 * never when the host starts: ExcelJS, PDFKit and docx together take about
 * 150 ms to load on this 2-core machine (seconds on a busy laptop), and a
 * session may never export at all. Import only types from them elsewhere.
 */
export const loadExcelJS = async () => (await import('exceljs')).default;
export const loadPdfKit = async () => (await import('pdfkit')).default;
export const loadDocx = () => import('docx');
