import type { ProfileView } from '../../../../shared/contract/accounts';
import { providers } from '../../../../shared/providers';
import { KindBadge } from '../../components/KindBadge';
import { ConnectionResult, useConnectionTest } from './ConnectionTest';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface ProfileCardProps {
  profile: ProfileView;
  onResources: () => void;
  onEdit: () => void;
  onReplaceSecret: () => void;
  onDelete: () => void;
}

export function ProfileCard({ profile, onResources, onEdit, onReplaceSecret, onDelete }: ProfileCardProps) {
  const provider = providers[profile.provider];
  const connection = useConnectionTest(profile.id);
  return (
    <article
      className={`profile-card profile-card--${profile.kind}`}
      aria-label={`${profile.label} (${provider.name})`}
      data-testid="profile-card"
    >
      <header className="profile-card__header">
        <h3>{profile.label}</h3>
        <KindBadge kind={profile.kind} />
      </header>
      <dl className="profile-card__facts">
        {provider.identifier && (
          <>
            <dt>{provider.identifier.label}</dt>
            <dd>{profile.identifier}</dd>
          </>
        )}
        <dt>{provider.secret.label}</dt>
        <dd data-testid="secret-state">
          {profile.secret.configured ? (
            <>
              <span className="mono">{profile.secret.hint}</span> <span className="muted">in OS keychain</span>
            </>
          ) : (
            <span className="warning-text">Missing from the keychain: replace it to use this profile.</span>
          )}
        </dd>
        <dt>Sends to</dt>
        <dd className={profile.kind === 'sandbox' ? 'sandbox-text' : undefined} data-testid="endpoint">
          {profile.endpoint}
        </dd>
        <dt>Updated</dt>
        <dd>{dateFormat.format(new Date(profile.updatedAt))}</dd>
      </dl>
      <footer className="profile-card__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => void connection.run()}
          disabled={connection.state.kind === 'testing'}
          aria-label={`Test connection of ${profile.label}`}
        >
          {connection.state.kind === 'testing' ? 'Testing…' : 'Test connection'}
        </button>
        <button type="button" className="button button--small" onClick={onResources} aria-label={`Resources of ${profile.label}`}>
          Resources
        </button>
        <button type="button" className="button button--small" onClick={onEdit} aria-label={`Edit ${profile.label}`}>
          Edit
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={onReplaceSecret}
          aria-label={`Replace secret of ${profile.label}`}
        >
          Replace secret
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={onDelete}
          aria-label={`Delete ${profile.label}`}
        >
          Delete
        </button>
      </footer>
      <ConnectionResult state={connection.state} />
    </article>
  );
}
