import type { ProfileView } from '../../../../shared/contract/accounts';
import { providers } from '../../../../shared/providers';
import { useAction } from '../../hooks/useAction';
import { Dialog } from '../../components/Dialog';
import { useAppStore } from '../../store';
import { ErrorBanner } from '../../components/ErrorBanner';

export function DeleteProfileDialog({ profile, onClose }: { profile: ProfileView; onClose: () => void }) {
  const removeProfile = useAppStore((s) => s.removeProfile);
  const notify = useAppStore((s) => s.notify);
  const { busy, error, run } = useAction();

  const confirm = () =>
    run(async () => {
      await removeProfile(profile.id);
      notify('success', `Deleted “${profile.label}” and its keychain item.`);
      onClose();
    });

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
      <ErrorBanner message={error} />
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
