import { useEffect, useState } from 'react';
import type { ClientApi } from '../../../../shared/api';
import { providers } from '../../../../shared/providers';
import { api, errorMessage } from '../../api/client';
import { useAppStore } from '../../store';

type Status = Awaited<ReturnType<ClientApi['sandbox']['status']>>;

/** The built-in simulators: where they run, and a way to get the sandbox profiles back. */
export function SandboxSettings() {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const notify = useAppStore((s) => s.notify);
  const loadAccounts = useAppStore((s) => s.loadAccounts);

  useEffect(() => {
    api()
      .sandbox.status()
      .then(setStatus)
      .catch(() => setStatus(null));
  }, []);

  const restore = async () => {
    setBusy(true);
    try {
      const { added } = await api().sandbox.restoreProfiles();
      await loadAccounts();
      notify(
        'success',
        added === 0 ? 'All sandbox profiles are already there.' : `Added ${added} sandbox profile(s) under Accounts.`,
      );
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby="sandbox-heading">
      <h2 id="sandbox-heading">Sandbox</h2>
      <p className="muted">
        Sandbox profiles talk to simulators of Drop Cowboy, Octopush and Revicom that run inside Switchboard. Nothing reaches a
        real phone and nothing is charged.
      </p>
      <dl className="facts">
        <dt>Simulators</dt>
        <dd data-testid="sandbox-status">
          {status?.running
            ? status.simulators.map((s) => (
                <div key={s.provider}>
                  {providers[s.provider].name}: <code>{s.baseUrl}</code>
                </div>
              ))
            : 'Not running: they start the first time a sandbox profile is used.'}
        </dd>
      </dl>
      <button type="button" className="button" onClick={() => void restore()} disabled={busy}>
        {busy ? 'Adding…' : 'Restore sandbox profiles'}
      </button>
    </section>
  );
}
