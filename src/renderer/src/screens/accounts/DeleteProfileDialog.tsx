import { useState } from 'react';
import type { ProfileView } from '../../../../shared/contract/accounts';
import { providers } from '../../../../shared/providers';
import { errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useAppStore } from '../../store';

export function DeleteProfileDialog({ profile, onClose }: { profile: ProfileView; onClose: () => void }) {
  const removeProfile = useAppStore((s) => s.removeProfile);
  const notify = useAppStore((s) => s.notify);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    try {
      setBusy(true);
      await removeProfile(profile.id);
      notify('success', `Deleted “${profile.label}” and its keychain item.`);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Delete “${profile.label}”?`}
      tone="danger"
      onClose={onClose}
      testId="delete-profile"
      description={
        <p>
          This removes the {providers[profile.provider].name} profile and deletes its{' '}
          {providers[profile.provider].secret.label.toLowerCase()} from your OS keychain. To use this account again you will need
          to enter the secret again.
        </p>
      }
    >
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      <footer className="dialog__actions">
        {/* Cancel comes first and takes focus: Enter on an open dialog must not delete. */}
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={busy}>
          {busy ? 'Deleting…' : 'Delete profile'}
        </button>
      </footer>
    </Dialog>
  );
}
