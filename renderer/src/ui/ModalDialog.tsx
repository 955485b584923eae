/**
 * A modal <dialog> opened while it is mounted: the rest of the console
 * waits, Escape calls onCancel (the caller unmounts it), and the browser
 * gives the focus back where it was. Named by its heading and described by
 * its first text: pass them as `title` and `description`, rendered with the
 * ids the dialog points at.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  className: string;
  title: ReactNode;
  description: ReactNode;
  onCancel(): void;
  children: ReactNode;
}

export function ModalDialog({ className, title, description, onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{description}</p>
      {children}
    </dialog>
  );
}
