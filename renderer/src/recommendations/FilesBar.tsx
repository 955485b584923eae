/**
 * Exports and the import of another rapporteur's JSON export, through the
 * exports part of ModeratorApi: save and open dialogs in the desktop app
 * (from these controls or the File menu), download and upload in a
 * browser. "Publish" makes what the conference publishes: the outcome
 * document (PDF, DOCX to edit, HTML; with the annex of not-agreed
 * recommendations when ticked), the Roadmap of Cooperation, the workbook,
 * and the files for tools (CSV, the merge summary).
 */
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fileTransfer } from '../store';
import type { ExportFormat, ExportOptions } from '../../../shared/session/exports';
import type { ExportOutcome, ImportOutcome } from '../../../shared/contract/files';
import { settleAutosaves } from './use-autosave';
import { useMenuAction } from '../ui/use-menu-action';
import { currentRapporteur } from './rapporteur-name';

/** What the last export or import came to; worded when shown, so it follows a change of language. */
type Outcome = { action: 'export'; outcome: ExportOutcome } | { action: 'import'; outcome: ImportOutcome } | { action: 'error'; message: string };

/** The files "Publish" offers, in the order offered. */
const PUBLISHED = ['report-pdf', 'report-docx', 'report', 'roadmap-pdf', 'roadmap-docx', 'xlsx', 'csv', 'merges'] as const satisfies readonly ExportFormat[];
type Published = (typeof PUBLISHED)[number];
const WITH_ANNEX: readonly Published[] = ['report-pdf', 'report-docx', 'report'];

function noticeText(t: TFunction, notice: Outcome): string | null {
  if (notice.action === 'error') return t('files.notDone', { message: notice.message });
  const { outcome } = notice;
  if (outcome.status === 'cancelled') return null;
  if (outcome.status === 'failed') return t(notice.action === 'export' ? 'files.exportFailed' : 'files.importFailed', { where: outcome.where, message: outcome.message });
  if (outcome.status === 'saved') return t('files.saved', { fileName: outcome.fileName });
  const { added, updated, unchanged, conflicts } = outcome.summary;
  return t('files.imported', { source: outcome.source, added, updated, unchanged, conflicts: t('conflict.count', { count: conflicts }) });
}

const failed = (notice: Outcome) => notice.action === 'error' || notice.outcome.status === 'failed';

export function FilesBar() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [format, setFormat] = useState<Published>('report-pdf');
  const [annex, setAnnex] = useState(false);
  const files = fileTransfer();
  const run = async (action: () => Promise<Outcome>) => {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ action: 'error', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (chosen: ExportFormat, options: ExportOptions = {}) =>
    void run(async () => {
      await settleAutosaves();
      return { action: 'export', outcome: await files!.save(chosen, options) };
    });
  const importJson = () => void run(async () => ({ action: 'import', outcome: await files!.import(currentRapporteur()) }));
  const text = notice && noticeText(t, notice);
  useMenuAction((action) => {
    if (busy) return;
    if (action.type === 'exportFile') exportAs(action.format);
    else if (action.type === 'importFile') importJson();
  });
  const annexApplies = WITH_ANNEX.includes(format);
  return (
    <div className="rec-files">
      <div role="group" aria-label={t('files.group')} className="rec-file-buttons">
        <button type="button" disabled={!files || busy} onClick={() => exportAs('json')}>
          {t('files.exportJson')}
        </button>
        <button type="button" disabled={!files || busy} onClick={importJson}>
          {t('files.importJson')}
        </button>
      </div>
      <div role="group" aria-label={t('files.publish')} className="rec-file-buttons rec-publish">
        <label>
          {t('files.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as Published)}>
            {PUBLISHED.map((option) => (
              <option key={option} value={option}>
                {t(`files.formats.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={annex && annexApplies} disabled={!annexApplies} onChange={(e) => setAnnex(e.target.checked)} />
          {t('files.annex')}
        </label>
        <button type="button" disabled={!files || busy} onClick={() => exportAs(format, annexApplies ? { annex } : {})}>
          {t('files.export')}
        </button>
      </div>
      {notice && text && (
        <p className={`rec-notice ${failed(notice) ? 'failed' : 'done'}`} role={failed(notice) ? 'alert' : 'status'}>
          {text}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            {t('common.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
