/**
 * Edits the event: title, venue, date, zone, day start, format, organizers,
 * participants' zones. Date and time are typed as text (YYYY-MM-DD, HH:mm on
 * the 24-hour clock): the browser's own date and time fields follow the
 * computer's locale (11/30/2026, 10:00 AM), and the console is 24-hour in
 * every language. A refusal from the host focuses the field it names and
 * says what is wrong in plain words (ui/form-refusal.tsx).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { EVENT_FORMATS, type EventFormat, type EventInfo } from '../../../shared/run-of-show/model';
import type { IsoDate, TimeOfDay } from '../../../shared/kernel/units';
import { useFormRefusal } from '../ui/form-refusal';
import { DATE_PATTERN, TIME_PATTERN, typedTime } from '../ui/typed-time';

function zonesToText(event: EventInfo): string {
  return event.participantZones.map((z) => `${z.label} = ${z.timeZone}`).join('\n');
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function textToZones(text: string) {
  return lines(text).map((line) => {
    const [label = '', timeZone = ''] = line.split('=').map((part) => part.trim());
    return { label, timeZone };
  });
}

export function EventEditor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const event = useSession((s) => s.doc!.event);
  const dispatch = useSession((s) => s.dispatch);
  const refusal = useFormRefusal();
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
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
  });

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const element = e.currentTarget;
    const result = await dispatch({
      type: 'event.update',
      patch: {
        title: form.title,
        venue: form.venue,
        date: form.date.trim() as IsoDate,
        timeZone: form.timeZone.trim(),
        dayStart: typedTime(form.dayStart) as TimeOfDay,
        format: form.format as EventFormat,
        organizers: lines(form.organizers),
        participantZones: textToZones(form.zones),
      },
    });
    if (refusal.settle(element, result)) onClose();
  };

  return (
    <section className="event-editor panel" aria-label={t('toolbar.eventDetails')}>
      <form noValidate onSubmit={(e) => void save(e)}>
        <label>
          {t('event.title')}
          <input {...field('title')} {...refusal.describe('title')} required />
        </label>
        <label>
          {t('event.venue')}
          <input {...field('venue')} {...refusal.describe('venue')} />
        </label>
        <div className="form-row">
          <div className="field">
            <label>
              {t('event.date')}
              <input {...field('date')} {...refusal.describe('date', 'event-date-hint')} inputMode="numeric" pattern={DATE_PATTERN} placeholder={t('common.dateFormat')} autoComplete="off" required />
            </label>
            <span id="event-date-hint" className="hint">
              {t('event.dateHint')}
            </span>
          </div>
          <div className="field">
            <label>
              {t('event.dayStart')}
              <input {...field('dayStart')} {...refusal.describe('dayStart', 'event-time-hint')} inputMode="numeric" pattern={TIME_PATTERN} placeholder={t('common.timeFormat')} autoComplete="off" required />
            </label>
            <span id="event-time-hint" className="hint">
              {t('event.timeHint')}
            </span>
          </div>
          <label>
            {t('event.timeZone')}
            <input {...field('timeZone')} {...refusal.describe('timeZone')} placeholder="Asia/Almaty" autoComplete="off" required />
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
          <textarea rows={4} {...field('organizers')} {...refusal.describe('organizers')} />
        </label>
        <label>
          {t('event.zones')}
          <textarea rows={5} {...field('zones')} {...refusal.describe('zones')} />
        </label>
        {refusal.message}
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
