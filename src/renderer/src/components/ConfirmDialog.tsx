import type { ReactNode } from 'react';
import { useAction } from '../hooks/useAction';
import { Dialog } from './Dialog';
import { ErrorBanner } from './ErrorBanner';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  tone?: 'default' | 'danger';
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
}

/** "Are you sure?" with Cancel focused first, so Enter never destroys anything by accident. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  tone = 'danger',
  onConfirm,
  onClose,
  testId,
}: ConfirmDialogProps) {
  const { busy, error, run } = useAction();
  const confirm = () =>
    run(async () => {
      await onConfirm();
      onClose();
    });
  return (
    <Dialog title={title} tone={tone} onClose={onClose} description={children} testId={testId}>
      <ErrorBanner message={error} />
      <footer className="dialog__actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button
          type="button"
          className={`button ${tone === 'danger' ? 'button--danger' : 'button--primary'}`}
          onClick={() => void confirm()}
          disabled={busy}
        >
          {busy ? (busyLabel ?? 'Working…') : confirmLabel}
        </button>
      </footer>
    </Dialog>
  );
}
