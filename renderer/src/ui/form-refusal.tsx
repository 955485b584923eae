/**
 * A form's refusal from the host, shown where the user typed: the control
 * the refusal names gets the focus (in a list typed one item per line, the
 * item's line is selected), is marked invalid and described by the
 * message in plain words (refusals.ts); the global banner is dismissed, so
 * the message is said once, here.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispatchResult } from '../../../shared/contract/api';
import type { CommandError } from '../../../shared/kernel/errors';
import { useSession } from '../store';
import { fieldTarget, refusalText } from './refusals';

/** Selects the n-th item (1-based) of a list typed one per line; blank lines are not items, as the forms read them. */
function selectItem(field: HTMLTextAreaElement, item: number): void {
  let start = 0;
  let seen = 0;
  for (const line of field.value.split('\n')) {
    if (line.trim() !== '' && ++seen === item) {
      field.setSelectionRange(start, start + line.length);
      return;
    }
    start += line.length + 1;
  }
}

function focusControl(form: HTMLFormElement, error: CommandError): string | null {
  const target = fieldTarget(error.field);
  const element = target === null ? null : form.elements.namedItem(target.control);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) return null;
  element.focus();
  if (element instanceof HTMLTextAreaElement && target!.line !== null) selectItem(element, target!.line);
  else if (element instanceof HTMLInputElement) element.select();
  return target!.control;
}

export interface FormRefusal {
  /** Call with the form and the host's answer; true when it was accepted. */
  settle(form: HTMLFormElement, result: DispatchResult): boolean;
  /** Props for a control: invalid and described by the message while the refusal names it, else described by its hint. */
  describe(control: string, hintId?: string): { 'aria-invalid'?: true; 'aria-describedby'?: string };
  /** The message, to place in the form. */
  message: ReactNode;
}

export function useFormRefusal(): FormRefusal {
  const { t } = useTranslation();
  const dismissError = useSession((s) => s.dismissError);
  const [refusal, setRefusal] = useState<{ control: string | null; text: string } | null>(null);
  const id = useId();
  return {
    settle(form, result) {
      if (result.ok) {
        setRefusal(null);
        return true;
      }
      setRefusal({ control: focusControl(form, result.error), text: refusalText(t, result.error) });
      dismissError();
      return false;
    },
    describe(control, hintId) {
      const named = refusal !== null && refusal.control === control;
      const describedBy = [named ? id : null, hintId ?? null].filter((v) => v !== null).join(' ');
      return { ...(named ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
    },
    message: refusal && (
      <p id={id} className="field-error" role="alert">
        {refusal.text}
      </p>
    ),
  };
}
