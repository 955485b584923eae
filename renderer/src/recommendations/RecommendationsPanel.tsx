/**
 * The rapporteur's panel (region "Recommendations"): who is capturing, quick
 * capture, revert / reapply of the record, exports and imports, conflicts to
 * resolve, and the list with search, filters and near-duplicates. Derived
 * lists are computed from a deferred copy of the record, so typing never
 * waits for a search over thousands of recommendations.
 */
import { memo, useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { allRecommendations, type Recommendation } from '../../../shared/recommendations/model';
import { isTyping } from '../ui/keyboard';
import { DuplicateIndex } from '../../../shared/recommendations/near-duplicates';
import { attachmentNames, type AttachmentNames } from '../../../shared/recommendations/names';
import { ANY, filterRecommendations, prepareSearch, rapporteursOf, sortRecommendations, type RecQuery } from '../../../shared/recommendations/query';
import { QuickCapture } from './QuickCapture';
import { FilesBar } from './FilesBar';
import { Conflicts } from './Conflicts';
import { FindBar } from './FindBar';
import { RecommendationList } from './RecommendationList';
import { useRapporteurName } from './rapporteur-name';

function RapporteurField({ name, onChange }: { name: string; onChange(name: string): void }) {
  const { t } = useTranslation();
  return (
    <label className="rec-rapporteur">
      {t('rec.rapporteurName')}
      <input
        key={name}
        defaultValue={name}
        onBlur={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(e.currentTarget.value);
        }}
      />
    </label>
  );
}

function HistoryButtons() {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const history = useSession((s) => s.meta?.history.recommendations);
  return (
    <div className="rec-history" role="group" aria-label={t('rec.changes')}>
      <button type="button" disabled={!history?.undo} onClick={() => void dispatch({ type: 'history.undo', scope: 'recommendations' })} aria-keyshortcuts="Control+Z">
        {t('rec.revert')}
      </button>
      <button type="button" disabled={!history?.redo} onClick={() => void dispatch({ type: 'history.redo', scope: 'recommendations' })} aria-keyshortcuts="Control+Y">
        {t('rec.reapply')}
      </button>
    </div>
  );
}

/** Normalises the records' search text while the browser is idle. */
function useIdleSearchPreparation(records: readonly Recommendation[]): void {
  useEffect(() => {
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      if (!prepareSearch(records, () => deadline.timeRemaining() > 1)) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [records]);
}

interface FinderProps {
  records: readonly Recommendation[];
  parts: Parameters<typeof FindBar>[0]['parts'];
  rapporteurs: string[];
  names: AttachmentNames;
  duplicates: DuplicateIndex;
  indexed: unknown;
  zone: string;
}

/**
 * Search, filters and the list. It owns the query, so a keystroke re-renders
 * only this part of the panel; the records are sorted once per change of
 * the records or the order, and each keystroke only filters them.
 */
const Finder = memo(function Finder({ records, parts, rapporteurs, names, duplicates, indexed, zone }: FinderProps) {
  const [query, setQuery] = useState<RecQuery>(ANY);
  const [page, setPage] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const { sort, group } = deferredQuery;
  const sorted = useMemo(() => sortRecommendations(records, { sort, group }, names), [records, sort, group, names]);
  const found = useMemo(() => filterRecommendations(sorted, deferredQuery), [sorted, deferredQuery]);
  return (
    <>
      <FindBar
        query={query}
        parts={parts}
        rapporteurs={rapporteurs}
        onChange={(next) => {
          setQuery(next);
          setPage(0);
        }}
      />
      <RecommendationList found={found} total={records.length} group={group} page={page} names={names} duplicates={duplicates} indexed={indexed} zone={zone} onPage={setPage} />
    </>
  );
});

export function RecommendationsPanel() {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const byShard = useSession((s) => s.doc!.recommendations.byShard);
  const parts = useSession((s) => s.doc!.parts);
  const foreign = useSession((s) => s.doc!.recommendations.foreign);
  const zone = useSession((s) => s.doc!.event.timeZone);
  const [rapporteur, setRapporteur] = useRapporteurName();
  const [announcement, setAnnouncement] = useState('');

  const names = useMemo(() => attachmentNames(parts, foreign), [parts, foreign]);
  const deferredShards = useDeferredValue(byShard);
  const records = useMemo(() => allRecommendations({ byShard: deferredShards }), [deferredShards]);
  // One index for the panel's life, brought up to date shard by shard; only the rows on screen ask it.
  const [duplicateIndex] = useState(() => new DuplicateIndex());
  const indexed = useMemo(() => {
    duplicateIndex.sync(deferredShards);
    return deferredShards;
  }, [duplicateIndex, deferredShards]);
  const rapporteurs = useMemo(() => rapporteursOf(records), [records]);
  useIdleSearchPreparation(records);

  /** Ctrl+Z / Ctrl+Y inside the panel act on the record, not on the run-of-show. */
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) void dispatch({ type: 'history.undo', scope: 'recommendations' });
    else if (key === 'y' || (key === 'z' && e.shiftKey)) void dispatch({ type: 'history.redo', scope: 'recommendations' });
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <section className="recommendations panel" aria-labelledby="recommendations-heading" onKeyDown={onKeyDown}>
      <div className="panel-heading">
        <h2 id="recommendations-heading">{t('rec.heading')}</h2>
        <HistoryButtons />
      </div>
      <RapporteurField name={rapporteur} onChange={setRapporteur} />
      <QuickCapture key={rapporteur} rapporteur={rapporteur} names={names} onAdded={(text) => setAnnouncement(t('rec.saved', { text: text.slice(0, 80) }))} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <FilesBar />
      <Conflicts names={names} zone={zone} />
      <Finder records={records} parts={parts} rapporteurs={rapporteurs} names={names} duplicates={duplicateIndex} indexed={indexed} zone={zone} />
    </section>
  );
}
