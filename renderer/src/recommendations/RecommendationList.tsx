/**
 * The recommendations found, a page at a time (at most PAGE_SIZE rows are
 * ever rendered, however many thousands match), under group headings when
 * grouped.
 */
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DuplicateIndex } from '../../../shared/recommendations/near-duplicates';
import type { AttachmentNames } from '../../../shared/recommendations/names';
import { groupKey, type Grouping } from '../../../shared/recommendations/query';
import type { Recommendation, WpsPillar } from '../../../shared/recommendations/model';
import { RecommendationItem } from './RecommendationItem';
import { segmentName } from './attachment-labels';

const PAGE_SIZE = 50;

interface Props {
  found: readonly Recommendation[];
  total: number;
  group: Grouping;
  page: number;
  names: AttachmentNames;
  duplicates: DuplicateIndex;
  /** The records the index was last brought up to date with: a new value means "ask again". */
  indexed: unknown;
  zone: string;
  onPage(page: number): void;
}

interface Run {
  key: string;
  records: Recommendation[];
}

/** Consecutive records of the same group on this page. */
function runs(records: readonly Recommendation[], group: Grouping): Run[] {
  const out: Run[] = [];
  for (const rec of records) {
    const key = groupKey(rec, group);
    const last = out.at(-1);
    if (last && last.key === key) last.records.push(rec);
    else out.push({ key, records: [rec] });
  }
  return out;
}

/** The heading of a group (see groupKey): a pillar or a segment, or "none" for records without one. */
function groupLabel(t: TFunction, key: string, group: Grouping, names: AttachmentNames): string {
  if (group === 'pillar') return key === 'none' ? t('rec.noPillar') : t(`pillar.${key as WpsPillar}`);
  return key === 'none' ? t('rec.notAttached') : segmentName(t, names, key);
}

export function RecommendationList({ found, total, group, page, names, duplicates: index, indexed, zone, onPage }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = useMemo(() => found.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE), [found, current]);
  // `indexed` is new whenever the index took in new records: ask it again then.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const duplicates = useMemo(() => new Map(shown.map((rec) => [rec.id, index.duplicatesOf(rec)])), [shown, index, indexed]);
  const items = (records: readonly Recommendation[]) => (
    <ol className="rec-list">
      {records.map((rec) => (
        <RecommendationItem key={rec.id} rec={rec} names={names} duplicates={duplicates.get(rec.id)} zone={zone} headingLevel={group === 'none' ? 3 : 4} />
      ))}
    </ol>
  );
  const first = found.length === 0 ? 0 : current * PAGE_SIZE + 1;
  return (
    <div className="rec-results">
      <p className="muted" role="status">
        {found.length === total ? t('rec.count', { count: total }) : t('rec.matching', { found: found.length, total })}
        {pages > 1 && t('rec.showing', { first, last: first + shown.length - 1 })}
      </p>
      {group === 'none'
        ? items(shown)
        : runs(shown, group).map((run) => (
            <section key={run.key} className="rec-group" aria-label={groupLabel(t, run.key, group, names)}>
              <h3>{groupLabel(t, run.key, group, names)}</h3>
              {items(run.records)}
            </section>
          ))}
      {pages > 1 && (
        <nav className="rec-pages" aria-label={t('rec.pages')}>
          <button type="button" disabled={current === 0} onClick={() => onPage(current - 1)}>
            {t('rec.previousPage')}
          </button>
          <span>{t('rec.page', { page: current + 1, pages })}</span>
          <button type="button" disabled={current === pages - 1} onClick={() => onPage(current + 1)}>
            {t('rec.nextPage')}
          </button>
        </nav>
      )}
    </div>
  );
}
