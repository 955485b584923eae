/**
 * One segment of the run-of-show: its times in every zone, status and
 * actions. The status buttons keep their places as the status changes (Go
 * live becomes Mark done in the same button), so the focus stays where the
 * chair clicked. A segment that takes no time (skipped, not yet run, done
 * without running) shows no expected time, never one already past; a fixed
 * start in danger is said in the row; times on another day than the event
 * carry their date.
 */
import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { findShortcut } from '../../../shared/contract/shortcuts';
import { agendaTime, clockTime } from '../ui/time';
import { groupZonesByLocalTime } from '../../../shared/kernel/timezones';
import type { EventInfo, Segment, SegmentStatus } from '../../../shared/run-of-show/model';
import type { ScheduleWarning, SegmentTimes } from '../../../shared/run-of-show/schedule';
import type { EpochMs } from '../../../shared/kernel/units';
import { SegmentEditor } from './SegmentEditor';
import { useSegmentDrag } from './drag';
import { useFixedStartText } from './fixed-start';
import { drift, duration, placeName } from '../i18n/format';

/** Times are shown to the minute: rows compare them to the minute. */
const minute = (t: number | null) => (t === null ? null : Math.floor(t / 60_000));

/** "10:00–10:30", never broken across two lines (word joiners around the dash). */
const timeRange = (start: string, end: string) => `${start}\u2060–\u2060${end}`;

function OtherZones({ instant, event }: { instant: EpochMs; event: EventInfo }) {
  const { t } = useTranslation();
  const venueTime = clockTime(instant, event.timeZone);
  const zones = event.participantZones.map((zone) => ({ ...zone, label: placeName(t, zone.label) }));
  const groups = groupZonesByLocalTime(instant, zones).filter((g) => g.time !== venueTime);
  if (groups.length === 0) return null;
  return (
    <span className="other-zones">
      {groups.map((g) => (
        <span key={g.time}>
          {g.time} {g.labels.join(', ')}
        </span>
      ))}
    </span>
  );
}

interface RowProps {
  segment: Segment;
  partId: string;
  index: number;
  count: number;
  times: SegmentTimes;
  /** Its fixed start in danger, or null. */
  warning: ScheduleWarning | null;
  /** A plan has been published: the row says where it differs. */
  published: boolean;
  event: EventInfo;
  readOnly: boolean;
  /** Go live, through the run-of-show (which asks first on another day). */
  onGoLive(segmentId: string): void;
}

/** States in which a segment takes no time: they have no expected time to show. */
const TAKES_NO_TIME = new Set(['skipped', 'notYetRun']);

/** Where the current plan differs from the published one, to the minute. */
function PublishedDifference({ times, range }: { times: SegmentTimes; range: (start: number, end: number) => string }) {
  const { t } = useTranslation();
  if (times.published === null) return <span className="time-detail">{t('segment.addedSincePublished')}</span>;
  const same = minute(times.published.start) === minute(times.plannedStart) && minute(times.published.end) === minute(times.plannedEnd);
  return same ? null : <span className="time-detail">{t('segment.published', { range: range(times.published.start, times.published.end) })}</span>;
}

/** The status buttons: the first moves the segment on (live / done), the second aside (skip / back to planned). */
function statusActions(status: SegmentStatus): [SegmentStatus | null, SegmentStatus | null] {
  const forward = status === 'live' ? 'done' : status === 'skipped' ? null : 'live';
  const aside = status === 'planned' ? 'skipped' : status === 'live' ? null : 'planned';
  return [forward, aside];
}

const STATUS_BUTTON = { live: 'segment.goLive', done: 'segment.markDone', skipped: 'segment.skip', planned: 'segment.reset' } as const;

function SegmentRowView({ segment, partId, index, count, times, warning, published, event, readOnly, onGoLive }: RowProps) {
  const { t, i18n } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const fixedStartText = useFixedStartText();
  const [editing, setEditing] = useState(false);
  const drag = useSegmentDrag();
  const titleId = `segment-title-${segment.id}`;
  const zone = event.timeZone;
  const at = (instant: number) => agendaTime(instant, zone, event.date, i18n.language);
  const range = (start: number, end: number) => timeRange(at(start), at(end));
  const setStatus = (status: SegmentStatus) => (status === 'live' ? onGoLive(segment.id) : void dispatch({ type: 'segment.setStatus', segmentId: segment.id, status }));
  const move = (toIndex: number) => void dispatch({ type: 'segment.move', segmentId: segment.id, toPartId: partId, toIndex });
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || readOnly) return;
    const found = findShortcut(e, 'runOfShow');
    if (found?.shortcut.action !== 'moveSegment') return;
    const to = index + found.sign;
    if (to >= 0 && to < count) move(to);
    e.preventDefault();
  };
  const started = times.actualStart !== null;
  const late = times.driftMs >= 60_000;
  const takesTime = !TAKES_NO_TIME.has(times.state) && !(times.state === 'done' && !started);
  const fixed = segment.hardStart && (times.hardStart?.ambiguous ? t('segment.fixedTwice', { time: segment.hardStart }) : t('segment.fixed', { time: segment.hardStart }));

  return (
    <li
      className={`segment status-${segment.status} kind-${segment.kind}`}
      aria-labelledby={titleId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-keyshortcuts={readOnly ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
      {...(readOnly ? {} : drag.segmentDropProps(partId, index))}
    >
      {readOnly ? (
        <span />
      ) : (
        <span className="drag-handle" title={t('segment.dragHint')} aria-hidden="true" {...drag.handleProps(segment.id)}>
          ⠿
        </span>
      )}
      <div className="segment-time">
        {takesTime ? (
          <>
            <span className="time-main" title={t('segment.expectedStart')}>
              {at(times.expectedStart)}
            </span>
            <OtherZones instant={times.expectedStart} event={event} />
          </>
        ) : (
          <span className="time-main muted">{t('segment.noTime')}</span>
        )}
        <span className="time-detail">
          {t('segment.planned', { range: range(times.plannedStart, times.plannedEnd) })}
          {fixed && <> · {fixed}</>}
        </span>
        {published && <PublishedDifference times={times} range={range} />}
        {started && <span className="time-detail">{t('segment.actual', { range: timeRange(at(times.actualStart!), times.actualEnd !== null ? at(times.actualEnd) : t('segment.now')) })}</span>}
        {takesTime && <span className="time-detail">{t('segment.expectedEnd', { time: at(times.expectedEnd) })}</span>}
      </div>
      <div className="segment-body">
        <h3 id={titleId} className="segment-title">
          {segment.title}
        </h3>
        <p className="segment-meta">
          <span className="kind">{t(`segmentKind.${segment.kind}`)}</span> · <span>{duration(t, segment.plannedDurationMs)}</span>
          {segment.chair && <> · {segment.chair}</>}
          {segment.speakers.length > 0 && <> · {t('segment.speakers', { count: segment.speakers.length })}</>}
        </p>
        {segment.notes && <p className="segment-notes">{segment.notes}</p>}
        {warning && <p className={`fixed-warning${warning.kind === 'slackEaten' ? ' slack' : ''}`}>{fixedStartText(warning, times)}</p>}
      </div>
      <div className="segment-side">
        <span className={`status-badge status-${times.state === 'notYetRun' ? 'notYetRun' : segment.status}`}>{t(`segmentStatus.${times.state === 'notYetRun' ? 'notYetRun' : segment.status}`)}</span>
        {takesTime && <span className={`drift ${late ? 'over' : 'under'}`}>{drift(t, times.driftMs)}</span>}
        {!readOnly && (
          <div className="segment-actions">
            {statusActions(segment.status).map((to, slot) =>
              to === null ? null : (
                <button key={slot} type="button" onClick={() => setStatus(to)}>
                  {t(STATUS_BUTTON[to])}
                </button>
              ),
            )}
            <button type="button" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
              {t('common.edit')}
            </button>
            <button type="button" disabled={index === 0} onClick={() => move(index - 1)}>
              {t('segment.moveUp')}
            </button>
            <button type="button" disabled={index === count - 1} onClick={() => move(index + 1)}>
              {t('segment.moveDown')}
            </button>
            <button
              type="button"
              disabled={segment.status === 'live'}
              onClick={() => {
                if (window.confirm(t('segment.confirmDelete', { title: segment.title }))) void dispatch({ type: 'segment.delete', segmentId: segment.id });
              }}
            >
              {t('common.delete')}
            </button>
          </div>
        )}
      </div>
      {editing && !readOnly && (
        <div className="segment-editor-row">
          <SegmentEditor segment={segment} onClose={() => setEditing(false)} />
        </div>
      )}
    </li>
  );
}

const sameWarning = (a: ScheduleWarning | null, b: ScheduleWarning | null) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && minute(a.missMs) === minute(b.missMs) && minute(a.slackLeftMs) === minute(b.slackLeftMs) && a.hardStart === b.hardStart);

function sameTimes(a: SegmentTimes, b: SegmentTimes): boolean {
  return (
    a.state === b.state &&
    a.hardStart?.ambiguous === b.hardStart?.ambiguous &&
    minute(a.published?.start ?? null) === minute(b.published?.start ?? null) &&
    minute(a.published?.end ?? null) === minute(b.published?.end ?? null) &&
    (a.published === null) === (b.published === null) &&
    minute(a.expectedStart) === minute(b.expectedStart) &&
    minute(a.expectedEnd) === minute(b.expectedEnd) &&
    minute(a.plannedStart) === minute(b.plannedStart) &&
    minute(a.plannedEnd) === minute(b.plannedEnd) &&
    minute(a.actualStart) === minute(b.actualStart) &&
    minute(a.actualEnd) === minute(b.actualEnd) &&
    Math.round(a.driftMs / 60_000) === Math.round(b.driftMs / 60_000)
  );
}

/** Repaints only when this segment or its displayed times changed. */
export const SegmentRow = memo(
  SegmentRowView,
  (prev, next) =>
    prev.segment === next.segment &&
    prev.partId === next.partId &&
    prev.index === next.index &&
    prev.count === next.count &&
    prev.event === next.event &&
    prev.readOnly === next.readOnly &&
    prev.published === next.published &&
    prev.onGoLive === next.onGoLive &&
    sameWarning(prev.warning, next.warning) &&
    sameTimes(prev.times, next.times),
);
