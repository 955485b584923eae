/** Event title, the live clocks of the venue and delegations, and the time notice. */
import { useMemo } from 'react';
import { useSession } from '../store';
import { useNow } from '../ui/use-now';
import { clockTime } from '../ui/time';
import { offsetLabel, timeNotice } from '../../../shared/timezones';
import type { EventInfo } from '../../../shared/model';
import type { EpochMs } from '../../../shared/units';

function Clocks({ event }: { event: EventInfo }) {
  const now = useNow('minute') as EpochMs;
  const zones = [{ label: `${event.venue.split(',').at(-1)?.trim() || 'Venue'} (venue)`, timeZone: event.timeZone }, ...event.participantZones];
  return (
    <ul className="clocks" aria-label="Clocks">
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
  const event = useSession((s) => s.doc?.event);
  const notice = useMemo(
    () => (event && event.participantZones.length > 0 ? timeNotice(event.date, event.dayStart, event.timeZone, event.participantZones) : null),
    [event],
  );
  if (!event) return <h1>Moderator Console</h1>;
  return (
    <div className="event-header">
      <h1 className="event-title">{event.title}</h1>
      <p className="event-facts">
        <span>{event.date}</span> · <span>{event.venue || 'No venue set'}</span> · <span className="format">{event.format}</span> ·{' '}
        <span>{event.timeZone}</span>
      </p>
      {notice && (
        <p className="time-notice" aria-label="Time notice">
          Time: {notice}
        </p>
      )}
      <Clocks event={event} />
    </div>
  );
}
