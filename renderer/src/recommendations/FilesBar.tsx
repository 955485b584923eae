/**
 * Exports (JSON, CSV, the outcome report) and the import of another
 * rapporteur's JSON export, through the exports part of ModeratorApi: save
 * and open dialogs in the desktop app (from these buttons or the File
 * menu), download and upload in a browser.
 */
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fileTransfer } from '../store';
import type { ExportFormat } from '../../../shared/session/exports';
import type { ExportOutcome, ImportOutcome } from '../../../shared/contract/files';
import { settleAutosaves } from './use-autosave';
import { useMenuAction } from '../ui/use-menu-action';
import { currentRapporteur } from './rapporteur-name';

/** What the last export or import came to; worded when shown, so it follows a change of language. */
type Outcome = { action: 'export'; outcome: ExportOutcome } | { action: 'import'; outcome: ImportOutcome } | { action: 'error'; message: string };

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
  const exportAs = (format: ExportFormat) =>
    void run(async () => {
      await settleAutosaves();
      return { action: 'export', outcome: await files!.save(format) };
    });
  const importJson = () => void run(async () => ({ action: 'import', outcome: await files!.import(currentRapporteur()) }));
  const text = notice && noticeText(t, notice);
  useMenuAction((action) => {
    if (busy) return;
    if (action.type === 'exportFile') exportAs(action.format);
    else if (action.type === 'importFile') importJson();
  });
  return (
    <div className="rec-files">
      <div role="group" aria-label={t('files.group')} className="rec-file-buttons">
        <button type="button" disabled={!files || busy} onClick={() => exportAs('json')}>
          {t('files.exportJson')}
        </button>
        <button type="button" disabled={!files || busy} onClick={() => exportAs('csv')}>
          {t('files.exportCsv')}
        </button>
        <button type="button" disabled={!files || busy} onClick={() => exportAs('report')}>
          {t('files.report')}
        </button>
        <button type="button" disabled={!files || busy} onClick={importJson}>
          {t('files.importJson')}
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
