/**
 * Every field of one recommendation. Text fields save as they are typed
 * (use-autosave.ts); choices save when made. Each save is one command, so
 * each is one undo step of the rapporteur's record.
 */
import { useSession } from '../store';
import { clockTime } from '../ui/time';
import type { CommandOf } from '../../../shared/commands';
import { LIMITS } from '../../../shared/limits';
import type { AttachmentNames } from '../../../shared/recommendation-names';
import { EDITABLE_STATUSES } from '../../../shared/recommendation-commands';
import {
  ADDRESSEES,
  ADDRESSEE_LABELS,
  EXPECTED_OUTCOMES,
  OBJECTIVES,
  OBJECTIVE_LABELS,
  OUTCOME_LABELS,
  PILLAR_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
  REC_COUNTRIES,
  REC_COUNTRY_LABELS,
  STATUS_LABELS,
  WPS_PILLARS,
  recommendationLabel,
  type Recommendation,
  getRecommendation,
} from '../../../shared/recommendations';
import { AttachmentFields } from './AttachmentFields';
import { useAutosavedText } from './use-autosave';

type Patch = CommandOf<'rec.update'>['patch'];

function Choice<T extends string>({ label, value, options, labels, onChange }: { label: string; value: T | null; options: readonly T[]; labels: Record<T, string>; onChange(value: T | null): void }) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as T))}>
        <option value="">Not set</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

function Checkboxes<T extends string>({ legend, values, options, labels, onChange }: { legend: string; values: readonly T[]; options: readonly T[]; labels: Record<T, string>; onChange(values: T[]): void }) {
  return (
    <fieldset className="rec-checks">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            checked={values.includes(option)}
            onChange={(e) => onChange(e.target.checked ? [...values, option] : values.filter((v) => v !== option))}
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}

const splitTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t !== ''))];

export function RecommendationEditor({ rec, names, onClose }: { rec: Recommendation; names: AttachmentNames; onClose(): void }) {
  const dispatch = useSession((s) => s.dispatch);
  const parts = useSession((s) => s.doc!.parts);
  const zone = useSession((s) => s.doc!.event.timeZone);
  const mergedInto = useSession((s) => (rec.mergedInto ? getRecommendation(s.doc!.recommendations, rec.mergedInto) : undefined));
  const update = (patch: Patch) => dispatch({ type: 'rec.update', id: rec.id, patch });
  const text = useAutosavedText(rec.text, (value) => update({ text: value }));
  const title = useAutosavedText(rec.title, (value) => update({ title: value }));
  const tags = useAutosavedText(rec.tags.join(', '), (value) => update({ tags: splitTags(value) }));
  const rapporteur = useAutosavedText(rec.rapporteur, (value) => update({ rapporteur: value }));
  const label = recommendationLabel(rec, 60);

  return (
    <form className="rec-editor" aria-label={`Edit recommendation ${label}`} onSubmit={(e) => e.preventDefault()}>
      <label>
        Recommendation text
        <textarea {...text} rows={4} maxLength={LIMITS.textChars} required />
      </label>
      <div className="form-row">
        <label>
          Short title
          <input {...title} maxLength={LIMITS.titleChars} />
        </label>
        <label>
          Status
          <select value={rec.status} onChange={(e) => void update({ status: e.target.value as Patch['status'] })}>
            {rec.status === 'merged' && <option value="merged">{STATUS_LABELS.merged}</option>}
            {EDITABLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <Choice label="Priority" value={rec.priority} options={PRIORITIES} labels={PRIORITY_LABELS} onChange={(priority) => void update({ priority })} />
      </div>
      {rec.status === 'merged' && <p className="muted">Merged into: {mergedInto ? recommendationLabel(mergedInto) : 'a recommendation not in this record'}</p>}
      <div className="form-row">
        <Choice label="WPS pillar" value={rec.pillar} options={WPS_PILLARS} labels={PILLAR_LABELS} onChange={(pillar) => void update({ pillar })} />
        <Choice label="Expected outcome" value={rec.outcome} options={EXPECTED_OUTCOMES} labels={OUTCOME_LABELS} onChange={(outcome) => void update({ outcome })} />
      </div>
      <Choice label="Conference objective" value={rec.objective} options={OBJECTIVES} labels={OBJECTIVE_LABELS} onChange={(objective) => void update({ objective })} />
      <Checkboxes legend="Countries concerned" values={rec.countries} options={REC_COUNTRIES} labels={REC_COUNTRY_LABELS} onChange={(countries) => void update({ countries })} />
      <Checkboxes legend="Addressed to" values={rec.addressees} options={ADDRESSEES} labels={ADDRESSEE_LABELS} onChange={(addressees) => void update({ addressees })} />
      <AttachmentFields parts={parts} names={names} value={rec} onChange={(attachment) => void update(attachment)} />
      <div className="form-row">
        <label>
          Tags (comma-separated)
          <input {...tags} />
        </label>
        <label>
          Rapporteur
          <input {...rapporteur} maxLength={LIMITS.nameChars} />
        </label>
      </div>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Done
        </button>
        <span className="muted">
          Created {clockTime(rec.createdAt, zone)}
          {rec.updatedAt !== rec.createdAt && `, last changed ${clockTime(rec.updatedAt, zone, true)}`}
        </span>
      </div>
    </form>
  );
}
