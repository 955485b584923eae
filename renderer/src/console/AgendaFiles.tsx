/**
 * The run-of-show's files (docs/agenda-files.md): import an organiser's
 * agenda from XLSX or CSV through a preview that lists what will be
 * created and every problem by row and column (nothing changes until
 * Import, which is one undo step), download the template, and export the
 * programme (PDF), the agenda (XLSX) and the calendar (.ics).
 */
import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fileTransfer, hostClient, useSession } from '../store';
import { CallFailed } from '../../../shared/contract/client';
import { pickAgendaFile } from '../transport/browser-files';
import type { AgendaExportFormat, AgendaPreviewOutcome, ExportOutcome } from '../../../shared/contract/files';
import type { AgendaPreview, SheetIssue } from '../../../shared/run-of-show/agenda-sheet';
import type { ImportMode } from '../../../shared/run-of-show/commands';
import { IMPORT_MODES } from '../../../shared/run-of-show/commands';
import { ModalDialog } from '../ui/ModalDialog';

type Notice = { kind: 'done' | 'failed'; text: string };

interface Pending {
  fileName: string;
  data: string;
  preview: AgendaPreview;
}

function issueText(t: TFunction, issue: SheetIssue): string {
  if (issue.row === null) return t('agendaFiles.issueFile', { message: issue.message });
  if (issue.column === null) return t('agendaFiles.issueAtRow', { row: issue.row, message: issue.message });
  return t('agendaFiles.issueAt', { row: issue.row, column: issue.column, message: issue.message });
}

function exportNotice(t: TFunction, outcome: ExportOutcome): Notice | null {
  if (outcome.status === 'cancelled') return null;
  if (outcome.status === 'failed') return { kind: 'failed', text: t('agendaFiles.exportFailed', { where: outcome.where, message: outcome.message }) };
  return { kind: 'done', text: t('agendaFiles.saved', { fileName: outcome.fileName }) };
}

interface DialogProps {
  pending: Pending;
  busy: boolean;
  onMode(mode: ImportMode): void;
  onConfirm(): void;
  onCancel(): void;
}

function ImportDialog({ pending, busy, onMode, onConfirm, onCancel }: DialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const { preview } = pending;
  const errors = preview.issues.filter((i) => i.severity === 'error');
  const parts = new Set(preview.rows.map((r) => r.part)).size;
  const dayStart = useSession((s) => s.doc?.event.dayStart);
  // A replacing agenda's first fixed start becomes the day start (shared/run-of-show/apply.ts).
  const opening = preview.mode === 'replace' ? preview.rows[0]?.hardStart : null;
  return (
    <ModalDialog
      className="agenda-import-dialog"
      title={t('agendaFiles.previewTitle', { source: preview.source })}
      description={t('agendaFiles.previewIntro')}
      onCancel={onCancel}
    >
      <fieldset disabled={busy}>
        <legend>{t('agendaFiles.mode')}</legend>
        {IMPORT_MODES.map((mode) => (
          <label key={mode}>
            <input type="radio" name={`${id}-mode`} value={mode} checked={preview.mode === mode} onChange={() => onMode(mode)} />
            {t(`agendaFiles.${mode}`)}
          </label>
        ))}
      </fieldset>
      <section aria-labelledby={`${id}-issues`}>
        <h3 id={`${id}-issues`}>{t('agendaFiles.issues')}</h3>
        {preview.issues.length === 0 ? (
          <p>{t('agendaFiles.noIssues')}</p>
        ) : (
          <ul aria-labelledby={`${id}-issues`}>
            {preview.issues.map((issue, i) => (
              <li key={i} className={issue.severity}>
                <strong>{t(`agendaFiles.${issue.severity}`)}:</strong> {issueText(t, issue)}
              </li>
            ))}
          </ul>
        )}
        {errors.length > 0 && (
          <p role="alert" className="failed">
            {t('agendaFiles.blocked')}
          </p>
        )}
      </section>
      {preview.rows.length > 0 && (
        <div className="agenda-preview-rows">
          <p>{t('agendaFiles.toCreate', { parts, segments: preview.rows.length })}</p>
          {opening && dayStart && opening !== dayStart && <p>{t('agendaFiles.dayStartMoves', { time: opening, now: dayStart })}</p>}
          <table>
            <caption>{t('agendaFiles.rows')}</caption>
            <thead>
              <tr>
                {(['row', 'part', 'title', 'kind', 'duration', 'fixedStart', 'moderator', 'speakers'] as const).map((key) => (
                  <th key={key} scope="col">
                    {t(`agendaFiles.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.row} className={row.bad ? 'bad' : undefined}>
                  <th scope="row">
                    {row.row}
                    {row.bad && <span className="visually-hidden"> {t('agendaFiles.rowHasError')}</span>}
                  </th>
                  <td>{row.part}</td>
                  <td>{row.title}</td>
                  <td>{t(`segmentKind.${row.kind}`)}</td>
                  <td>{row.durationMs === null ? '' : t('agendaFiles.doc.minutes', { minutes: Math.round((row.durationMs / 60_000) * 100) / 100 })}</td>
                  <td>{row.hardStart ?? ''}</td>
                  <td>{row.moderator}</td>
                  <td>
                    {row.speakers
                      .map((s) => {
                        const line = t('agendaFiles.speakerLine', { name: s.name, country: t(`country.${s.country}`), minutes: Math.round((s.allottedMs / 60_000) * 100) / 100 });
                        return s.attendance === 'remote' ? `${line}, ${t('attendance.remote')}` : line;
                      })
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="choices">
        <button type="button" onClick={onConfirm} disabled={busy || preview.command === null}>
          {t('agendaFiles.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

export function AgendaFiles() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const files = fileTransfer();
  const client = hostClient();

  const run = async (action: () => Promise<Notice | null>) => {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ kind: 'failed', text: t('agendaFiles.notDone', { message: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  const preview = async (fileName: string, data: string, mode: ImportMode): Promise<Notice | null> => {
    const outcome: AgendaPreviewOutcome = await client!.call('agenda.preview', { fileName, data, mode });
    if (outcome.status === 'failed') return { kind: 'failed', text: t('agendaFiles.failed', { where: outcome.where, message: outcome.message }) };
    if (outcome.status === 'preview') setPending({ fileName, data, preview: outcome.preview });
    return null;
  };

  const pick = () =>
    void run(async () => {
      const picked = await pickAgendaFile();
      if (picked.status === 'cancelled') return null;
      if (picked.status === 'failed') return { kind: 'failed', text: t('agendaFiles.failed', { where: picked.where, message: picked.message }) };
      return preview(picked.fileName, picked.data, 'replace');
    });

  const confirm = () =>
    void run(async () => {
      const command = pending?.preview.command;
      if (!command) return null;
      try {
        await client!.call('agenda.import', { command });
      } catch (error) {
        const refusal = error instanceof CallFailed ? error.error : { field: 'command', message: (error as Error).message };
        return { kind: 'failed', text: t('agendaFiles.failed', { where: refusal.field, message: refusal.message }) };
      } finally {
        setPending(null);
      }
      return { kind: 'done', text: t('agendaFiles.imported', { source: command.source, segments: command.parts.reduce((n, p) => n + p.segments.length, 0) }) };
    });

  const save = (format: AgendaExportFormat) => void run(async () => exportNotice(t, await files!.saveAgenda(format)));

  const exports: Array<[AgendaExportFormat, string]> = [
    ['pdf', t('agendaFiles.exportPdf')],
    ['xlsx', t('agendaFiles.exportXlsx')],
    ['ics', t('agendaFiles.exportIcs')],
    ['template', t('agendaFiles.template')],
  ];
  return (
    <div className="agenda-files">
      <div role="group" aria-label={t('agendaFiles.group')} className="agenda-file-buttons">
        <button type="button" disabled={!client || busy} onClick={pick}>
          {t('agendaFiles.import')}
        </button>
        {exports.map(([format, label]) => (
          <button key={format} type="button" disabled={!files || busy} onClick={() => save(format)}>
            {label}
          </button>
        ))}
      </div>
      {notice && (
        <p className={`rec-notice ${notice.kind}`} role={notice.kind === 'failed' ? 'alert' : 'status'}>
          {notice.text}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            {t('common.dismiss')}
          </button>
        </p>
      )}
      {pending && (
        <ImportDialog
          pending={pending}
          busy={busy}
          onMode={(mode) => void run(() => preview(pending.fileName, pending.data, mode))}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
