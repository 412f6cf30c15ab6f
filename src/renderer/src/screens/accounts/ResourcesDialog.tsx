import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ProfileView } from '../../../../shared/contract/accounts';
import type { ResourceResult } from '../../../../shared/contract/providers';
import { providerResources, providers, resourceLabels, type ResourceKind } from '../../../../shared/providers';
import { api, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { KindBadge } from '../../components/KindBadge';
import { ResourceTable } from './ResourceTable';

type Load = { kind: 'loading' } | { kind: 'ready'; result: ResourceResult } | { kind: 'error'; message: string };

/** Browse a profile's brands, recordings, media, pools, voices and balance, one tab each. */
export function ResourcesDialog({ profile, onClose }: { profile: ProfileView; onClose: () => void }) {
  const tabs = providerResources[profile.provider];
  const [active, setActive] = useState<ResourceKind>(tabs[0]!);
  // Each tab is fetched once when first opened, and kept while the dialog is open.
  const [loads, setLoads] = useState<Partial<Record<ResourceKind, Load>>>({});
  const load: Load = loads[active] ?? { kind: 'loading' };
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const requested = useRef(new Set<ResourceKind>());
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (requested.current.has(active)) return;
    requested.current.add(active);
    const settle = (next: Load) => setLoads((all) => ({ ...all, [active]: next }));
    api()
      .providers.resource({ profileId: profile.id, resource: active })
      .then((result) => settle({ kind: 'ready', result }))
      .catch((error: unknown) => settle({ kind: 'error', message: errorMessage(error) }));
  }, [profile.id, active, attempt]);

  const retry = () => {
    requested.current.delete(active);
    setLoads((all) => ({ ...all, [active]: undefined }));
    setAttempt((n) => n + 1);
  };

  // Arrow keys move between tabs, as in any tab strip.
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    setActive(tabs[next]!);
    tabRefs.current[next]?.focus();
  };

  return (
    <Dialog
      title={`${providers[profile.provider].name} resources`}
      description={
        <p>
          {profile.label} <KindBadge kind={profile.kind} />
        </p>
      }
      onClose={onClose}
      testId="resources"
      wide
    >
      <div className="tabs" role="tablist" aria-label="Resources">
        {tabs.map((tab, index) => (
          <button
            key={tab}
            ref={(el) => {
              tabRefs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls="resource-panel"
            tabIndex={tab === active ? 0 : -1}
            className={`tab${tab === active ? ' tab--active' : ''}`}
            onClick={() => setActive(tab)}
            onKeyDown={(e) => onKeyDown(e, index)}
            data-autofocus={index === 0 ? true : undefined}
          >
            {resourceLabels[tab]}
          </button>
        ))}
      </div>
      <div
        id="resource-panel"
        role="tabpanel"
        aria-labelledby={`tab-${active}`}
        className="tab-panel"
        aria-busy={load.kind === 'loading'}
      >
        {load.kind === 'loading' && <p className="muted">Loading {resourceLabels[active].toLowerCase()}…</p>}
        {load.kind === 'error' && (
          <p className="banner banner--error" role="alert">
            {load.message}{' '}
            <button type="button" className="button button--small" onClick={retry}>
              Try again
            </button>
          </p>
        )}
        {load.kind === 'ready' && <ResourceTable result={load.result} />}
      </div>
    </Dialog>
  );
}
