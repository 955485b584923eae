/** Export times at 10,000 recommendations: JSON, CSV and the outcome report (pure functions, medians). */
import { buildExport, serializeExport, type ExportMeta } from '../shared/recommendations/files/format';
import { recommendationsCsv } from '../shared/recommendations/files/csv-export';
import { outcomeReport } from '../shared/recommendations/files/report';
import { figure, type Figure } from './report';
import { median, timeRuns } from './stats';
import { sizedSession } from './seed';
import type { EpochMs } from '../shared/kernel/units';

export async function exportBenchmarks(): Promise<Figure[]> {
  const doc = sizedSession(100, 10_000);
  const meta: ExportMeta = { appVersion: 'bench', exportedAt: Date.now() as EpochMs };
  const json = await timeRuns(() => serializeExport(buildExport(doc, meta)), 7);
  const csv = await timeRuns(() => recommendationsCsv(doc), 7);
  const report = await timeRuns(() => outcomeReport(doc, meta), 7);
  const bytes = Buffer.byteLength(serializeExport(buildExport(doc, meta)));
  return [
    figure('exports', 'JSON export, 10,000 recommendations (median)', 'ms', median(json), { max: 300 }, `${(bytes / 1e6).toFixed(1)} MB`),
    figure('exports', 'CSV export, 10,000 recommendations (median)', 'ms', median(csv), { max: 300 }),
    figure('exports', 'outcome report (HTML), 10,000 recommendations (median)', 'ms', median(report)),
  ];
}
