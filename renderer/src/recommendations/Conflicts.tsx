/**
 * Records edited both here and in an imported file (see shared/export/merge.ts):
 * both versions side by side, only the fields that differ, and the
 * rapporteur's choice: keep ours or take theirs.
 */
import { useSession } from '../store';
import { clockTime } from '../ui/time';
import { segmentLabel, speakerLabel, type AttachmentNames } from '../../../shared/recommendation-names';
import {
  ADDRESSEE_LABELS,
  OBJECTIVE_LABELS,
  OUTCOME_LABELS,
  PILLAR_LABELS,
  PRIORITY_LABELS,
  REC_COUNTRY_LABELS,
  STATUS_LABELS,
  recommendationLabel,
  type Recommendation,
  type RecommendationConflict,
  getRecommendation,
} from '../../../shared/recommendations';

/** Each field as the rapporteur reads it. */
function describe(rec: Recommendation, names: AttachmentNames): Array<[string, string]> {
  return [
    ['Text', rec.text],
    ['Title', rec.title],
    ['Status', STATUS_LABELS[rec.status]],
    ['Priority', rec.priority ? PRIORITY_LABELS[rec.priority] : ''],
    ['WPS pillar', rec.pillar ? PILLAR_LABELS[rec.pillar] : ''],
    ['Objective', rec.objective ? OBJECTIVE_LABELS[rec.objective] : ''],
    ['Expected outcome', rec.outcome ? OUTCOME_LABELS[rec.outcome] : ''],
    ['Countries', rec.countries.map((c) => REC_COUNTRY_LABELS[c]).join(', ')],
    ['Addressed to', rec.addressees.map((a) => ADDRESSEE_LABELS[a]).join(', ')],
    ['Tags', rec.tags.join(', ')],
    ['Rapporteur', rec.rapporteur],
    ['Segment', segmentLabel(names, rec)],
    ['Speaker', speakerLabel(names, rec)],
  ];
}

function Side({ heading, fields }: { heading: string; fields: Array<[string, string]> }) {
  return (
    <div className="conflict-side">
      <h5>{heading}</h5>
      <dl>
        {fields.map(([field, value]) => (
          <div key={field}>
            <dt>{field}</dt>
            <dd>{value === '' ? <span className="muted">(empty)</span> : value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ConflictItem({ conflict, ours, names, zone }: { conflict: RecommendationConflict; ours: Recommendation; names: AttachmentNames; zone: string }) {
  const dispatch = useSession((s) => s.dispatch);
  const mine = describe(ours, names);
  const theirs = describe(conflict.theirs, names);
  const differs = mine.map(([field], i) => mine[i]![1] !== theirs[i]![1] && field);
  const only = (fields: Array<[string, string]>) => fields.filter((_, i) => differs[i]);
  const label = recommendationLabel(ours, 60);
  const headingId = `conflict-${conflict.id}`;
  return (
    <li className="conflict" aria-labelledby={headingId}>
      <h4 id={headingId}>{label}</h4>
      <p className="muted">
        Changed here and in {conflict.source} (imported {clockTime(conflict.detectedAt, zone)}).
      </p>
      <div className="conflict-sides">
        <Side heading="Ours" fields={only(mine)} />
        <Side heading={`Theirs (${conflict.source})`} fields={only(theirs)} />
      </div>
      <div className="form-actions">
        <button type="button" onClick={() => void dispatch({ type: 'rec.resolve', id: conflict.id, keep: 'ours' })}>
          Keep ours
        </button>
        <button type="button" onClick={() => void dispatch({ type: 'rec.resolve', id: conflict.id, keep: 'theirs' })}>
          Take theirs
        </button>
      </div>
    </li>
  );
}

export function Conflicts({ names, zone }: { names: AttachmentNames; zone: string }) {
  const conflicts = useSession((s) => s.doc!.recommendations.conflicts);
  const book = useSession((s) => s.doc!.recommendations);
  const list = Object.values(conflicts).filter((c) => getRecommendation(book, c.id) !== undefined);
  if (list.length === 0) return null;
  return (
    <section className="rec-conflicts" aria-labelledby="rec-conflicts-heading">
      <h3 id="rec-conflicts-heading">
        {list.length} conflict{list.length === 1 ? '' : 's'} to resolve
      </h3>
      <ul>
        {list.map((conflict) => (
          <ConflictItem key={conflict.id} conflict={conflict} ours={getRecommendation(book, conflict.id)!} names={names} zone={zone} />
        ))}
      </ul>
    </section>
  );
}
