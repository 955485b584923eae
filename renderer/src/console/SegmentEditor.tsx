/**
 * Forms for a segment's fields and its speakers. Values go to the host as
 * commands; a refusal focuses the field it names and says why in plain
 * words (ui/form-refusal.tsx). The hard start is typed as text on the
 * 24-hour clock (see EventEditor.tsx for why not the browser's time field).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { ATTENDANCE, DEFAULT_FINAL_MS, DEFAULT_WARNING_MS, SEGMENT_KINDS, type Segment, type SegmentKind, type Speaker, type Attendance } from '../../../shared/run-of-show/model';
import { COUNTRIES, type Country } from '../../../shared/kernel/countries';
import type { DurationMs, TimeOfDay } from '../../../shared/kernel/units';
import { MINUTE_MS } from '../../../shared/kernel/units';
import { useFormRefusal, type FormRefusal } from '../ui/form-refusal';
import { TIME_PATTERN, typedTime } from '../ui/typed-time';

const toMs = (minutesText: string) => Math.round(Number(minutesText) * MINUTE_MS) as DurationMs;
const secondsToMs = (secondsText: string) => Math.round(Number(secondsText) * 1000) as DurationMs;

function SegmentFields({ segment, refusal }: { segment?: Segment; refusal: FormRefusal }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <>
      <label>
        {t('segment.title')}
        <input name="title" defaultValue={segment?.title ?? ''} {...refusal.describe('title')} required />
      </label>
      <div className="form-row">
        <label>
          {t('segment.kind')}
          <select name="kind" defaultValue={segment?.kind ?? 'session'}>
            {SEGMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`segmentKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('segment.plannedMinutes')}
          <input name="minutes" type="number" min={1} step={1} defaultValue={segment ? segment.plannedDurationMs / MINUTE_MS : 15} {...refusal.describe('minutes')} required />
        </label>
        <div className="field">
          <label>
            {t('segment.hardStart')}
            <input name="hardStart" defaultValue={segment?.hardStart ?? ''} inputMode="numeric" pattern={TIME_PATTERN} placeholder={t('common.timeFormat')} autoComplete="off" {...refusal.describe('hardStart', hintId)} />
          </label>
          <span id={hintId} className="hint">
            {t('segment.timeHint')}
          </span>
        </div>
        <label>
          {t('segment.warningSeconds')}
          <input name="warning" type="number" min={1} step={1} defaultValue={(segment?.warningMs ?? DEFAULT_WARNING_MS) / 1000} {...refusal.describe('warning')} required />
        </label>
        <label>
          {t('segment.finalSeconds')}
          <input name="final" type="number" min={1} step={1} defaultValue={(segment?.finalMs ?? DEFAULT_FINAL_MS) / 1000} {...refusal.describe('final')} required />
        </label>
      </div>
      <label>
        {t('segment.chair')}
        <input name="chair" defaultValue={segment?.chair ?? ''} {...refusal.describe('chair')} />
      </label>
      <label>
        {t('segment.notes')}
        <textarea name="notes" rows={2} defaultValue={segment?.notes ?? ''} {...refusal.describe('notes')} />
      </label>
    </>
  );
}

/**
 * The segment's fields as typed. The timer thresholds go only when they
 * differ from the segment's (all of them for a new one), so a refusal of
 * their order names the one the chair changed.
 */
function readSegmentForm(form: HTMLFormElement, segment?: Segment) {
  const data = new FormData(form);
  const hardStart = typedTime(String(data.get('hardStart') ?? ''));
  const warningMs = secondsToMs(String(data.get('warning')));
  const finalMs = secondsToMs(String(data.get('final')));
  return {
    title: String(data.get('title') ?? ''),
    kind: String(data.get('kind')) as SegmentKind,
    plannedDurationMs: toMs(String(data.get('minutes'))),
    hardStart: hardStart === '' ? null : (hardStart as TimeOfDay),
    chair: String(data.get('chair') ?? ''),
    notes: String(data.get('notes') ?? ''),
    ...(segment?.warningMs === warningMs ? {} : { warningMs }),
    ...(segment?.finalMs === finalMs ? {} : { finalMs }),
  };
}

export function AddSegmentForm({ partId, onDone }: { partId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const refusal = useFormRefusal();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const result = await dispatch({ type: 'segment.add', partId, segment: readSegmentForm(form) });
    if (refusal.settle(form, result)) onDone();
  };
  return (
    <form className="segment-form panel" aria-label={t('segment.newSegment')} noValidate onSubmit={(e) => void submit(e)}>
      <SegmentFields refusal={refusal} />
      {refusal.message}
      <div className="form-actions">
        <button type="submit">{t('segment.add')}</button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function SpeakerFields({ speaker, refusal }: { speaker?: Speaker; refusal: FormRefusal }) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('speaker.name')}
        <input name="name" defaultValue={speaker?.name ?? ''} {...refusal.describe('name')} required />
      </label>
      <label>
        {t('speaker.organization')}
        <input name="organization" defaultValue={speaker?.organization ?? ''} {...refusal.describe('organization')} />
      </label>
      <label>
        {t('common.country')}
        <select name="country" defaultValue={speaker?.country ?? 'KZ'}>
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {t(`country.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('speaker.attendance')}
        <select name="attendance" defaultValue={speaker?.attendance ?? 'in-room'}>
          {ATTENDANCE.map((a) => (
            <option key={a} value={a}>
              {t(`attendance.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('speaker.allotted')}
        <input name="allotted" type="number" min={0} step={0.5} defaultValue={speaker ? speaker.allottedMs / MINUTE_MS : 5} {...refusal.describe('allotted')} required />
      </label>
    </>
  );
}

function readSpeakerForm(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    name: String(data.get('name') ?? ''),
    organization: String(data.get('organization') ?? ''),
    country: String(data.get('country')) as Country,
    attendance: String(data.get('attendance')) as Attendance,
    allottedMs: toMs(String(data.get('allotted'))),
  };
}

function SpeakerItem({ speaker, segmentId, index, count }: { speaker: Speaker; segmentId: string; index: number; count: number }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const [editing, setEditing] = useState(false);
  const refusal = useFormRefusal();
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const result = await dispatch({ type: 'speaker.update', speakerId: speaker.id, patch: readSpeakerForm(form) });
    if (refusal.settle(form, result)) setEditing(false);
  };
  return (
    <li className="speaker" aria-label={speaker.name}>
      {editing ? (
        <form className="speaker-form" aria-label={t('speaker.editLabel', { name: speaker.name })} noValidate onSubmit={(e) => void save(e)}>
          <SpeakerFields speaker={speaker} refusal={refusal} />
          {refusal.message}
          <button type="submit">{t('speaker.save')}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <>
          <span className="speaker-name">{speaker.name}</span>
          <span className="muted">
            {t(`country.${speaker.country}`)} · {speaker.organization || '—'} · {t(`attendance.${speaker.attendance}`)} · {t('duration.minutes', { minutes: speaker.allottedMs / MINUTE_MS })}
          </span>
          <span className="speaker-actions">
            <button type="button" onClick={() => setEditing(true)}>
              {t('speaker.edit')}
            </button>
            <button type="button" disabled={index === 0} onClick={() => void dispatch({ type: 'speaker.move', speakerId: speaker.id, toSegmentId: segmentId, toIndex: index - 1 })}>
              {t('speaker.up')}
            </button>
            <button type="button" disabled={index === count - 1} onClick={() => void dispatch({ type: 'speaker.move', speakerId: speaker.id, toSegmentId: segmentId, toIndex: index + 1 })}>
              {t('speaker.down')}
            </button>
            <button type="button" onClick={() => void dispatch({ type: 'speaker.delete', speakerId: speaker.id })}>
              {t('speaker.remove')}
            </button>
          </span>
        </>
      )}
    </li>
  );
}

export function SegmentEditor({ segment, onClose }: { segment: Segment; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const refusal = useFormRefusal();
  const newSpeakerRefusal = useFormRefusal();
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const result = await dispatch({ type: 'segment.update', segmentId: segment.id, patch: readSegmentForm(form, segment) });
    if (refusal.settle(form, result)) onClose();
  };
  const addSpeaker = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const result = await dispatch({ type: 'speaker.add', segmentId: segment.id, speaker: readSpeakerForm(form) });
    if (newSpeakerRefusal.settle(form, result)) form.reset();
  };
  return (
    <div className="segment-editor panel">
      <form aria-label={t('segment.editLabel', { title: segment.title })} noValidate onSubmit={(e) => void save(e)}>
        <SegmentFields segment={segment} refusal={refusal} />
        {refusal.message}
        <div className="form-actions">
          <button type="submit">{t('segment.save')}</button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      <h4>{t('segment.speakersHeading')}</h4>
      <ol className="speakers">
        {segment.speakers.map((speaker, i) => (
          <SpeakerItem key={speaker.id} speaker={speaker} segmentId={segment.id} index={i} count={segment.speakers.length} />
        ))}
      </ol>
      <form className="speaker-form" aria-label={t('speaker.newSpeaker')} noValidate onSubmit={(e) => void addSpeaker(e)}>
        <SpeakerFields refusal={newSpeakerRefusal} />
        {newSpeakerRefusal.message}
        <button type="submit">{t('speaker.add')}</button>
      </form>
    </div>
  );
}
