export function KeychainBanner({ reason, onRetry }: { reason: string; onRetry: () => void }) {
  return (
    <div className="banner banner--error" role="alert" data-testid="keychain-banner">
      <strong>The OS keychain is not available.</strong> {reason} Switchboard stores provider secrets only in the keychain and
      never in a file, so profiles cannot be added or used until it is back.{' '}
      <button type="button" className="button button--small" onClick={onRetry}>
        Check again
      </button>
    </div>
  );
}
