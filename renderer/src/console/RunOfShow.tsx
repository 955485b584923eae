/**
 * The run-of-show region: the day's summary (live segment, drift, projected
 * end) and the parts with their segments, in order.
 */
import { memo, useMemo, useState } from 'react';
import { useSession } from '../store';
import { useNow } from '../ui/use-now';
import { clockTime } from '../ui/time';
import { computeSchedule, type DaySchedule } from '../../../shared/schedule';
import { formatClock, formatDrift } from '../../../shared/format';
import type { EventInfo, Part, Segment } from '../../../shared/model';
import { useFrameValue } from '../timer/use-frame-value';
import type { EpochMs, IsoDate } from '../../../shared/units';
import { formatInTimeZone } from 'date-fns-tz';
import { SegmentRow } from './SegmentRow';
import { AddSegmentForm } from './SegmentEditor';
import { useSegmentDrag } from './drag';

/**
 * Times are computed for the event's date. Run on another day (a rehearsal,
 * the example conference), the drift would count the days between: offer to
 * move the event to today instead.
 */
function OtherDayNotice({ event, now }: { event: EventInfo; now: EpochMs }) {
  const dispatch = useSession((s) => s.dispatch);
  const today = formatInTimeZone(now, event.timeZone, 'yyyy-MM-dd') as IsoDate;
  if (today === event.date) return null;
  return (
    <p className="banner banner-warning other-day" role="status">
      The event is dated {event.date}; today is {today} in {event.timeZone}. Planned and expected times are for the event date.{' '}
      <button type="button" onClick={() => void dispatch({ type: 'event.update', patch: { date: today } })}>
        Move the event to today
      </button>
    </p>
  );
}

/** Time left in the live segment, or how far over: a timer display, so it follows the seconds. */
function LiveCountdown({ segment }: { segment: Segment }) {
  const overUnderMs = useFrameValue((now) => Math.floor((now - (segment.actualStartAt ?? now) - segment.plannedDurationMs) / 1000) * 1000);
  return (
    <strong className={overUnderMs > 0 ? 'over' : 'under'} role="timer" aria-label="Live segment time">
      {overUnderMs > 0 ? `${formatClock(overUnderMs)} over` : `${formatClock(-overUnderMs)} left`}
    </strong>
  );
}

function DaySummary({ schedule, event, liveSegment }: { schedule: DaySchedule; event: EventInfo; liveSegment: Segment | null }) {
  const live = schedule.live;
  return (
    <dl className="day-summary" aria-label="Day summary">
      <div>
        <dt>Live</dt>
        <dd>
          {live && liveSegment ? (
            <>
              {liveSegment.title} <LiveCountdown segment={liveSegment} />
            </>
          ) : (
            'Nothing live'
          )}
        </dd>
      </div>
      <div>
        <dt>Day</dt>
        <dd className={schedule.dayDriftMs > 60_000 ? 'over' : 'under'}>{schedule.dayDriftMs > 0 ? `${formatDrift(schedule.dayDriftMs)} late` : formatDrift(schedule.dayDriftMs)}</dd>
      </div>
      <div>
        <dt>Projected end</dt>
        <dd>
          {clockTime(schedule.projectedEnd, event.timeZone)} <span className="muted">(planned {clockTime(schedule.plannedEnd, event.timeZone)})</span>
        </dd>
      </div>
    </dl>
  );
}

const PartSection = memo(function PartSection({ part, index, count, schedule, event }: { part: Part; index: number; count: number; schedule: DaySchedule; event: EventInfo }) {
  const dispatch = useSession((s) => s.dispatch);
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState(false);
  const drag = useSegmentDrag();
  const headingId = `part-${part.id}`;
  return (
    <section className="part" aria-labelledby={headingId} {...drag.partDropProps(part.id, part.segments.length)}>
      <div className="part-header">
        {renaming ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const title = new FormData(e.currentTarget).get('title') as string;
              void dispatch({ type: 'part.update', partId: part.id, title }).then((r) => r.ok && setRenaming(false));
            }}
          >
            <label>
              Part title
              <input name="title" defaultValue={part.title} autoFocus />
            </label>
            <button type="submit">Save part</button>
            <button type="button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <h2 id={headingId}>{part.title}</h2>
        )}
        <div className="part-actions">
          <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename part ${part.title}`}>
            Rename
          </button>
          <button type="button" disabled={index === 0} onClick={() => void dispatch({ type: 'part.move', partId: part.id, toIndex: index - 1 })} aria-label={`Move part ${part.title} up`}>
            ▲
          </button>
          <button type="button" disabled={index === count - 1} onClick={() => void dispatch({ type: 'part.move', partId: part.id, toIndex: index + 1 })} aria-label={`Move part ${part.title} down`}>
            ▼
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(`Delete part "${part.title}" and its ${part.segments.length} segment(s)? Undo brings it back.`)) void dispatch({ type: 'part.delete', partId: part.id });
            }}
            aria-label={`Delete part ${part.title}`}
          >
            Delete
          </button>
        </div>
      </div>
      <ol className="segments">
        {part.segments.map((segment, i) => (
          <SegmentRow key={segment.id} segment={segment} partId={part.id} index={i} count={part.segments.length} times={schedule.byId.get(segment.id)!} event={event} />
        ))}
      </ol>
      {adding ? (
        <AddSegmentForm partId={part.id} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="add" onClick={() => setAdding(true)} aria-label={`Add segment to ${part.title}`}>
          + Add segment
        </button>
      )}
    </section>
  );
});

export function RunOfShow() {
  const doc = useSession((s) => s.doc!);
  const dispatch = useSession((s) => s.dispatch);
  const now = useNow('minute') as EpochMs;
  const schedule = useMemo(() => computeSchedule(doc, now), [doc, now]);
  const liveSegment = useMemo(() => doc.parts.flatMap((p) => p.segments).find((s) => s.status === 'live') ?? null, [doc]);
  return (
    <section className="run-of-show" aria-label="Run of show">
      <OtherDayNotice event={doc.event} now={now} />
      <DaySummary schedule={schedule} event={doc.event} liveSegment={liveSegment} />
      {doc.parts.length === 0 && <p className="empty">No parts yet. Add a part to start building the run-of-show.</p>}
      {doc.parts.map((part, i) => (
        <PartSection key={part.id} part={part} index={i} count={doc.parts.length} schedule={schedule} event={doc.event} />
      ))}
      <form
        className="add-part"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const title = (new FormData(form).get('title') as string) ?? '';
          void dispatch({ type: 'part.add', title }).then((r) => r.ok && form.reset());
        }}
      >
        <label>
          New part title
          <input name="title" placeholder="Part III: …" />
        </label>
        <button type="submit">Add part</button>
      </form>
    </section>
  );
}
