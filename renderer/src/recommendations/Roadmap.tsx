/**
 * The Roadmap of Cooperation in the rapporteur's panel: the agreed
 * recommendations as actions, in the order and with the numbers of the
 * outcome document (shared/publish/), each with what is to be done, who
 * leads, with whom, by when, which mechanism of civil-society
 * participation, and how far it has come. Text saves as it is typed,
 * choices when made; each save is one undo step of this rapporteur. A
 * console that may not change the recommendations reads it only.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { LIMITS } from '../../../shared/kernel/limits';
import { agreedRecommendations } from '../../../shared/publish/outcome';
import { ACTION_PROGRESS, MECHANISMS, recommendationLabel, type Recommendation, type RecommendationBook, type RoadmapAction } from '../../../shared/recommendations/model';
import { useAutosavedText } from './use-autosave';
import { useRapporteur } from './rapporteur-name';

function RoadmapItem({ number, rec, canChange }: { number: number; rec: Recommendation; canChange: boolean }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const author = useRapporteur((s) => s.name);
  const update = (roadmap: Partial<RoadmapAction>) => dispatch({ type: 'rec.update', id: rec.id, patch: { roadmap }, author });
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
            <label>
              {t('roadmap.due')}
              <input type="date" value={rec.roadmap.due ?? ''} onChange={(e) => void update({ due: e.target.value === '' ? null : e.target.value })} />
            </label>
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

export function Roadmap({ byShard, canChange }: { byShard: RecommendationBook['byShard']; canChange: boolean }) {
  const { t } = useTranslation();
  const agreed = useMemo(() => agreedRecommendations({ byShard }), [byShard]);
  return (
    <details className="rec-roadmap">
      <summary>
        <h3>{t('roadmap.heading')}</h3> <span className="muted">({agreed.length})</span>
      </summary>
      <p className="muted">{agreed.length === 0 ? t('roadmap.none') : t('roadmap.intro')}</p>
      <ol className="roadmap-list">
        {agreed.map((rec, index) => (
          <RoadmapItem key={rec.id} number={index + 1} rec={rec} canChange={canChange} />
        ))}
      </ol>
    </details>
  );
}
