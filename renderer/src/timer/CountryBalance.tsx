/** Time spoken per country against time allotted for the day, and the timing report download. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { useNow } from '../ui/use-now';
import { balanceByCountry, timingReportCsv } from '../../../shared/timer/speaking-time';
import { formatClock } from '../../../shared/kernel/durations';
import type { EpochMs } from '../../../shared/kernel/units';
import { hostNow } from '../host-time';

function downloadTimingReport(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'timing-report.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function CountryBalanceTable() {
  const { t } = useTranslation();
  const doc = useSession((s) => s.doc!);
  const now = useNow('second') as EpochMs;
  const rows = balanceByCountry(doc, now);
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
      <button type="button" onClick={() => downloadTimingReport(timingReportCsv(doc, hostNow() as EpochMs))}>
        {t('balance.download')}
      </button>
    </div>
  );
}
