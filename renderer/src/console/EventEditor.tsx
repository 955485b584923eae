/** Edits the event: title, venue, date, zone, day start, format, organizers, participants' zones. */
import { useState, type FormEvent } from 'react';
import { useSession } from '../store';
import { EVENT_FORMATS, type EventFormat, type EventInfo } from '../../../shared/model';
import type { IsoDate, TimeOfDay } from '../../../shared/units';

function zonesToText(event: EventInfo): string {
  return event.participantZones.map((z) => `${z.label} = ${z.timeZone}`).join('\n');
}

function textToZones(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [label = '', timeZone = ''] = line.split('=').map((part) => part.trim());
      return { label, timeZone };
    });
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function EventEditor({ onClose }: { onClose: () => void }) {
  const event = useSession((s) => s.doc!.event);
  const dispatch = useSession((s) => s.dispatch);
  const [form, setForm] = useState({
    title: event.title,
    venue: event.venue,
    date: event.date as string,
    timeZone: event.timeZone,
    dayStart: event.dayStart as string,
    format: event.format,
    organizers: event.organizers.join('\n'),
    zones: zonesToText(event),
  });
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
  });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const result = await dispatch({
      type: 'event.update',
      patch: {
        title: form.title,
        venue: form.venue,
        date: form.date as IsoDate,
        timeZone: form.timeZone.trim(),
        dayStart: form.dayStart as TimeOfDay,
        format: form.format as EventFormat,
        organizers: lines(form.organizers),
        participantZones: textToZones(form.zones),
      },
    });
    if (result.ok) onClose();
  };

  return (
    <section className="event-editor panel" aria-label="Event details">
      <form onSubmit={(e) => void save(e)}>
        <label>
          Event title
          <input {...field('title')} required />
        </label>
        <label>
          Venue
          <input {...field('venue')} />
        </label>
        <div className="form-row">
          <label>
            Date
            <input type="date" {...field('date')} required />
          </label>
          <label>
            Day starts at
            <input type="time" {...field('dayStart')} required />
          </label>
          <label>
            Venue time zone
            <input {...field('timeZone')} placeholder="Asia/Almaty" required />
          </label>
          <label>
            Format
            <select {...field('format')}>
              {EVENT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          Organizers (one per line)
          <textarea rows={4} {...field('organizers')} />
        </label>
        <label>
          Participants&apos; zones (one per line: Place = IANA zone)
          <textarea rows={5} {...field('zones')} />
        </label>
        <div className="form-actions">
          <button type="submit">Save event</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
