/**
 * The run-of-show region: the day's summary (live segment, how late the day
 * runs against the published plan, projected end, fixed starts in danger,
 * segments not yet run) and the parts with their segments, in order. The
 * chair's area of the keyboard (its Ctrl+Z is the run-of-show's); a view
 * token's console shows it without its buttons and forms.
 *
 * The figures come from the live segment's speaker queue too
 * (timer/projection.ts), so they follow the speakers still to come.
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanChange, useSession } from '../store';
import { useNow } from '../ui/use-now';
import { agendaTime } from '../ui/time';
import type { DaySchedule, ScheduleWarning } from '../../../shared/run-of-show/schedule';
import { projectDay } from '../../../shared/timer/projection';
import { formatClock } from '../../../shared/kernel/durations';
import { dayDrift, drift, duration, longDate } from '../i18n/format';
import { liveSegment, offDayChoiceNeeded, type EventInfo, type Part, type Segment } from '../../../shared/run-of-show/model';
import type { OffDayChoice } from '../../../shared/run-of-show/commands';
import { localDateOf } from '../../../shared/kernel/timezones';
import { useFrameValue } from '../timer/use-frame-value';
import type { EpochMs, IsoDate } from '../../../shared/kernel/units';
import { hostNow } from '../host-time';
import { SegmentRow } from './SegmentRow';
import { AddSegmentForm } from './SegmentEditor';
import { OffDayDialog } from './OffDayDialog';
import { useSegmentDrag } from './drag';
import { useFixedStartText } from './fixed-start';

/**
 * Times are computed for the event's date. Run on another day (a rehearsal,
 * the example conference), the drift would count the days between: offer to
 * move the event to today instead.
 */
function OtherDayNotice({ event, now }: { event: EventInfo; now: EpochMs }) {
  const { t, i18n } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const canChange = useCanChange('runOfShow');
  const today = localDateOf(now, event.timeZone);
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

function Warnings({ schedule, doc }: { schedule: DaySchedule; doc: { parts: Part[] } }) {
  const { t } = useTranslation();
  const fixedStartText = useFixedStartText();
  const titles = useMemo(() => new Map(doc.parts.flatMap((p) => p.segments.map((s) => [s.id, s.title] as const))), [doc.parts]);
  if (schedule.warnings.length === 0) return null;
  return (
    <ul aria-label={t('runOfShow.fixedStarts')}>
      {schedule.warnings.map((warning: ScheduleWarning) => (
        <li key={warning.segmentId} className={`fixed-warning${warning.kind === 'slackEaten' ? ' slack' : ''}`}>
          {t('runOfShow.fixedStart', { title: titles.get(warning.segmentId) ?? '', warning: fixedStartText(warning, schedule.byId.get(warning.segmentId)!) })}
        </li>
      ))}
    </ul>
  );
}

function DaySummary({ schedule, event, liveSegment, parts, readOnly }: { schedule: DaySchedule; event: EventInfo; liveSegment: Segment | null; parts: Part[]; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const live = schedule.live;
  const at = (instant: number) => agendaTime(instant, event.timeZone, event.date, i18n.language);
  const published = schedule.publishedAt !== null;
  const planChanged = published && Math.abs(schedule.planChangeMs) >= 60_000;
  const hasNotes = schedule.warnings.length > 0 || schedule.notYetRun.count > 0 || schedule.dayStartAmbiguous;
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
        <dd className={schedule.dayDriftMs >= 60_000 ? 'over' : 'under'}>{dayDrift(t, schedule.dayDriftMs)}</dd>
        {(published || !readOnly) && (
          <dd className="detail">
            {published && t('runOfShow.againstPublished', { time: at(schedule.publishedAt!) })}
            {!readOnly && (
              <>
                {published && ' '}
                <button type="button" className="small" onClick={() => void dispatch({ type: 'plan.publish' })} aria-describedby="publish-hint">
                  {published ? t('runOfShow.publishAgain') : t('runOfShow.publish')}
                </button>
                <span id="publish-hint" hidden>
                  {t('runOfShow.publishHint')}
                </span>
              </>
            )}
          </dd>
        )}
      </div>
      <div>
        <dt>{t('runOfShow.projectedEnd')}</dt>
        <dd>{at(schedule.projectedEnd)}</dd>
        <dd className="detail">{t(published ? 'runOfShow.publishedEnd' : 'runOfShow.plannedEnd', { time: at(schedule.baselineEnd) })}</dd>
        {planChanged && <dd className="detail over">{t('runOfShow.planChanged', { time: at(schedule.plannedEnd), change: drift(t, schedule.planChangeMs) })}</dd>}
      </div>
      {hasNotes && (
        <div className="day-notes">
          <dt className="visually-hidden">{t('runOfShow.fixedStarts')}</dt>
          <dd>
            <Warnings schedule={schedule} doc={{ parts }} />
            {schedule.notYetRun.count > 0 && <p>{t('runOfShow.notYetRun', { count: schedule.notYetRun.count, duration: duration(t, schedule.notYetRun.durationMs) })}</p>}
            {schedule.dayStartAmbiguous && <p>{t('runOfShow.dayStartTwice', { time: event.dayStart })}</p>}
          </dd>
        </div>
      )}
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
  onGoLive(segmentId: string): void;
}

const PartSection = memo(function PartSection({ part, index, count, schedule, event, readOnly, onGoLive }: PartProps) {
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
          <SegmentRow
            key={segment.id}
            segment={segment}
            partId={part.id}
            index={i}
            count={part.segments.length}
            times={schedule.byId.get(segment.id)!}
            warning={warningsOf(schedule).get(segment.id) ?? null}
            published={schedule.publishedAt !== null}
            event={event}
            readOnly={readOnly}
            onGoLive={onGoLive}
          />
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

const warningIndex = new WeakMap<DaySchedule, Map<string, ScheduleWarning>>();

/** The warnings of a schedule by segment, made once per schedule. */
function warningsOf(schedule: DaySchedule): Map<string, ScheduleWarning> {
  let byId = warningIndex.get(schedule);
  if (!byId) {
    byId = new Map(schedule.warnings.map((w) => [w.segmentId, w]));
    warningIndex.set(schedule, byId);
  }
  return byId;
}

/**
 * Go live, asking first (once a day) how to run an event dated another day
 * than today: the host refuses it otherwise (field offDay), and says so
 * again if this view's idea of today was off by a midnight.
 */
function useGoLive(doc: { event: EventInfo; eventDateKeptOn: IsoDate | null }) {
  const dispatch = useSession((s) => s.dispatch);
  const dismissError = useSession((s) => s.dismissError);
  const [asking, setAsking] = useState<{ segmentId: string; today: IsoDate } | null>(null);
  const { event, eventDateKeptOn } = doc;
  const send = useCallback(
    async (segmentId: string, offDay?: OffDayChoice) => {
      const result = await dispatch({ type: 'segment.setStatus', segmentId, status: 'live', ...(offDay ? { offDay } : {}) });
      if (!result.ok && result.error.field === 'offDay' && result.error.code === 'conflict') {
        dismissError();
        setAsking({ segmentId, today: localDateOf(hostNow(), event.timeZone) });
      }
    },
    [dispatch, dismissError, event.timeZone],
  );
  const goLive = useCallback(
    (segmentId: string) => {
      const today = localDateOf(hostNow(), event.timeZone);
      if (offDayChoiceNeeded({ event, eventDateKeptOn }, today)) setAsking({ segmentId, today });
      else void send(segmentId);
    },
    [event, eventDateKeptOn, send],
  );
  const dialog = asking && (
    <OffDayDialog
      event={event}
      today={asking.today}
      onChoose={(choice) => {
        setAsking(null);
        void send(asking.segmentId, choice);
      }}
      onCancel={() => setAsking(null)}
    />
  );
  return { goLive, dialog };
}

export function RunOfShow({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const doc = useSession((s) => s.doc!);
  const dispatch = useSession((s) => s.dispatch);
  const readOnly = !useCanChange('runOfShow');
  const now = useNow('minute') as EpochMs;
  const schedule = useMemo(() => projectDay(doc, now), [doc, now]);
  const live = useMemo(() => liveSegment(doc), [doc]);
  const { goLive, dialog } = useGoLive(doc);
  return (
    <section className="run-of-show" aria-label={t('runOfShow.label')} data-area="runOfShow" tabIndex={-1} hidden={hidden}>
      <OtherDayNotice event={doc.event} now={now} />
      <DaySummary schedule={schedule} event={doc.event} liveSegment={live} parts={doc.parts} readOnly={readOnly} />
      {dialog}
      {doc.parts.length === 0 && <p className="empty">{t('runOfShow.noParts')}</p>}
      {doc.parts.map((part, i) => (
        <PartSection key={part.id} part={part} index={i} count={doc.parts.length} schedule={schedule} event={doc.event} readOnly={readOnly} onGoLive={goLive} />
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
