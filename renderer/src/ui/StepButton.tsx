/**
 * An undo or redo button and, beside it, the step it would take ("Go live —
 * Opening of the conference"), which is also its description. The name
 * stays the button's own word, so it is found and announced the same way
 * whatever the step.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryLabel } from '../../../shared/session/history';
import { stepName } from '../i18n/format';

interface Props {
  label: string;
  step: HistoryLabel | null;
  disabled: boolean;
  keyShortcut: string;
  onClick(): void;
}

export function StepButton({ label, step, disabled, keyShortcut, onClick }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const name = step && stepName(t, step);
  return (
    <span className="history-control">
      <button type="button" onClick={onClick} disabled={disabled} aria-keyshortcuts={keyShortcut} aria-describedby={name ? id : undefined} title={name ? `${label}: ${name}` : undefined}>
        {label}
      </button>
      {name && (
        <span id={id} className="history-step">
          {name}
        </span>
      )}
    </span>
  );
}
