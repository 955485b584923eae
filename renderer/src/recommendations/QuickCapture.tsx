/**
 * Who is capturing, and quick capture: type a recommendation as it is
 * spoken, Enter saves it (Shift+Enter for a new line). It is attached to the
 * live segment and the timer's current speaker unless the rapporteur picks
 * others. What is being typed is kept by the host as this rapporteur's
 * draft, so a closed window or a crash loses at most the last second; typed
 * while the host is away, it is sent as soon as it is back (use-autosave.ts).
 *
 * Nothing here is ever replaced while it is being typed in: a new name
 * takes the text in the box along (saved under the new name, no longer
 * under the old one), and the host's copy of the draft never overwrites the
 * box.
 */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { draftOf } from '../../../shared/recommendations/model';
import { useSession } from '../store';
import { LIMITS } from '../../../shared/kernel/limits';
import { liveSegment } from '../../../shared/run-of-show/model';
import type { AttachmentNames } from '../../../shared/recommendations/names';
import { AttachmentFields, type Attachment } from './AttachmentFields';
import { useAutosave } from './use-autosave';
import { currentRapporteur, useRapporteur } from './rapporteur-name';

/** The live segment, and the timer's speaker when the timer follows that segment. */
function useLiveAttachment(): Attachment {
  const live = useSession((s) => liveSegment(s.doc!)?.id ?? null);
  const timerSegment = useSession((s) => s.doc!.timer.segmentId);
  const timerSpeaker = useSession((s) => s.doc!.timer.speakerId);
  return { segmentId: live, speakerId: live !== null && timerSegment === live ? timerSpeaker : null };
}

/** The window's rapporteur name: taken when the field is left or Enter is pressed. */
function RapporteurField({ name, onRename }: { name: string; onRename(name: string): string }) {
  const { t } = useTranslation();
  const take = (input: HTMLInputElement) => {
    input.value = onRename(input.value);
  };
  return (
    <label className="rec-rapporteur">
      {t('rec.rapporteurName')}
      <input
        defaultValue={name}
        maxLength={LIMITS.nameChars}
        onBlur={(e) => take(e.currentTarget)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') take(e.currentTarget);
        }}
      />
    </label>
  );
}

export function QuickCapture({ rapporteur, names, onAdded }: { rapporteur: string; names: AttachmentNames; onAdded(text: string): void }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const parts = useSession((s) => s.doc!.parts);
  const rename = useRapporteur((s) => s.rename);
  const [text, setText] = useState(() => draftOf(useSession.getState().doc!.recommendations, rapporteur)?.text ?? '');
  /** The box's text right now, for an add that finishes while the rapporteur types on. */
  const latest = useRef(text);
  const [chosen, setChosen] = useState<Attachment | null>(null);
  const live = useLiveAttachment();
  const attachment = chosen ?? live;
  // The name is read when the save is sent, so a save scheduled before a rename goes under the new name.
  const draft = useAutosave((value) => dispatch({ type: 'rec.draft', rapporteur: currentRapporteur(), text: value }));

  const show = (value: string) => {
    latest.current = value;
    setText(value);
  };

  const change = (value: string) => {
    show(value);
    draft.schedule(value);
  };

  const onRename = (next: string): string => {
    const before = currentRapporteur();
    const name = rename(next);
    if (name === before) return name;
    if (latest.current === '') {
      // An empty box shows the new name's draft, if the host keeps one.
      const doc = useSession.getState().doc;
      show((doc && draftOf(doc.recommendations, name)?.text) ?? '');
    } else {
      draft.schedule(latest.current);
      void dispatch({ type: 'rec.draft', rapporteur: before, text: '' });
    }
    return name;
  };

  const add = async () => {
    const submitted = text;
    if (submitted.trim() === '') return;
    const result = await dispatch({ type: 'rec.add', recommendation: { text: submitted, rapporteur, ...attachment }, author: rapporteur });
    if (!result.ok) return;
    setChosen(null);
    onAdded(submitted);
    if (latest.current !== submitted) return;
    draft.cancel();
    show('');
    await dispatch({ type: 'rec.draft', rapporteur: currentRapporteur(), text: '' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    void add();
  };

  return (
    <>
      <RapporteurField name={rapporteur} onRename={onRename} />
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
    </>
  );
}
