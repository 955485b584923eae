/**
 * The rapporteur's panel (region "Recommendations"): who is capturing, quick
 * capture, revert / reapply of this rapporteur's own changes, exports and
 * imports, conflicts to resolve, the Roadmap of Cooperation, and the list
 * with search, filters and near-duplicates. Derived lists are computed
 * from a deferred copy of the record, so typing never waits for a search
 * over thousands of recommendations. The rapporteur's area of the keyboard: its Ctrl+Z is
 * this rapporteur's (console-keys.ts). A view token's console lists and
 * finds only.
 */
import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanChange, useSession } from '../store';
import { allRecommendations, type Recommendation } from '../../../shared/recommendations/model';
import { authorHistory } from '../../../shared/session/history';
import { StepButton } from '../ui/StepButton';
import { DuplicateIndex } from '../../../shared/recommendations/near-duplicates';
import { attachmentNames, type AttachmentNames } from '../../../shared/recommendations/names';
import { ANY, filterRecommendations, prepareSearch, rapporteursOf, sortRecommendations, type RecQuery } from '../../../shared/recommendations/query';
import { QuickCapture } from './QuickCapture';
import { FilesBar } from './FilesBar';
import { Conflicts } from './Conflicts';
import { Roadmap } from './Roadmap';
import { FindBar } from './FindBar';
import { RecommendationList } from './RecommendationList';
import { useRapporteur } from './rapporteur-name';

/** Revert / reapply this rapporteur's own last change, saying which. */
function HistoryButtons({ author }: { author: string }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const history = useSession((s) => (s.meta ? authorHistory(s.meta.history, author) : null));
  return (
    <div className="rec-history" role="group" aria-label={t('rec.changes')}>
      <StepButton
        label={t('rec.revert')}
        step={history?.nextUndo ?? null}
        disabled={!history?.undo}
        keyShortcut="Control+Z"
        onClick={() => void dispatch({ type: 'history.undo', scope: 'recommendations', author })}
      />
      <StepButton
        label={t('rec.reapply')}
        step={history?.nextRedo ?? null}
        disabled={!history?.redo}
        keyShortcut="Control+Y"
        onClick={() => void dispatch({ type: 'history.redo', scope: 'recommendations', author })}
      />
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

export function RecommendationsPanel({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const canChange = useCanChange('recommendations');
  const byShard = useSession((s) => s.doc!.recommendations.byShard);
  const parts = useSession((s) => s.doc!.parts);
  const foreign = useSession((s) => s.doc!.recommendations.foreign);
  const zone = useSession((s) => s.doc!.event.timeZone);
  const rapporteur = useRapporteur((s) => s.name);
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

  return (
    <section className="recommendations panel" aria-labelledby="recommendations-heading" data-area="recommendations" tabIndex={-1} hidden={hidden}>
      <div className="panel-heading">
        <h2 id="recommendations-heading">{t('rec.heading')}</h2>
        {canChange && <HistoryButtons author={rapporteur} />}
      </div>
      {canChange && (
        <>
          <QuickCapture rapporteur={rapporteur} names={names} onAdded={(text) => setAnnouncement(t('rec.saved', { text: text.slice(0, 80) }))} />
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
          <FilesBar />
          <Conflicts names={names} zone={zone} />
        </>
      )}
      <Roadmap byShard={byShard} canChange={canChange} />
      <Finder records={records} parts={parts} rapporteurs={rapporteurs} names={names} duplicates={duplicateIndex} indexed={indexed} zone={zone} />
    </section>
  );
}
