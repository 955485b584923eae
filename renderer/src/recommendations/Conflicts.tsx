/**
 * Records edited both here and in an imported file (see shared/recommendations/merge.ts):
 * both versions side by side, only the fields that differ, and the
 * rapporteur's choice: keep ours or take theirs.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { clockTime } from '../ui/time';
import type { AttachmentNames } from '../../../shared/recommendations/names';
import { recommendationLabel, type Recommendation, type RecommendationConflict, getRecommendation } from '../../../shared/recommendations/model';
import { segmentName, speakerName } from './attachment-labels';
import { useRapporteur } from './rapporteur-name';

/** Each field as the rapporteur reads it. */
function describe(t: TFunction, rec: Recommendation, names: AttachmentNames): Array<[string, string]> {
  return [
    [t('conflict.text'), rec.text],
    [t('conflict.title'), rec.title],
    [t('common.status'), t(`recStatus.${rec.status}`)],
    [t('rec.priority'), rec.priority ? t(`priority.${rec.priority}`) : ''],
    [t('rec.pillar'), rec.pillar ? t(`pillar.${rec.pillar}`) : ''],
    [t('conflict.objective'), rec.objective ? t(`objective.${rec.objective}`) : ''],
    [t('rec.outcome'), rec.outcome ? t(`outcome.${rec.outcome}`) : ''],
    [t('conflict.countries'), rec.countries.map((c) => t(`recCountry.${c}`)).join(', ')],
    [t('rec.addressees'), rec.addressees.map((a) => t(`addressee.${a}`)).join(', ')],
    [t('conflict.tags'), rec.tags.join(', ')],
    [t('common.rapporteur'), rec.rapporteur],
    [t('common.segment'), segmentName(t, names, rec.segmentId)],
    [t('common.speaker'), speakerName(t, names, rec.speakerId)],
  ];
}

function Side({ heading, fields }: { heading: string; fields: Array<[string, string]> }) {
  const { t } = useTranslation();
  return (
    <div className="conflict-side">
      <h5>{heading}</h5>
      <dl>
        {fields.map(([field, value]) => (
          <div key={field}>
            <dt>{field}</dt>
            <dd>{value === '' ? <span className="muted">{t('conflict.empty')}</span> : value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ConflictItem({ conflict, ours, names, zone }: { conflict: RecommendationConflict; ours: Recommendation; names: AttachmentNames; zone: string }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const author = useRapporteur((s) => s.name);
  const mine = describe(t, ours, names);
  const theirs = describe(t, conflict.theirs, names);
  const differs = mine.map(([field], i) => mine[i]![1] !== theirs[i]![1] && field);
  const only = (fields: Array<[string, string]>) => fields.filter((_, i) => differs[i]);
  const label = recommendationLabel(ours, 60);
  const headingId = `conflict-${conflict.id}`;
  return (
    <li className="conflict" aria-labelledby={headingId}>
      <h4 id={headingId}>{label}</h4>
      <p className="muted">{t('conflict.changedBoth', { source: conflict.source, time: clockTime(conflict.detectedAt, zone) })}</p>
      <div className="conflict-sides">
        <Side heading={t('conflict.ours')} fields={only(mine)} />
        <Side heading={t('conflict.theirs', { source: conflict.source })} fields={only(theirs)} />
      </div>
      <div className="form-actions">
        <button type="button" onClick={() => void dispatch({ type: 'rec.resolve', id: conflict.id, keep: 'ours', author })}>
          {t('conflict.keepOurs')}
        </button>
        <button type="button" onClick={() => void dispatch({ type: 'rec.resolve', id: conflict.id, keep: 'theirs', author })}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </li>
  );
}

export function Conflicts({ names, zone }: { names: AttachmentNames; zone: string }) {
  const { t } = useTranslation();
  const conflicts = useSession((s) => s.doc!.recommendations.conflicts);
  const book = useSession((s) => s.doc!.recommendations);
  const list = Object.values(conflicts).filter((c) => getRecommendation(book, c.id) !== undefined);
  if (list.length === 0) return null;
  return (
    <section className="rec-conflicts" aria-labelledby="rec-conflicts-heading">
      <h3 id="rec-conflicts-heading">{t('conflict.count', { count: list.length })}</h3>
      <ul>
        {list.map((conflict) => (
          <ConflictItem key={conflict.id} conflict={conflict} ours={getRecommendation(book, conflict.id)!} names={names} zone={zone} />
        ))}
      </ul>
    </section>
  );
}
