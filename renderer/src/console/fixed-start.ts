/**
 * A fixed-start warning in words (schedule.ts makes them): the plan misses
 * the fixed time, the day will miss it, or the slack before it is being
 * eaten. The same words in the row and in the day's summary.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleWarning, SegmentTimes } from '../../../shared/run-of-show/schedule';
import { useSession } from '../store';
import { agendaTime } from '../ui/time';
import { duration, gap } from '../i18n/format';

/** A miss of seconds is still a miss: say at least a minute, never "0 min". */
const atLeastAMinute = (ms: number) => Math.max(60_000, ms);

export function useFixedStartText(): (warning: ScheduleWarning, times: SegmentTimes) => string {
  const { t, i18n } = useTranslation();
  const event = useSession((s) => s.doc!.event);
  return useCallback(
    (warning, times) => {
      const at = (instant: number) => agendaTime(instant, event.timeZone, event.date, i18n.language);
      return t(`fixedStart.${warning.kind}`, {
        fixed: at(warning.hardStart),
        planned: at(times.plannedStart),
        expected: at(times.expectedStart),
        miss: gap(t, atLeastAMinute(warning.missMs)),
        left: duration(t, Math.max(0, warning.slackLeftMs)),
        slack: duration(t, warning.slackPlannedMs),
      });
    },
    [t, i18n.language, event.timeZone, event.date],
  );
}
