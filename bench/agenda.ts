/** The agenda in and out at 1000 segments: reading a CSV into the preview, and the programme PDF, XLSX and .ics (medians). */
import { agendaIcs, agendaXlsx, previewAgenda, programmePdf } from '../electron/host/transfer/agenda-files';
import { createExampleSession } from '../shared/session/example-session';
import { applyCommand } from '../shared/session/reducer';
import { emptyHistory } from '../shared/session/history';
import type { EpochMs, IsoDate } from '../shared/kernel/units';
import { figure, type Figure } from './report';
import { median, timeRuns } from './stats';

export async function agendaBenchmarks(): Promise<Figure[]> {
  let n = 0;
  const newId = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
  const example = createExampleSession(newId);
  const csv = Buffer.from(
    ['Part,Title,Kind,Duration (min),Moderator,Speakers', ...Array.from({ length: 1000 }, (_, i) => `Day ${Math.floor(i / 100) + 1},Segment ${i + 1} — Сегмент,panel,5,Chair ${i},"Спикер ${i} (KZ, 2); Speaker ${i} (UZ, 2)"`)].join('\n'),
  );
  const preview = await timeRuns(() => previewAgenda(example, csv, 'bench.csv', 'replace'), 7);
  const outcome = await previewAgenda(example, csv, 'bench.csv', 'replace');
  if (outcome.status !== 'preview' || !outcome.preview.command) throw new Error('the bench agenda does not import');
  const ctx = { now: Date.now() as EpochMs, newId, today: example.event.date as IsoDate };
  const doc = applyCommand({ doc: example, history: emptyHistory() }, outcome.preview.command, ctx).state.doc;
  const pdf = await timeRuns(() => programmePdf(doc, Date.now()), 5);
  const xlsx = await timeRuns(() => agendaXlsx(doc), 5);
  const ics = await timeRuns(() => agendaIcs(doc, Date.now()), 5);
  const pages = ((await programmePdf(doc, Date.now())).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  return [
    figure('agenda', 'CSV agenda of 1000 segments to preview and command (median)', 'ms', median(preview)),
    figure('agenda', 'programme PDF, 1000 segments (median)', 'ms', median(pdf), undefined, `${pages} pages`),
    figure('agenda', 'agenda XLSX, 1000 segments (median)', 'ms', median(xlsx)),
    figure('agenda', 'calendar .ics, 1000 segments (median)', 'ms', median(ics)),
  ];
}
