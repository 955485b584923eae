/**
 * The run-of-show region: the day's summary (live segment, drift, projected
 * end) and the parts with their segments, in order. The chair's area of the
 * keyboard (its Ctrl+Z is the run-of-show's); a view token's console shows
 * it without its buttons and forms.
 */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanChange, useSession } from '../store';
import { useNow } from '../ui/use-now';
import { clockTime } from '../ui/time';
import { computeSchedule, type DaySchedule } from '../../../shared/run-of-show/schedule';
import { formatClock } from '../../../shared/kernel/durations';
import { drift, longDate } from '../i18n/format';
import { liveSegment, type EventInfo, type Part, type Segment } from '../../../shared/run-of-show/model';
import { useFrameValue } from '../timer/use-frame-value';
import type { EpochMs, IsoDate } from '../../../shared/kernel/units';
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
  const { t, i18n } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const canChange = useCanChange('runOfShow');
  const today = formatInTimeZone(now, event.timeZone, 'yyyy-MM-dd') as IsoDate;
  if (today === event.date) return null;
  return (
    <p className="banner banner-warning other-day" role="status">
      {t('runOfShow.otherDay', { date: longDate(event.date, i18n.language), today: longDate(today, i18n.language), zone: event.timeZone })}{' '}
      {canChange && (
        <button type="button" onClick={() => void dispatch({ type: 'event.update', patch: { date: today } })}>
          {t('runOfShow.moveToToday')}
        </button>
      )}
    </p>
  );
}

/** Time left in the live segment, or how far over: a timer display, so it follows the seconds. */
function LiveCountdown({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const overUnderMs = useFrameValue((now) => Math.floor((now - (segment.actualStartAt ?? now) - segment.plannedDurationMs) / 1000) * 1000);
  return (
    <strong className={overUnderMs > 0 ? 'over' : 'under'} role="timer" aria-label={t('runOfShow.liveTime')}>
      {overUnderMs > 0 ? t('runOfShow.over', { time: formatClock(overUnderMs) }) : t('runOfShow.left', { time: formatClock(-overUnderMs) })}
    </strong>
  );
}

function DaySummary({ schedule, event, liveSegment }: { schedule: DaySchedule; event: EventInfo; liveSegment: Segment | null }) {
  const { t } = useTranslation();
  const live = schedule.live;
  const dayDrift = drift(t, schedule.dayDriftMs);
  return (
    <dl className="day-summary" aria-label={t('runOfShow.summary')}>
      <div>
        <dt>{t('runOfShow.live')}</dt>
        <dd>
          {live && liveSegment ? (
            <>
              {liveSegment.title} <LiveCountdown segment={liveSegment} />
            </>
          ) : (
            t('runOfShow.nothingLive')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('runOfShow.day')}</dt>
        <dd className={schedule.dayDriftMs > 60_000 ? 'over' : 'under'}>{schedule.dayDriftMs > 0 ? t('runOfShow.late', { drift: dayDrift }) : dayDrift}</dd>
      </div>
      <div>
        <dt>{t('runOfShow.projectedEnd')}</dt>
        <dd>
          {clockTime(schedule.projectedEnd, event.timeZone)} <span className="muted">{t('runOfShow.planned', { time: clockTime(schedule.plannedEnd, event.timeZone) })}</span>
        </dd>
      </div>
    </dl>
  );
}

interface PartProps {
  part: Part;
  index: number;
  count: number;
  schedule: DaySchedule;
  event: EventInfo;
  readOnly: boolean;
}

const PartSection = memo(function PartSection({ part, index, count, schedule, event, readOnly }: PartProps) {
  const { t } = useTranslation();
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
              {t('part.title')}
              <input name="title" defaultValue={part.title} autoFocus />
            </label>
            <button type="submit">{t('part.save')}</button>
            <button type="button" onClick={() => setRenaming(false)}>
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          <h2 id={headingId}>{part.title}</h2>
        )}
        {!readOnly && (
          <div className="part-actions">
            <button type="button" onClick={() => setRenaming(true)} aria-label={t('part.renameLabel', { title: part.title })}>
              {t('part.rename')}
            </button>
            <button type="button" disabled={index === 0} onClick={() => void dispatch({ type: 'part.move', partId: part.id, toIndex: index - 1 })}>
              <span aria-hidden="true">▲</span>
              <span className="visually-hidden">{t('part.upLabel', { title: part.title })}</span>
            </button>
            <button type="button" disabled={index === count - 1} onClick={() => void dispatch({ type: 'part.move', partId: part.id, toIndex: index + 1 })}>
              <span aria-hidden="true">▼</span>
              <span className="visually-hidden">{t('part.downLabel', { title: part.title })}</span>
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t('part.confirmDelete', { title: part.title, count: part.segments.length }))) void dispatch({ type: 'part.delete', partId: part.id });
              }}
              aria-label={t('part.deleteLabel', { title: part.title })}
            >
              {t('common.delete')}
            </button>
          </div>
        )}
      </div>
      <ol className="segments">
        {part.segments.map((segment, i) => (
          <SegmentRow key={segment.id} segment={segment} partId={part.id} index={i} count={part.segments.length} times={schedule.byId.get(segment.id)!} event={event} readOnly={readOnly} />
        ))}
      </ol>
      {readOnly ? null : adding ? (
        <AddSegmentForm partId={part.id} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="add" onClick={() => setAdding(true)} aria-label={t('part.addSegmentLabel', { title: part.title })}>
          {t('part.addSegment')}
        </button>
      )}
    </section>
  );
});

export function RunOfShow({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const doc = useSession((s) => s.doc!);
  const dispatch = useSession((s) => s.dispatch);
  const readOnly = !useCanChange('runOfShow');
  const now = useNow('minute') as EpochMs;
  const schedule = useMemo(() => computeSchedule(doc, now), [doc, now]);
  const live = useMemo(() => liveSegment(doc), [doc]);
  return (
    <section className="run-of-show" aria-label={t('runOfShow.label')} data-area="runOfShow" tabIndex={-1} hidden={hidden}>
      <OtherDayNotice event={doc.event} now={now} />
      <DaySummary schedule={schedule} event={doc.event} liveSegment={live} />
      {doc.parts.length === 0 && <p className="empty">{t('runOfShow.noParts')}</p>}
      {doc.parts.map((part, i) => (
        <PartSection key={part.id} part={part} index={i} count={doc.parts.length} schedule={schedule} event={doc.event} readOnly={readOnly} />
      ))}
      {!readOnly && (
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
            {t('runOfShow.newPart')}
            <input name="title" placeholder={t('runOfShow.newPartPlaceholder')} />
          </label>
          <button type="submit">{t('runOfShow.addPart')}</button>
        </form>
      )}
    </section>
  );
}
