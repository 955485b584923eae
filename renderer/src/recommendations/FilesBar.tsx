/**
 * Exports (JSON, CSV, the outcome report) and the import of another
 * rapporteur's JSON export, through the exports part of ModeratorApi: save
 * and open dialogs in the desktop app (from these buttons or the File
 * menu), download and upload in a browser.
 */
import { useState } from 'react';
import { fileTransfer } from '../store';
import type { ExportFormat } from '../../../shared/export/files';
import { describeImport, type ExportOutcome, type ImportOutcome } from '../../../shared/export/transfer';
import { settleAutosaves } from './use-autosave';
import { useMenuAction } from '../ui/use-menu-action';

type Notice = { kind: 'done' | 'failed'; text: string } | null;

function exportNotice(outcome: ExportOutcome): Notice {
  if (outcome.status === 'cancelled') return null;
  if (outcome.status === 'failed') return { kind: 'failed', text: `Export failed: ${outcome.where}: ${outcome.message}` };
  return { kind: 'done', text: `Saved ${outcome.fileName}` };
}

function importNotice(outcome: ImportOutcome): Notice {
  if (outcome.status === 'cancelled') return null;
  if (outcome.status === 'failed') return { kind: 'failed', text: `Nothing was imported: ${outcome.where}: ${outcome.message}` };
  return { kind: 'done', text: `Imported ${outcome.source}: ${describeImport(outcome.summary)}` };
}

export function FilesBar() {
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const files = fileTransfer();
  const run = async (action: () => Promise<Notice>) => {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ kind: 'failed', text: `Not done: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (format: ExportFormat) =>
    void run(async () => {
      await settleAutosaves();
      return exportNotice(await files!.exportFile(format));
    });
  const importJson = () => void run(async () => importNotice(await files!.importFile()));
  useMenuAction((action) => {
    if (busy) return;
    if (action.type === 'exportFile') exportAs(action.format);
    else if (action.type === 'importFile') importJson();
  });
  return (
    <div className="rec-files">
      <div role="group" aria-label="Export and import" className="rec-file-buttons">
        <button type="button" disabled={!files || busy} onClick={() => exportAs('json')}>
          Export JSON
        </button>
        <button type="button" disabled={!files || busy} onClick={() => exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={!files || busy} onClick={() => exportAs('report')}>
          Outcome report
        </button>
        <button type="button" disabled={!files || busy} onClick={importJson}>
          Import JSON
        </button>
      </div>
      {notice && (
        <p className={`rec-notice ${notice.kind}`} role={notice.kind === 'failed' ? 'alert' : 'status'}>
          {notice.text}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
