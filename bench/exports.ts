/**
 * Export times at 10,000 recommendations, every format, as the host makes
 * them (exportFor on a real host over a seeded data dir): JSON, CSV, the
 * workbook (XLSX), the outcome document (HTML, PDF, DOCX) and the Roadmap
 * of Cooperation (PDF, DOCX). A quarter of the records are agreed, so the
 * outcome document and the roadmap hold 2,500 each. Medians of 3 runs
 * after one warm-up (the binary formats take seconds each).
 */
import { SessionHost } from '../electron/host/session/session-host';
import { exportFor, fileBytes } from '../electron/host/transfer/files';
import { EXPORT_FORMATS, FORMAT_LABELS } from '../shared/session/exports';
import { figure, type Figure } from './report';
import { median, timeRuns } from './stats';
import { seedDataDir, sizedSession } from './seed';

export async function exportBenchmarks(): Promise<Figure[]> {
  const host = await SessionHost.open({ dataDir: await seedDataDir(sizedSession(100, 10_000)), appVersion: 'bench' });
  const figures: Figure[] = [];
  try {
    for (const format of EXPORT_FORMATS) {
      const runs = await timeRuns(() => exportFor(host, format, { annex: true }), 3, 1);
      const bytes = fileBytes(await exportFor(host, format, { annex: true })).length;
      figures.push(figure('exports', `${FORMAT_LABELS[format]}, 10,000 recommendations (median)`, 'ms', median(runs), format === 'json' || format === 'csv' ? { max: 300 } : {}, `${(bytes / 1e6).toFixed(1)} MB`));
    }
  } finally {
    await host.close();
  }
  return figures;
}
