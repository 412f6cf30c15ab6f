import type { ProfileKind } from '../../../shared/providers';

/** Sandbox and live must never be confused: different words, colours and border styles. */
export function KindBadge({ kind }: { kind: ProfileKind }) {
  return (
    <span
      className={`badge badge--${kind}`}
      title={kind === 'sandbox' ? 'Sandbox: nothing reaches a real phone' : 'Live: real sends, real cost'}
    >
      {kind === 'sandbox' ? 'Sandbox' : 'Live'}
    </span>
  );
}
