import { useState } from 'react';
import type { ProfileView } from '../../../../shared/contract/accounts';
import { providerIds, providers } from '../../../../shared/providers';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useAppStore } from '../../store';
import { DeleteProfileDialog } from './DeleteProfileDialog';
import { KeychainBanner } from './KeychainBanner';
import { ProfileCard } from './ProfileCard';
import { ProfileFormDialog } from './ProfileFormDialog';
import { ReplaceSecretDialog } from './ReplaceSecretDialog';
import { ResourcesDialog } from './ResourcesDialog';

type Open =
  | { kind: 'none' }
  | { kind: 'add' }
  | { kind: 'resources'; profile: ProfileView }
  | { kind: 'edit'; profile: ProfileView }
  | { kind: 'secret'; profile: ProfileView }
  | { kind: 'delete'; profile: ProfileView };

export function AccountsScreen() {
  const accounts = useAppStore((s) => s.accounts);
  const loadAccounts = useAppStore((s) => s.loadAccounts);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = () => setOpen({ kind: 'none' });
  const keychainDown = accounts.keychain?.available === false;

  const addButton = (
    <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'add' })}>
      Add profile
    </button>
  );

  return (
    <>
      <ScreenHeader
        title="Accounts"
        summary="Provider profiles. Secrets are kept in your operating system’s keychain; Switchboard only ever shows a masked hint."
        actions={accounts.profiles.length > 0 ? addButton : undefined}
      />
      {accounts.keychain && !accounts.keychain.available && (
        <KeychainBanner reason={accounts.keychain.reason} onRetry={() => void loadAccounts()} />
      )}
      {accounts.status === 'error' && (
        <p className="banner banner--error" role="alert">
          Could not load profiles: {accounts.error}{' '}
          <button type="button" className="button button--small" onClick={() => void loadAccounts()}>
            Try again
          </button>
        </p>
      )}
      {accounts.status === 'ready' && accounts.profiles.length === 0 && (
        <EmptyState title="No provider profiles yet" action={addButton}>
          <p>
            A profile holds the credentials for one provider account: Drop Cowboy (ringless voicemail and SMS), Octopush (voice
            SMS) or Revicom (voice codes). You can keep several per provider, and mark each as sandbox or live.
          </p>
          {keychainDown && <p>Adding a profile needs the keychain (see above).</p>}
        </EmptyState>
      )}
      {providerIds.map((provider) => {
        const list = accounts.profiles.filter((p) => p.provider === provider);
        if (list.length === 0) return null;
        return (
          <section key={provider} className="provider-group" aria-labelledby={`group-${provider}`}>
            <h2 id={`group-${provider}`}>
              {providers[provider].name} <span className="muted">· {providers[provider].offers}</span>
            </h2>
            <ul className="profile-list">
              {list.map((profile) => (
                <li key={profile.id}>
                  <ProfileCard
                    profile={profile}
                    onResources={() => setOpen({ kind: 'resources', profile })}
                    onEdit={() => setOpen({ kind: 'edit', profile })}
                    onReplaceSecret={() => setOpen({ kind: 'secret', profile })}
                    onDelete={() => setOpen({ kind: 'delete', profile })}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {open.kind === 'add' && <ProfileFormDialog mode={{ kind: 'add' }} onClose={close} />}
      {open.kind === 'edit' && <ProfileFormDialog mode={{ kind: 'edit', profile: open.profile }} onClose={close} />}
      {open.kind === 'resources' && <ResourcesDialog profile={open.profile} onClose={close} />}
      {open.kind === 'secret' && <ReplaceSecretDialog profile={open.profile} onClose={close} />}
      {open.kind === 'delete' && <DeleteProfileDialog profile={open.profile} onClose={close} />}
    </>
  );
}
