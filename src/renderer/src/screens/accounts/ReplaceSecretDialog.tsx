import { useState, type FormEvent } from 'react';
import type { ProfileView } from '../../../../shared/contract/accounts';
import { providers } from '../../../../shared/providers';
import { ApiError, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useAppStore } from '../../store';
import { SecretField } from './SecretField';

export function ReplaceSecretDialog({ profile, onClose }: { profile: ProfileView; onClose: () => void }) {
  const replaceSecret = useAppStore((s) => s.replaceSecret);
  const notify = useAppStore((s) => s.notify);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const descriptor = providers[profile.provider].secret;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!secret.trim()) {
      setError(`Enter the new ${descriptor.label.toLowerCase()}.`);
      return;
    }
    try {
      setBusy(true);
      await replaceSecret(profile.id, secret);
      notify('success', `Replaced the ${descriptor.label.toLowerCase()} of “${profile.label}”.`);
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? (err.forField('secret') ?? err.message) : errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Replace the ${descriptor.label.toLowerCase()} of “${profile.label}”`}
      description="The old value is overwritten in your OS keychain. It cannot be recovered from Switchboard."
      onClose={onClose}
      testId="replace-secret"
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <SecretField
          label={`New ${descriptor.label.toLowerCase()}`}
          help={descriptor.help}
          value={secret}
          onChange={setSecret}
          error={error}
          autoFocus
        />
        <footer className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Replace'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
