/**
 * The Roadmap of Cooperation in the rapporteur's panel: the agreed
 * recommendations as actions, in the order and with the numbers of the
 * outcome document (shared/publish/), each with what is to be done, who
 * leads, with whom, by when, which mechanism of civil-society
 * participation, and how far it has come. Text saves as it is typed,
 * choices when made, the date (typed as YYYY-MM-DD, as every date of the
 * console: the browser's own date field follows the computer's locale)
 * when it is left or Enter is pressed; each save is one undo step of this
 * rapporteur, and a date the host refuses is said at the field. A console
 * that may not change the recommendations reads it only.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import type { DispatchResult } from '../../../shared/contract/api';
import { LIMITS } from '../../../shared/kernel/limits';
import type { IsoDate } from '../../../shared/kernel/units';
import { DATE_PATTERN } from '../ui/typed-time';
import { refusalText } from '../ui/refusals';
import { agreedRecommendations } from '../../../shared/publish/outcome';
import { ACTION_PROGRESS, MECHANISMS, recommendationLabel, type Recommendation, type RecommendationBook, type RoadmapAction } from '../../../shared/recommendations/model';
import { useAutosavedText } from './use-autosave';
import { useRapporteur } from './rapporteur-name';

type Update = (roadmap: Partial<RoadmapAction>) => Promise<DispatchResult>;

/** By when: typed text, saved when left or on Enter; remounted (keyed by the saved date) when it changes elsewhere. */
function DueField({ saved, update }: { saved: IsoDate | null; update: Update }) {
  const { t } = useTranslation();
  const dismissError = useSession((s) => s.dismissError);
  const [text, setText] = useState<string>(saved ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const hintId = useId();
  const errorId = useId();
  const save = async () => {
    const value = text.trim();
    if (value === (saved ?? '') && refusal === null) return;
    const result = await update({ due: value === '' ? null : (value as IsoDate) });
    if (result.ok) setRefusal(null);
    else {
      setRefusal(refusalText(t, result.error));
      dismissError();
    }
  };
  return (
    <div className="field">
      <label>
        {t('roadmap.due')}
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void save()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void save();
            }
          }}
          inputMode="numeric"
          pattern={DATE_PATTERN}
          placeholder="YYYY-MM-DD"
          autoComplete="off"
          aria-invalid={refusal !== null || undefined}
          aria-describedby={refusal !== null ? `${errorId} ${hintId}` : hintId}
        />
      </label>
      <span id={hintId} className="hint">
        {t('event.dateHint')}
      </span>
      {refusal !== null && (
        <p id={errorId} className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}

function RoadmapItem({ number, rec, canChange }: { number: number; rec: Recommendation; canChange: boolean }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const author = useRapporteur((s) => s.name);
  const update: Update = (roadmap) => dispatch({ type: 'rec.update', id: rec.id, patch: { roadmap }, author });
  const action = useAutosavedText(rec.roadmap.action, (value) => update({ action: value }));
  const lead = useAutosavedText(rec.roadmap.lead, (value) => update({ lead: value }));
  const partners = useAutosavedText(rec.roadmap.partners, (value) => update({ partners: value }));
  const label = recommendationLabel(rec, 60);
  return (
    <li className="roadmap-item">
      <form aria-label={t('roadmap.editLabel', { label })} onSubmit={(e) => e.preventDefault()}>
        <fieldset disabled={!canChange}>
          <legend>
            {number}. {label}
          </legend>
          <label>
            {t('roadmap.action')}
            <input {...action} placeholder={t('roadmap.actionHint')} maxLength={LIMITS.titleChars * 2} />
          </label>
          <div className="form-row">
            <label>
              {t('roadmap.lead')}
              <input {...lead} maxLength={LIMITS.nameChars} />
            </label>
            <label>
              {t('roadmap.partners')}
              <input {...partners} maxLength={LIMITS.titleChars * 2} />
            </label>
          </div>
          <div className="form-row">
            <DueField key={rec.roadmap.due ?? ''} saved={rec.roadmap.due as IsoDate | null} update={update} />
            <label>
              {t('roadmap.mechanism')}
              <select value={rec.roadmap.mechanism ?? ''} onChange={(e) => void update({ mechanism: e.target.value === '' ? null : (e.target.value as RoadmapAction['mechanism']) })}>
                <option value="">{t('common.notSet')}</option>
                {MECHANISMS.map((mechanism) => (
                  <option key={mechanism} value={mechanism}>
                    {t(`mechanism.${mechanism}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('roadmap.progress')}
              <select value={rec.roadmap.progress} onChange={(e) => void update({ progress: e.target.value as RoadmapAction['progress'] })}>
                {ACTION_PROGRESS.map((progress) => (
                  <option key={progress} value={progress}>
                    {t(`progress.${progress}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
      </form>
    </li>
  );
}

/** Closed, it renders only its heading: a conference's record may hold thousands of agreed recommendations. */
export function Roadmap({ byShard, canChange }: { byShard: RecommendationBook['byShard']; canChange: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const agreed = useMemo(() => agreedRecommendations({ byShard }), [byShard]);
  const id = useId();
  return (
    <section className="rec-roadmap" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          {t('roadmap.heading')} <span className="muted">({agreed.length})</span>
        </button>
      </h3>
      <div id={`${id}-body`} hidden={!open}>
        {open && (
          <>
            <p className="muted">{agreed.length === 0 ? t('roadmap.none') : t('roadmap.intro')}</p>
            <ol className="roadmap-list">
              {agreed.map((rec, index) => (
                <RoadmapItem key={rec.id} number={index + 1} rec={rec} canChange={canChange} />
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
