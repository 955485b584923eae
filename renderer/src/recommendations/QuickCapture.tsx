/**
 * Quick capture: type a recommendation as it is spoken, Enter saves it
 * (Shift+Enter for a new line). It is attached to the live segment and the
 * timer's current speaker unless the rapporteur picks others. What is being
 * typed is kept by the host as this rapporteur's draft, so a closed window
 * or a crash loses at most the last second.
 */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { LIMITS } from '../../../shared/kernel/limits';
import { liveSegment } from '../../../shared/run-of-show/model';
import type { AttachmentNames } from '../../../shared/recommendations/names';
import { AttachmentFields, type Attachment } from './AttachmentFields';
import { useAutosave } from './use-autosave';

/** The live segment, and the timer's speaker when the timer follows that segment. */
function useLiveAttachment(): Attachment {
  const live = useSession((s) => liveSegment(s.doc!)?.id ?? null);
  const timerSegment = useSession((s) => s.doc!.timer.segmentId);
  const timerSpeaker = useSession((s) => s.doc!.timer.speakerId);
  return { segmentId: live, speakerId: live !== null && timerSegment === live ? timerSpeaker : null };
}

export function QuickCapture({ rapporteur, names, onAdded }: { rapporteur: string; names: AttachmentNames; onAdded(text: string): void }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const parts = useSession((s) => s.doc!.parts);
  const savedDraft = useSession((s) => s.doc!.recommendations.drafts[rapporteur]?.text ?? '');
  const [text, setText] = useState(savedDraft);
  /** The box's text right now, for an add that finishes while the rapporteur types on. */
  const latest = useRef(savedDraft);
  const [chosen, setChosen] = useState<Attachment | null>(null);
  const live = useLiveAttachment();
  const attachment = chosen ?? live;
  const draft = useAutosave((value) => dispatch({ type: 'rec.draft', rapporteur, text: value }));

  const change = (value: string) => {
    latest.current = value;
    setText(value);
    draft.schedule(value);
  };

  const add = async () => {
    const submitted = text;
    if (submitted.trim() === '') return;
    const result = await dispatch({ type: 'rec.add', recommendation: { text: submitted, rapporteur, ...attachment } });
    if (!result.ok) return;
    setChosen(null);
    onAdded(submitted);
    if (latest.current !== submitted) return;
    draft.cancel();
    latest.current = '';
    setText('');
    await dispatch({ type: 'rec.draft', rapporteur, text: '' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    void add();
  };

  return (
    <form
      className="rec-capture"
      aria-label={t('rec.quickCapture')}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void add();
      }}
    >
      <label>
        {t('rec.new')}
        <textarea
          value={text}
          rows={3}
          maxLength={LIMITS.textChars}
          onChange={(e) => change(e.target.value)}
          onBlur={() => void draft.flush()}
          onKeyDown={onKeyDown}
          aria-keyshortcuts="Enter"
          placeholder={t('rec.newPlaceholder')}
        />
      </label>
      <AttachmentFields parts={parts} names={names} value={attachment} onChange={setChosen} />
      <div className="form-actions">
        <button type="submit">{t('rec.add')}</button>
        {chosen && (
          <button type="button" onClick={() => setChosen(null)}>
            {t('rec.followLive')}
          </button>
        )}
      </div>
    </form>
  );
}
