import type { ProfileView } from '../../../../shared/contract/accounts';
import { providers } from '../../../../shared/providers';
import { KindBadge } from '../../components/KindBadge';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface ProfileCardProps {
  profile: ProfileView;
  onEdit: () => void;
  onReplaceSecret: () => void;
  onDelete: () => void;
}

export function ProfileCard({ profile, onEdit, onReplaceSecret, onDelete }: ProfileCardProps) {
  const provider = providers[profile.provider];
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
        <dt>Updated</dt>
        <dd>{dateFormat.format(new Date(profile.updatedAt))}</dd>
      </dl>
      <footer className="profile-card__actions">
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
    </article>
  );
}
