import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra text under the title. */
  description?: ReactNode;
  tone?: 'default' | 'danger';
  testId?: string;
  /** For tables: a wider dialog. */
  wide?: boolean;
}

/**
 * A modal built on the native <dialog>: the browser gives it a focus trap, Escape to close and
 * an inert background. Render it only while open, so its form state starts fresh each time.
 */
export function Dialog({ title, onClose, children, description, tone = 'default', testId, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element (the close button); React does not put
      // autofocus in the DOM, so the control meant to start with focus carries data-autofocus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      // Give focus back to whatever opened the dialog, as keyboard users expect.
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${tone}${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {description && (
        <div id={descriptionId} className="dialog__description">
          {description}
        </div>
      )}
      {children}
    </dialog>
  );
}
