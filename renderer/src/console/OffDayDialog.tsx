/**
 * Asked once before Go live on an event dated another day than today (in
 * its zone): move the event to today, keeping the times of day, or run
 * against the event date (figures on other days then carry their dates).
 * A modal dialog: the rest of the console waits, Escape cancels, and the
 * focus goes back where it was.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventInfo } from '../../../shared/run-of-show/model';
import type { OffDayChoice } from '../../../shared/run-of-show/commands';
import type { IsoDate } from '../../../shared/kernel/units';
import { longDate } from '../i18n/format';
import { ModalDialog } from '../ui/ModalDialog';

interface Props {
  event: EventInfo;
  today: IsoDate;
  onChoose(choice: OffDayChoice): void;
  onCancel(): void;
}

export function OffDayDialog({ event, today, onChoose, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <ModalDialog
      className="off-day-dialog"
      title={t('offDay.title')}
      description={t('offDay.text', { date: longDate(event.date, i18n.language), today: longDate(today, i18n.language), zone: event.timeZone })}
      onCancel={onCancel}
    >
      <div className="choices">
        <div className="choice">
          <button type="button" onClick={() => onChoose('moveToToday')} aria-describedby={`${id}-move`}>
            {t('offDay.move')}
          </button>
          <span id={`${id}-move`} className="hint">
            {t('offDay.moveHint')}
          </span>
        </div>
        <div className="choice">
          <button type="button" onClick={() => onChoose('keepEventDate')} aria-describedby={`${id}-keep`}>
            {t('offDay.keep')}
          </button>
          <span id={`${id}-keep`} className="hint">
            {t('offDay.keepHint')}
          </span>
        </div>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
