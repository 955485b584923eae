/**
 * Event title, the live clocks of the venue and delegations, and the time
 * notice. The venue's clock is named after the event zone's city, so it
 * says which time it shows; the notice gives the first planned start, as
 * the agenda's first row does.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { useNow } from '../ui/use-now';
import { clockTime } from '../ui/time';
import { longDate, placeName } from '../i18n/format';
import { offsetLabel, zoneCity } from '../../../shared/kernel/timezones';
import { eventTimeNotice } from '../../../shared/run-of-show/notice';
import type { EventInfo } from '../../../shared/run-of-show/model';
import type { EpochMs } from '../../../shared/kernel/units';

function Clocks({ event }: { event: EventInfo }) {
  const { t } = useTranslation();
  const now = useNow('minute') as EpochMs;
  const zones = [{ label: t('header.venueClock', { place: placeName(t, zoneCity(event.timeZone)) }), timeZone: event.timeZone }, ...event.participantZones.map((zone) => ({ ...zone, label: placeName(t, zone.label) }))];
  return (
    <ul className="clocks" aria-label={t('header.clocks')}>
      {zones.map((zone) => (
        <li key={`${zone.label}-${zone.timeZone}`} className="clock">
          <span className="clock-label">{zone.label}</span>
          <time className="clock-time" dateTime={new Date(now).toISOString()}>
            {clockTime(now, zone.timeZone)}
          </time>
          <span className="clock-offset">{offsetLabel(now, zone.timeZone)}</span>
        </li>
      ))}
    </ul>
  );
}

export function EventHeader() {
  const { t, i18n } = useTranslation();
  const event = useSession((s) => s.doc?.event);
  const parts = useSession((s) => s.doc?.parts);
  const notice = useMemo(
    () => (event && parts && event.participantZones.length > 0 ? eventTimeNotice({ event: { ...event, participantZones: event.participantZones.map((zone) => ({ ...zone, label: placeName(t, zone.label) })) }, parts }) : null),
    [event, parts, t],
  );
  if (!event) return <h1>{t('app.name')}</h1>;
  return (
    <div className="event-header">
      <h1 className="event-title">{event.title}</h1>
      <p className="event-facts">
        <time dateTime={event.date}>{longDate(event.date, i18n.language)}</time> · <span>{event.venue || t('header.noVenue')}</span> ·{' '}
        <span className="format">{t(`eventFormat.${event.format}`)}</span> · <span>{event.timeZone}</span>
      </p>
      {notice && (
        <p className="time-notice" role="note" aria-label={t('header.timeNotice')}>
          {t('header.time', { notice })}
        </p>
      )}
      <Clocks event={event} />
    </div>
  );
}
