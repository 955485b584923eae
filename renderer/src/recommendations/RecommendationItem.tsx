/** One recommendation in the list: what it says, where it was made, its near-duplicates, and its editor. */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanChange, useSession } from '../store';
import { useRapporteur } from './rapporteur-name';
import { clockTime } from '../ui/time';
import type { NearDuplicate } from '../../../shared/recommendations/near-duplicates';
import type { AttachmentNames } from '../../../shared/recommendations/names';
import { getRecommendation, recommendationLabel, type Recommendation } from '../../../shared/recommendations/model';
import { RecommendationEditor } from './RecommendationEditor';
import { segmentName, speakerName } from './attachment-labels';

interface Props {
  rec: Recommendation;
  names: AttachmentNames;
  duplicates: readonly NearDuplicate[] | undefined;
  zone: string;
  /** h3 in the panel's list, h4 under a group's heading. */
  headingLevel: 3 | 4;
}

function Duplicates({ rec, duplicates }: { rec: Recommendation; duplicates: readonly NearDuplicate[] }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const book = useSession((s) => s.doc!.recommendations);
  const author = useRapporteur((s) => s.name);
  const canChange = useCanChange('recommendations');
  return (
    <div className="rec-duplicates">
      <p>{t('rec.duplicateOf')}</p>
      <ul>
        {duplicates.map(({ id, similarity }) => {
          const other = getRecommendation(book, id);
          if (!other) return null;
          const label = recommendationLabel(other, 60);
          return (
            <li key={id}>
              <span>
                “{label}” <span className="muted">{t('rec.alike', { percent: Math.round(similarity * 100) })}</span>
              </span>
              {canChange && (
                <button type="button" onClick={() => void dispatch({ type: 'rec.merge', id: rec.id, intoId: id, author })} aria-label={t('rec.mergeLabel', { label })}>
                  {t('rec.merge')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RecommendationItemView({ rec, names, duplicates, zone, headingLevel }: Props) {
  const { t } = useTranslation();
  const canChange = useCanChange('recommendations');
  const [editing, setEditing] = useState(false);
  const titleId = `rec-title-${rec.id}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const meta = [
    rec.pillar && t(`pillar.${rec.pillar}`),
    rec.priority && t('rec.priorityOf', { priority: t(`priority.${rec.priority}`) }),
    segmentName(t, names, rec.segmentId),
    speakerName(t, names, rec.speakerId),
    rec.rapporteur,
    clockTime(rec.createdAt, zone),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return (
    <li className={`rec status-${rec.status}`} aria-labelledby={titleId}>
      <div className="rec-head">
        <span className={`rec-status status-${rec.status}`}>{t(`recStatus.${rec.status}`)}</span>
        <Heading id={titleId} className="rec-title">
          {rec.title || rec.text}
        </Heading>
        {canChange && (
          <button type="button" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
            {t('common.edit')}
          </button>
        )}
      </div>
      {rec.title && <p className="rec-text">{rec.text}</p>}
      <p className="rec-meta">{meta.join(' · ')}</p>
      {duplicates && duplicates.length > 0 && rec.status !== 'merged' && <Duplicates rec={rec} duplicates={duplicates} />}
      {editing && canChange && <RecommendationEditor rec={rec} names={names} onClose={() => setEditing(false)} />}
    </li>
  );
}

/** Repaints only when this record, its duplicates or the names changed. */
export const RecommendationItem = memo(RecommendationItemView);
