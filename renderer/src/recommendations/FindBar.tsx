/** Search, filters, sort and grouping of the recommendations list. */
import { useTranslation } from 'react-i18next';
import type { Part } from '../../../shared/run-of-show/model';
import { GROUPINGS, SORTS, type Grouping, type RecQuery, type Sort } from '../../../shared/recommendations/query';
import { REC_COUNTRIES, REC_STATUSES, WPS_PILLARS } from '../../../shared/recommendations/model';

interface Props {
  query: RecQuery;
  parts: readonly Part[];
  rapporteurs: readonly string[];
  onChange(query: RecQuery): void;
}

export function FindBar({ query, parts, rapporteurs, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof RecQuery>(key: K, value: RecQuery[K]) => onChange({ ...query, [key]: value });
  return (
    <div className="rec-find" role="search" aria-label={t('find.label')}>
      <label className="rec-search">
        {t('find.search')}
        <input type="search" value={query.text} onChange={(e) => set('text', e.target.value)} />
      </label>
      <div className="form-row">
        <label>
          {t('find.pillar')}
          <select value={query.pillar} onChange={(e) => set('pillar', e.target.value as RecQuery['pillar'])}>
            <option value="">{t('find.anyPillar')}</option>
            {WPS_PILLARS.map((p) => (
              <option key={p} value={p}>
                {t(`pillar.${p}`)}
              </option>
            ))}
            <option value="none">{t('rec.noPillar')}</option>
          </select>
        </label>
        <label>
          {t('common.status')}
          <select value={query.status} onChange={(e) => set('status', e.target.value as RecQuery['status'])}>
            <option value="">{t('find.anyStatus')}</option>
            {REC_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`recStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common.country')}
          <select value={query.country} onChange={(e) => set('country', e.target.value as RecQuery['country'])}>
            <option value="">{t('find.anyCountry')}</option>
            {REC_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`recCountry.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common.segment')}
          <select value={query.segmentId} onChange={(e) => set('segmentId', e.target.value)}>
            <option value="">{t('find.anySegment')}</option>
            {parts.map((part) => (
              <optgroup key={part.id} label={part.title}>
                {part.segments.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value="none">{t('find.notAttached')}</option>
          </select>
        </label>
        <label>
          {t('common.rapporteur')}
          <select value={query.rapporteur} onChange={(e) => set('rapporteur', e.target.value)}>
            <option value="">{t('find.anyRapporteur')}</option>
            {rapporteurs.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('find.sort')}
          <select value={query.sort} onChange={(e) => set('sort', e.target.value as Sort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('find.groupBy')}
          <select value={query.group} onChange={(e) => set('group', e.target.value as Grouping)}>
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`grouping.${g}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
