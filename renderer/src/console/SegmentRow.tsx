/**
 * One segment of the run-of-show: its times in every zone, status and
 * actions. The status buttons keep their places as the status changes (Go
 * live becomes Mark done in the same button), so the focus stays where the
 * chair clicked.
 */
import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store';
import { findShortcut } from '../../../shared/contract/shortcuts';
import { clockTime } from '../ui/time';
import { groupZonesByLocalTime } from '../../../shared/kernel/timezones';
import type { EventInfo, Segment, SegmentStatus } from '../../../shared/run-of-show/model';
import type { SegmentTimes } from '../../../shared/run-of-show/schedule';
import type { EpochMs } from '../../../shared/kernel/units';
import { SegmentEditor } from './SegmentEditor';
import { useSegmentDrag } from './drag';
import { drift, duration } from '../i18n/format';

/** "10:00–10:30", never broken across two lines (word joiners around the dash). */
const timeRange = (start: string, end: string) => `${start}\u2060–\u2060${end}`;

function OtherZones({ instant, event }: { instant: EpochMs; event: EventInfo }) {
  const venueTime = clockTime(instant, event.timeZone);
  const groups = groupZonesByLocalTime(instant, event.participantZones).filter((g) => g.time !== venueTime);
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
  event: EventInfo;
  readOnly: boolean;
}

/** The status buttons: the first moves the segment on (live / done), the second aside (skip / back to planned). */
function statusActions(status: SegmentStatus): [SegmentStatus | null, SegmentStatus | null] {
  const forward = status === 'live' ? 'done' : status === 'skipped' ? null : 'live';
  const aside = status === 'planned' ? 'skipped' : status === 'live' ? null : 'planned';
  return [forward, aside];
}

const STATUS_BUTTON = { live: 'segment.goLive', done: 'segment.markDone', skipped: 'segment.skip', planned: 'segment.reset' } as const;

function SegmentRowView({ segment, partId, index, count, times, event, readOnly }: RowProps) {
  const { t } = useTranslation();
  const dispatch = useSession((s) => s.dispatch);
  const [editing, setEditing] = useState(false);
  const drag = useSegmentDrag();
  const titleId = `segment-title-${segment.id}`;
  const zone = event.timeZone;
  const setStatus = (status: SegmentStatus) => void dispatch({ type: 'segment.setStatus', segmentId: segment.id, status });
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
        <span className="time-main" title={t('segment.expectedStart')}>
          {clockTime(times.expectedStart, zone)}
        </span>
        <OtherZones instant={times.expectedStart} event={event} />
        <span className="time-detail">
          {t('segment.planned', { range: timeRange(clockTime(times.plannedStart, zone), clockTime(times.plannedEnd, zone)) })}
          {segment.hardStart && <> · {t('segment.fixed', { time: segment.hardStart })}</>}
        </span>
        {started && (
          <span className="time-detail">
            {t('segment.actual', { range: timeRange(clockTime(times.actualStart!, zone), times.actualEnd !== null ? clockTime(times.actualEnd, zone) : t('segment.now')) })}
          </span>
        )}
        <span className="time-detail">{t('segment.expectedEnd', { time: clockTime(times.expectedEnd, zone) })}</span>
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
      </div>
      <div className="segment-side">
        <span className={`status-badge status-${segment.status}`}>{t(`segmentStatus.${segment.status}`)}</span>
        {segment.status !== 'skipped' && <span className={`drift ${late ? 'over' : 'under'}`}>{drift(t, times.driftMs)}</span>}
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

const minute = (t: number | null) => (t === null ? null : Math.floor(t / 60_000));

/** Times are shown to the minute, so rows compare them to the minute. */
function sameTimes(a: SegmentTimes, b: SegmentTimes): boolean {
  return (
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
    sameTimes(prev.times, next.times),
);
