/** Time spoken per country against time allotted for the day, and the timing report download. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileTransfer, useSession } from '../store';
import { useNow } from '../ui/use-now';
import { balanceByCountry } from '../../../shared/timer/speaking-time';
import { formatClock } from '../../../shared/kernel/durations';
import type { EpochMs } from '../../../shared/kernel/units';

/** The timing report is built by the host like every export (files.export / desktop.saveFile). */
function useTimingReport(): { save: () => void; failure: string | null } {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const save = () => {
    const files = fileTransfer();
    if (!files) return;
    files.save('timing').then(
      (outcome) => setFailure(outcome.status === 'failed' ? t('files.exportFailed', { where: outcome.where, message: outcome.message }) : null),
      (error: unknown) => setFailure(t('files.notDone', { message: (error as Error).message })),
    );
  };
  return { save, failure };
}

export function CountryBalanceTable() {
  const { t } = useTranslation();
  const doc = useSession((s) => s.doc!);
  const now = useNow('second') as EpochMs;
  const rows = balanceByCountry(doc, now);
  const report = useTimingReport();
  return (
    <div className="country-balance">
      <table>
        <caption>{t('balance.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.country')}</th>
            <th scope="col">{t('balance.spoken')}</th>
            <th scope="col">{t('balance.allotted')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('balance.share')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const share = row.allottedMs > 0 ? Math.min(1.5, row.spokenMs / row.allottedMs) : 0;
            const country = t(`country.${row.country}`);
            return (
              <tr key={row.country}>
                <th scope="row">{country}</th>
                <td>{formatClock(row.spokenMs)}</td>
                <td>{formatClock(row.allottedMs)}</td>
                <td>
                  <meter min={0} max={1.5} low={0.9} high={1.1} optimum={1} value={share} aria-label={t('balance.shareOf', { country, percent: Math.round(share * 100) })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={report.save}>
        {t('balance.download')}
      </button>
      {report.failure && <p role="alert">{report.failure}</p>}
    </div>
  );
}
