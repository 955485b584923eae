/**
 * The recommendations found, a page at a time (at most PAGE_SIZE rows are
 * ever rendered, however many thousands match), under group headings when
 * grouped.
 */
import { useMemo } from 'react';
import type { DuplicateIndex } from '../../../shared/near-duplicates';
import type { AttachmentNames } from '../../../shared/recommendation-names';
import { groupKey, groupLabel, type Grouping } from '../../../shared/recommendation-query';
import type { Recommendation } from '../../../shared/recommendations';
import { RecommendationItem } from './RecommendationItem';

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

export function RecommendationList({ found, total, group, page, names, duplicates: index, indexed, zone, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = useMemo(() => found.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE), [found, current]);
  // `indexed` is new whenever the index took in new records: ask it again then.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const duplicates = useMemo(() => new Map(shown.map((rec) => [rec.id, index.duplicatesOf(rec)])), [shown, index, indexed]);
  const items = (records: readonly Recommendation[]) => (
    <ol className="rec-list">
      {records.map((rec) => (
        <RecommendationItem key={rec.id} rec={rec} names={names} duplicates={duplicates.get(rec.id)} zone={zone} />
      ))}
    </ol>
  );
  const first = found.length === 0 ? 0 : current * PAGE_SIZE + 1;
  return (
    <div className="rec-results">
      <p className="muted" role="status">
        {found.length === total ? `${total} recommendation${total === 1 ? '' : 's'}` : `${found.length} of ${total} recommendations match`}
        {pages > 1 && ` · showing ${first}–${first + shown.length - 1}`}
      </p>
      {group === 'none'
        ? items(shown)
        : runs(shown, group).map((run) => (
            <section key={run.key} className="rec-group" aria-label={groupLabel(run.key, group, names)}>
              <h3>{groupLabel(run.key, group, names)}</h3>
              {items(run.records)}
            </section>
          ))}
      {pages > 1 && (
        <nav className="rec-pages" aria-label="Pages of recommendations">
          <button type="button" disabled={current === 0} onClick={() => onPage(current - 1)}>
            Previous page
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current === pages - 1} onClick={() => onPage(current + 1)}>
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
