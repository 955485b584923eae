/** Event title, the live clocks of the venue and delegations, and the time notice. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { useNow } from '../ui/use-now';
import { clockTime } from '../ui/time';
import { longDate } from '../i18n/format';
import { offsetLabel, timeNotice } from '../../../shared/kernel/timezones';
import type { EventInfo } from '../../../shared/run-of-show/model';
import type { EpochMs } from '../../../shared/kernel/units';

function Clocks({ event }: { event: EventInfo }) {
  const { t } = useTranslation();
  const now = useNow('minute') as EpochMs;
  const place = event.venue.split(',').at(-1)?.trim() || t('header.venue');
  const zones = [{ label: t('header.venueClock', { place }), timeZone: event.timeZone }, ...event.participantZones];
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
  const notice = useMemo(
    () => (event && event.participantZones.length > 0 ? timeNotice(event.date, event.dayStart, event.timeZone, event.participantZones) : null),
    [event],
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
