/** One recommendation in the list: what it says, where it was made, its near-duplicates, and its editor. */
import { memo, useState } from 'react';
import { useSession } from '../store';
import { clockTime } from '../ui/time';
import type { NearDuplicate } from '../../../shared/near-duplicates';
import { segmentLabel, speakerLabel, type AttachmentNames } from '../../../shared/recommendation-names';
import { PILLAR_LABELS, PRIORITY_LABELS, STATUS_LABELS, getRecommendation, recommendationLabel, type Recommendation } from '../../../shared/recommendations';
import { RecommendationEditor } from './RecommendationEditor';

interface Props {
  rec: Recommendation;
  names: AttachmentNames;
  duplicates: readonly NearDuplicate[] | undefined;
  zone: string;
}

function Duplicates({ rec, duplicates }: { rec: Recommendation; duplicates: readonly NearDuplicate[] }) {
  const dispatch = useSession((s) => s.dispatch);
  const book = useSession((s) => s.doc!.recommendations);
  return (
    <div className="rec-duplicates">
      <p>Possible duplicate of:</p>
      <ul>
        {duplicates.map(({ id, similarity }) => {
          const other = getRecommendation(book, id);
          if (!other) return null;
          const label = recommendationLabel(other, 60);
          return (
            <li key={id}>
              <span>
                “{label}” <span className="muted">({Math.round(similarity * 100)}% alike)</span>
              </span>
              <button type="button" onClick={() => void dispatch({ type: 'rec.merge', id: rec.id, intoId: id })} aria-label={`Merge this recommendation into “${label}”`}>
                Merge into it
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RecommendationItemView({ rec, names, duplicates, zone }: Props) {
  const [editing, setEditing] = useState(false);
  const titleId = `rec-title-${rec.id}`;
  const meta = [
    rec.pillar && PILLAR_LABELS[rec.pillar],
    rec.priority && `${PRIORITY_LABELS[rec.priority]} priority`,
    segmentLabel(names, rec),
    speakerLabel(names, rec),
    rec.rapporteur,
    clockTime(rec.createdAt, zone),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return (
    <li className={`rec status-${rec.status}`} aria-labelledby={titleId}>
      <div className="rec-head">
        <span className={`rec-status status-${rec.status}`}>{STATUS_LABELS[rec.status]}</span>
        <h4 id={titleId} className="rec-title">
          {rec.title || rec.text}
        </h4>
        <button type="button" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
          Edit
        </button>
      </div>
      {rec.title && <p className="rec-text">{rec.text}</p>}
      <p className="rec-meta">{meta.join(' · ')}</p>
      {duplicates && duplicates.length > 0 && rec.status !== 'merged' && <Duplicates rec={rec} duplicates={duplicates} />}
      {editing && <RecommendationEditor rec={rec} names={names} onClose={() => setEditing(false)} />}
    </li>
  );
}

/** Repaints only when this record, its duplicates or the names changed. */
export const RecommendationItem = memo(RecommendationItemView);
