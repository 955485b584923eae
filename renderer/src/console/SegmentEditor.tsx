/** Forms for a segment's fields and its speakers. Values go to the host as commands. */
import { useState, type FormEvent } from 'react';
import { useSession } from '../store';
import { ATTENDANCE, COUNTRIES, COUNTRY_NAMES, SEGMENT_KINDS, type Segment, type SegmentKind, type Speaker, type Country, type Attendance } from '../../../shared/model';
import type { DurationMs, TimeOfDay } from '../../../shared/units';
import { MINUTE_MS } from '../../../shared/units';

const toMs = (minutesText: string) => Math.round(Number(minutesText) * MINUTE_MS) as DurationMs;

function SegmentFields({ segment }: { segment?: Segment }) {
  return (
    <>
      <label>
        Title
        <input name="title" defaultValue={segment?.title ?? ''} required />
      </label>
      <div className="form-row">
        <label>
          Kind
          <select name="kind" defaultValue={segment?.kind ?? 'session'}>
            {SEGMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          Planned minutes
          <input name="minutes" type="number" min={1} step={1} defaultValue={segment ? segment.plannedDurationMs / MINUTE_MS : 15} required />
        </label>
        <label>
          Hard start (optional)
          <input name="hardStart" type="time" defaultValue={segment?.hardStart ?? ''} />
        </label>
      </div>
      <label>
        Chair or moderator
        <input name="chair" defaultValue={segment?.chair ?? ''} />
      </label>
      <label>
        Notes
        <textarea name="notes" rows={2} defaultValue={segment?.notes ?? ''} />
      </label>
    </>
  );
}

function readSegmentForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const hardStart = String(data.get('hardStart') ?? '');
  return {
    title: String(data.get('title') ?? ''),
    kind: String(data.get('kind')) as SegmentKind,
    plannedDurationMs: toMs(String(data.get('minutes'))),
    hardStart: hardStart === '' ? null : (hardStart as TimeOfDay),
    chair: String(data.get('chair') ?? ''),
    notes: String(data.get('notes') ?? ''),
  };
}

export function AddSegmentForm({ partId, onDone }: { partId: string; onDone: () => void }) {
  const dispatch = useSession((s) => s.dispatch);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = await dispatch({ type: 'segment.add', partId, segment: readSegmentForm(e.currentTarget) });
    if (result.ok) onDone();
  };
  return (
    <form className="segment-form panel" aria-label="New segment" onSubmit={(e) => void submit(e)}>
      <SegmentFields />
      <div className="form-actions">
        <button type="submit">Add segment</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function SpeakerFields({ speaker }: { speaker?: Speaker }) {
  return (
    <>
      <label>
        Name or role
        <input name="name" defaultValue={speaker?.name ?? ''} required />
      </label>
      <label>
        Organization
        <input name="organization" defaultValue={speaker?.organization ?? ''} />
      </label>
      <label>
        Country
        <select name="country" defaultValue={speaker?.country ?? 'KZ'}>
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {COUNTRY_NAMES[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Attendance
        <select name="attendance" defaultValue={speaker?.attendance ?? 'in-room'}>
          {ATTENDANCE.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        Allotted minutes
        <input name="allotted" type="number" min={0} step={0.5} defaultValue={speaker ? speaker.allottedMs / MINUTE_MS : 5} required />
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
  const dispatch = useSession((s) => s.dispatch);
  const [editing, setEditing] = useState(false);
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = await dispatch({ type: 'speaker.update', speakerId: speaker.id, patch: readSpeakerForm(e.currentTarget) });
    if (result.ok) setEditing(false);
  };
  return (
    <li className="speaker" aria-label={speaker.name}>
      {editing ? (
        <form className="speaker-form" aria-label={`Edit speaker ${speaker.name}`} onSubmit={(e) => void save(e)}>
          <SpeakerFields speaker={speaker} />
          <button type="submit">Save speaker</button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <span className="speaker-name">{speaker.name}</span>
          <span className="muted">
            {COUNTRY_NAMES[speaker.country]} · {speaker.organization || '—'} · {speaker.attendance} · {speaker.allottedMs / MINUTE_MS} min
          </span>
          <span className="speaker-actions">
            <button type="button" onClick={() => setEditing(true)}>
              Edit speaker
            </button>
            <button type="button" disabled={index === 0} onClick={() => void dispatch({ type: 'speaker.move', speakerId: speaker.id, toSegmentId: segmentId, toIndex: index - 1 })}>
              Up
            </button>
            <button type="button" disabled={index === count - 1} onClick={() => void dispatch({ type: 'speaker.move', speakerId: speaker.id, toSegmentId: segmentId, toIndex: index + 1 })}>
              Down
            </button>
            <button type="button" onClick={() => void dispatch({ type: 'speaker.delete', speakerId: speaker.id })}>
              Remove speaker
            </button>
          </span>
        </>
      )}
    </li>
  );
}

export function SegmentEditor({ segment, onClose }: { segment: Segment; onClose: () => void }) {
  const dispatch = useSession((s) => s.dispatch);
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = await dispatch({ type: 'segment.update', segmentId: segment.id, patch: readSegmentForm(e.currentTarget) });
    if (result.ok) onClose();
  };
  const addSpeaker = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const result = await dispatch({ type: 'speaker.add', segmentId: segment.id, speaker: readSpeakerForm(form) });
    if (result.ok) form.reset();
  };
  return (
    <div className="segment-editor panel">
      <form aria-label={`Edit segment ${segment.title}`} onSubmit={(e) => void save(e)}>
        <SegmentFields segment={segment} />
        <div className="form-actions">
          <button type="submit">Save segment</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
      <h4>Speakers</h4>
      <ol className="speakers">
        {segment.speakers.map((speaker, i) => (
          <SpeakerItem key={speaker.id} speaker={speaker} segmentId={segment.id} index={i} count={segment.speakers.length} />
        ))}
      </ol>
      <form className="speaker-form" aria-label="New speaker" onSubmit={(e) => void addSpeaker(e)}>
        <SpeakerFields />
        <button type="submit">Add speaker</button>
      </form>
    </div>
  );
}
