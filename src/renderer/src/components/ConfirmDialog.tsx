import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/client';
import { Dialog } from './Dialog';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} tone={tone} onClose={onClose} description={children} testId={testId}>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
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
