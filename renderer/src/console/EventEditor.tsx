/** Edits the event: title, venue, date, zone, day start, format, organizers, participants' zones. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { EVENT_FORMATS, type EventFormat, type EventInfo } from '../../../shared/run-of-show/model';
import type { IsoDate, TimeOfDay } from '../../../shared/kernel/units';

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
  const { t } = useTranslation();
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
    <section className="event-editor panel" aria-label={t('toolbar.eventDetails')}>
      <form onSubmit={(e) => void save(e)}>
        <label>
          {t('event.title')}
          <input {...field('title')} required />
        </label>
        <label>
          {t('event.venue')}
          <input {...field('venue')} />
        </label>
        <div className="form-row">
          <label>
            {t('event.date')}
            <input type="date" {...field('date')} required />
          </label>
          <label>
            {t('event.dayStart')}
            <input type="time" {...field('dayStart')} required />
          </label>
          <label>
            {t('event.timeZone')}
            <input {...field('timeZone')} placeholder="Asia/Almaty" required />
          </label>
          <label>
            {t('event.format')}
            <select {...field('format')}>
              {EVENT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`eventFormat.${f}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('event.organizers')}
          <textarea rows={4} {...field('organizers')} />
        </label>
        <label>
          {t('event.zones')}
          <textarea rows={5} {...field('zones')} />
        </label>
        <div className="form-actions">
          <button type="submit">{t('event.save')}</button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
