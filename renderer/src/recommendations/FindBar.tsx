/** Search, filters, sort and grouping of the recommendations list. */
import type { Part } from '../../../shared/model';
import { GROUPINGS, SORTS, SORT_LABELS, type Grouping, type RecQuery, type Sort } from '../../../shared/recommendation-query';
import { PILLAR_LABELS, REC_COUNTRIES, REC_COUNTRY_LABELS, REC_STATUSES, STATUS_LABELS, WPS_PILLARS } from '../../../shared/recommendations';

const GROUP_LABELS: Record<Grouping, string> = { none: 'No grouping', pillar: 'WPS pillar', segment: 'Segment' };

interface Props {
  query: RecQuery;
  parts: readonly Part[];
  rapporteurs: readonly string[];
  onChange(query: RecQuery): void;
}

export function FindBar({ query, parts, rapporteurs, onChange }: Props) {
  const set = <K extends keyof RecQuery>(key: K, value: RecQuery[K]) => onChange({ ...query, [key]: value });
  return (
    <div className="rec-find" role="search" aria-label="Find recommendations">
      <label className="rec-search">
        Search recommendations
        <input type="search" value={query.text} onChange={(e) => set('text', e.target.value)} />
      </label>
      <div className="form-row">
        <label>
          Pillar
          <select value={query.pillar} onChange={(e) => set('pillar', e.target.value as RecQuery['pillar'])}>
            <option value="">Any pillar</option>
            {WPS_PILLARS.map((p) => (
              <option key={p} value={p}>
                {PILLAR_LABELS[p]}
              </option>
            ))}
            <option value="none">No pillar yet</option>
          </select>
        </label>
        <label>
          Status
          <select value={query.status} onChange={(e) => set('status', e.target.value as RecQuery['status'])}>
            <option value="">Any status</option>
            {REC_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Country
          <select value={query.country} onChange={(e) => set('country', e.target.value as RecQuery['country'])}>
            <option value="">Any country</option>
            {REC_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {REC_COUNTRY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Segment
          <select value={query.segmentId} onChange={(e) => set('segmentId', e.target.value)}>
            <option value="">Any segment</option>
            {parts.map((part) => (
              <optgroup key={part.id} label={part.title}>
                {part.segments.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value="none">Not attached</option>
          </select>
        </label>
        <label>
          Rapporteur
          <select value={query.rapporteur} onChange={(e) => set('rapporteur', e.target.value)}>
            <option value="">Any rapporteur</option>
            {rapporteurs.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort
          <select value={query.sort} onChange={(e) => set('sort', e.target.value as Sort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Group by
          <select value={query.group} onChange={(e) => set('group', e.target.value as Grouping)}>
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {GROUP_LABELS[g]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
