/**
 * Every field of one recommendation. Text fields save as they are typed
 * (use-autosave.ts); choices save when made. Each save is one command, so
 * each is one undo step of the rapporteur's record.
 */
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { clockTime } from '../ui/time';
import type { CommandOf } from '../../../shared/session/commands';
import { LIMITS } from '../../../shared/kernel/limits';
import type { AttachmentNames } from '../../../shared/recommendations/names';
import { EDITABLE_STATUSES } from '../../../shared/recommendations/commands';
import {
  ADDRESSEES,
  EXPECTED_OUTCOMES,
  OBJECTIVES,
  PRIORITIES,
  REC_COUNTRIES,
  WPS_PILLARS,
  recommendationLabel,
  type Recommendation,
  getRecommendation,
} from '../../../shared/recommendations/model';
import { AttachmentFields } from './AttachmentFields';
import { useAutosavedText } from './use-autosave';
import { useRapporteur } from './rapporteur-name';

type Patch = CommandOf<'rec.update'>['patch'];

/** An option's name in the interface language, from its code. */
type Labels<T extends string> = (option: T) => string;

function Choice<T extends string>({ label, value, options, labels, onChange }: { label: string; value: T | null; options: readonly T[]; labels: Labels<T>; onChange(value: T | null): void }) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as T))}>
        <option value="">{t('common.notSet')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Checkboxes<T extends string>({ legend, values, options, labels, onChange }: { legend: string; values: readonly T[]; options: readonly T[]; labels: Labels<T>; onChange(values: T[]): void }) {
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
          {labels(option)}
        </label>
      ))}
    </fieldset>
  );
}

const splitTags = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t !== ''))];

export function RecommendationEditor({ rec, names, onClose }: { rec: Recommendation; names: AttachmentNames; onClose(): void }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const parts = useSession((s) => s.doc!.parts);
  const zone = useSession((s) => s.doc!.event.timeZone);
  const mergedInto = useSession((s) => (rec.mergedInto ? getRecommendation(s.doc!.recommendations, rec.mergedInto) : undefined));
  const author = useRapporteur((s) => s.name);
  const update = (patch: Patch) => dispatch({ type: 'rec.update', id: rec.id, patch, author });
  const text = useAutosavedText(rec.text, (value) => update({ text: value }));
  const title = useAutosavedText(rec.title, (value) => update({ title: value }));
  const tags = useAutosavedText(rec.tags.join(', '), (value) => update({ tags: splitTags(value) }));
  const rapporteur = useAutosavedText(rec.rapporteur, (value) => update({ rapporteur: value }));
  const label = recommendationLabel(rec, 60);

  return (
    <form className="rec-editor" aria-label={t('rec.editLabel', { label })} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('rec.text')}
        <textarea {...text} rows={4} maxLength={LIMITS.textChars} required />
      </label>
      <div className="form-row">
        <label>
          {t('rec.shortTitle')}
          <input {...title} maxLength={LIMITS.titleChars} />
        </label>
        <label>
          {t('common.status')}
          <select value={rec.status} onChange={(e) => void update({ status: e.target.value as Patch['status'] })}>
            {rec.status === 'merged' && <option value="merged">{t('recStatus.merged')}</option>}
            {EDITABLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`recStatus.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <Choice label={t('rec.priority')} value={rec.priority} options={PRIORITIES} labels={(p) => t(`priority.${p}`)} onChange={(priority) => void update({ priority })} />
      </div>
      {rec.status === 'merged' && <p className="muted">{t('rec.mergedInto', { label: mergedInto ? recommendationLabel(mergedInto) : t('rec.mergedElsewhere') })}</p>}
      <div className="form-row">
        <Choice label={t('rec.pillar')} value={rec.pillar} options={WPS_PILLARS} labels={(p) => t(`pillar.${p}`)} onChange={(pillar) => void update({ pillar })} />
        <Choice label={t('rec.outcome')} value={rec.outcome} options={EXPECTED_OUTCOMES} labels={(o) => t(`outcome.${o}`)} onChange={(outcome) => void update({ outcome })} />
      </div>
      <Choice label={t('rec.objective')} value={rec.objective} options={OBJECTIVES} labels={(o) => t(`objective.${o}`)} onChange={(objective) => void update({ objective })} />
      <Checkboxes legend={t('rec.countries')} values={rec.countries} options={REC_COUNTRIES} labels={(c) => t(`recCountry.${c}`)} onChange={(countries) => void update({ countries })} />
      <Checkboxes legend={t('rec.addressees')} values={rec.addressees} options={ADDRESSEES} labels={(a) => t(`addressee.${a}`)} onChange={(addressees) => void update({ addressees })} />
      <AttachmentFields parts={parts} names={names} value={rec} onChange={(attachment) => void update(attachment)} />
      <div className="form-row">
        <label>
          {t('rec.tags')}
          <input {...tags} />
        </label>
        <label>
          {t('common.rapporteur')}
          <input {...rapporteur} maxLength={LIMITS.nameChars} />
        </label>
      </div>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          {t('rec.done')}
        </button>
        <span className="muted">
          {t('rec.created', { time: clockTime(rec.createdAt, zone) })}
          {rec.updatedAt !== rec.createdAt && t('rec.changed', { time: clockTime(rec.updatedAt, zone, true) })}
        </span>
      </div>
    </form>
  );
}
