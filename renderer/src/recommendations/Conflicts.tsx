/**
 * Records edited both here and in an imported file (see
 * shared/recommendations/merge.ts), resolved field by field: for each field
 * where the two versions differ, the version both sides had (when this
 * laptop remembers it), ours and theirs side by side, and the rapporteur's
 * choice: keep ours, take theirs, or (for text) write it anew. The choice
 * proposed is the side that changed the field since; a field both sides
 * changed says so. "Resolve with these choices" is one command, one undo
 * step; "Keep ours" and "Take theirs" choose for the whole record at once.
 */
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { clockTime } from '../ui/time';
import type { AttachmentNames } from '../../../shared/recommendations/names';
import { differingFields, fieldValue, proposedSide } from '../../../shared/recommendations/merge';
import {
  EDITABLE_MERGE_FIELDS,
  getRecommendation,
  recommendationLabel,
  type EditableMergeField,
  type MergeField,
  type Recommendation,
  type RecommendationConflict,
} from '../../../shared/recommendations/model';
import { segmentName, speakerName } from './attachment-labels';
import { useRapporteur } from './rapporteur-name';

/** The field's name in the interface language. */
function fieldName(t: TFunction, field: MergeField): string {
  const names: Record<MergeField, string> = {
    text: t('conflict.text'),
    title: t('conflict.title'),
    status: t('common.status'),
    priority: t('rec.priority'),
    pillar: t('rec.pillar'),
    objective: t('conflict.objective'),
    outcome: t('rec.outcome'),
    countries: t('conflict.countries'),
    addressees: t('rec.addressees'),
    tags: t('conflict.tags'),
    rapporteur: t('common.rapporteur'),
    attachment: t('conflict.attachment'),
    'roadmap.action': t('roadmap.action'),
    'roadmap.lead': t('roadmap.lead'),
    'roadmap.partners': t('roadmap.partners'),
    'roadmap.due': t('roadmap.due'),
    'roadmap.mechanism': t('roadmap.mechanism'),
    'roadmap.progress': t('roadmap.progress'),
  };
  return field.startsWith('roadmap.') ? `${t('roadmap.heading')}: ${names[field]}` : names[field];
}

/** A field of a version as the rapporteur reads it. */
function fieldText(t: TFunction, field: MergeField, rec: Recommendation, names: AttachmentNames): string {
  switch (field) {
    case 'status':
      return t(`recStatus.${rec.status}`);
    case 'priority':
      return rec.priority ? t(`priority.${rec.priority}`) : '';
    case 'pillar':
      return rec.pillar ? t(`pillar.${rec.pillar}`) : '';
    case 'objective':
      return rec.objective ? t(`objective.${rec.objective}`) : '';
    case 'outcome':
      return rec.outcome ? t(`outcome.${rec.outcome}`) : '';
    case 'countries':
      return rec.countries.map((c) => t(`recCountry.${c}`)).join(', ');
    case 'addressees':
      return rec.addressees.map((a) => t(`addressee.${a}`)).join(', ');
    case 'tags':
      return rec.tags.join(', ');
    case 'attachment':
      return [segmentName(t, names, rec.segmentId), speakerName(t, names, rec.speakerId)].filter((s) => s !== '').join(' / ');
    case 'roadmap.mechanism':
      return rec.roadmap.mechanism ? t(`mechanism.${rec.roadmap.mechanism}`) : '';
    case 'roadmap.progress':
      return t(`progress.${rec.roadmap.progress}`);
    default:
      return String(fieldValue(rec, field) ?? '');
  }
}

type Choice = 'ours' | 'theirs' | 'write';
const isEditable = (field: MergeField): field is EditableMergeField => (EDITABLE_MERGE_FIELDS as readonly string[]).includes(field);

function Shown({ value }: { value: string }) {
  const { t } = useTranslation();
  return value === '' ? <span className="muted">{t('conflict.empty')}</span> : <>{value}</>;
}

function ConflictItem({ conflict, ours, names, zone }: { conflict: RecommendationConflict; ours: Recommendation; names: AttachmentNames; zone: string }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const author = useRapporteur((s) => s.name);
  const { theirs, base } = conflict;
  const fields = differingFields(ours, theirs);
  const [choices, setChoices] = useState<Partial<Record<MergeField, Choice>>>({});
  const [written, setWritten] = useState<Partial<Record<EditableMergeField, string>>>({});
  const choiceOf = (field: MergeField): Choice => choices[field] ?? proposedSide(field, ours, theirs, base);
  const bothChanged = (field: MergeField) => base !== null && [ours, theirs].every((rec) => JSON.stringify(fieldValue(rec, field)) !== JSON.stringify(fieldValue(base, field)));
  const label = recommendationLabel(ours, 60);
  const headingId = `conflict-${conflict.id}`;

  const resolve = () => {
    const sides: Partial<Record<MergeField, 'ours' | 'theirs'>> = {};
    const edits: Partial<Record<Exclude<EditableMergeField, 'tags'>, string>> & { tags?: string[] } = {};
    for (const field of fields) {
      const choice = choiceOf(field);
      if (choice === 'write' && isEditable(field)) {
        const value = written[field] ?? fieldText(t, field, ours, names);
        if (field === 'tags') edits.tags = [...new Set(value.split(',').map((tag) => tag.trim()).filter((tag) => tag !== ''))];
        else edits[field] = value;
      } else if (choice !== 'write') sides[field] = choice;
    }
    void dispatch({ type: 'rec.resolve', id: conflict.id, keep: 'ours', fields: sides, edits, author });
  };

  return (
    <li className="conflict" aria-labelledby={headingId}>
      <h4 id={headingId}>{label}</h4>
      <p className="muted">{t('conflict.changedBoth', { source: conflict.source, time: clockTime(conflict.detectedAt, zone) })}</p>
      {base === null && <p className="muted">{t('conflict.noBase')}</p>}
      <table className="conflict-fields">
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            {base !== null && <th scope="col">{t('conflict.base')}</th>}
            <th scope="col">{t('conflict.ours')}</th>
            <th scope="col">{t('conflict.theirs', { source: conflict.source })}</th>
            <th scope="col">{t('conflict.choice')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const name = fieldName(t, field);
            const choice = choiceOf(field);
            return (
              <tr key={field}>
                <th scope="row">
                  {name}
                  {bothChanged(field) && <span className="conflict-both"> ({t('conflict.bothChanged')})</span>}
                </th>
                {base !== null && (
                  <td>
                    <Shown value={fieldText(t, field, base, names)} />
                  </td>
                )}
                <td>
                  <Shown value={fieldText(t, field, ours, names)} />
                </td>
                <td>
                  <Shown value={fieldText(t, field, theirs, names)} />
                </td>
                <td>
                  <fieldset className="conflict-choice">
                    <legend className="visually-hidden">{t('conflict.choose', { field: name })}</legend>
                    {(['ours', 'theirs', ...(isEditable(field) ? (['write'] as const) : [])] as Choice[]).map((option) => (
                      <label key={option} className="check">
                        <input type="radio" name={`${conflict.id}-${field}`} checked={choice === option} onChange={() => setChoices({ ...choices, [field]: option })} />
                        {t(option === 'ours' ? 'conflict.keep' : option === 'theirs' ? 'conflict.take' : 'conflict.write')}
                      </label>
                    ))}
                    {choice === 'write' && isEditable(field) && (
                      <textarea
                        aria-label={t('conflict.newText', { field: name })}
                        rows={field === 'text' ? 3 : 1}
                        value={written[field] ?? fieldText(t, field, ours, names)}
                        onChange={(e) => setWritten({ ...written, [field]: e.target.value })}
                      />
                    )}
                  </fieldset>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={resolve}>
          {t('conflict.resolve')}
        </button>
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
  const book = useSession((s) => s.doc!.recommendations);
  const list = Object.values(book.conflicts).filter((c) => getRecommendation(book, c.id) !== undefined);
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
