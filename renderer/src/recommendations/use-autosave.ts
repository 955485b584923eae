/**
 * Saving text while it is typed: a save about a second after the last
 * keystroke, and at once on blur, when the page is hidden or closed, and
 * when the field goes away, so that nothing typed is lost to a closed
 * window. Saves still on their way to the host can be awaited (before an
 * export, so that it holds what was just typed).
 *
 * While the host can not be reached, nothing is sent and the latest text is
 * kept; the moment the connection is back it is sent (at once, not after
 * the delay), and a save that was lost on the way is sent again. The same
 * for a save the host's disk refused (full, read-only): it is sent again
 * the moment the host can save again (HostMeta.storage). Saves are
 * of the whole text, so sending one twice changes nothing: what the user
 * sees is what the host ends up with, never less and never twice.
 */
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { DispatchResult } from '../../../shared/contract/api';
import { useSession } from '../store';

export const AUTOSAVE_DELAY_MS = 800;

const inFlight = new Set<Promise<unknown>>();

/** Resolves once every save already started has been answered. */
export async function settleAutosaves(): Promise<void> {
  await Promise.allSettled([...inFlight]);
}

export interface Autosave {
  /** Saves `value` after the delay, unless another value comes first. */
  schedule(value: string): void;
  /** Saves the scheduled value now; true once nothing is left to save (false while the host is away). */
  flush(): Promise<boolean>;
  /** Drops the scheduled value. */
  cancel(): void;
}

export function useAutosave(save: (value: string) => Promise<DispatchResult>, delayMs = AUTOSAVE_DELAY_MS): Autosave {
  const saveRef = useRef(save);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    saveRef.current = save;
  });
  const autosave = useMemo<Autosave>(() => {
    const cancel = () => {
      clearTimeout(timer.current);
      pending.current = null;
    };
    const flush = async () => {
      clearTimeout(timer.current);
      const value = pending.current;
      if (value === null) return true;
      if (useSession.getState().connection !== 'open') return false;
      pending.current = null;
      const saving = saveRef.current(value);
      inFlight.add(saving);
      const result = await saving.finally(() => inFlight.delete(saving));
      // Lost on the way, or refused by the disk: keep it for later, unless newer text is already waiting.
      const retry = !result.ok && (result.error.code === 'unreachable' || result.error.code === 'not-saved');
      if (retry && pending.current === null) pending.current = value;
      return pending.current === null;
    };
    const schedule = (value: string) => {
      pending.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    };
    return { schedule, flush, cancel };
  }, [delayMs]);
  useEffect(
    () =>
      useSession.subscribe((state, previous) => {
        const reconnected = state.connection === 'open' && previous.connection !== 'open';
        const savingAgain = state.meta?.storage.ok === true && previous.meta?.storage.ok === false;
        if (reconnected || savingAgain) void autosave.flush();
      }),
    [autosave],
  );
  useEffect(() => {
    const flushNow = () => void autosave.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      flushNow();
    };
  }, [autosave]);
  return autosave;
}

/**
 * Props for a text field bound to a host value: while the user edits, the
 * field shows their text and saves it as they type; once saved and left,
 * it shows the host's value again (which then holds that text).
 */
export function useAutosavedText(hostValue: string, save: (value: string) => Promise<DispatchResult>) {
  const [edit, setEdit] = useState<string | null>(null);
  const autosave = useAutosave(save);
  return {
    value: edit ?? hostValue,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setEdit(e.target.value);
      autosave.schedule(e.target.value);
    },
    // Back to the host's value only once it holds this text: while the host is away the field keeps showing it.
    onBlur: () => void autosave.flush().then((saved) => saved && setEdit(null)),
  };
}
