import { useState } from 'react';
import { api, errorMessage } from '../../api/client';

export type ConnectionState =
  { kind: 'idle' } | { kind: 'testing' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

/** The state of one profile's "Test connection", and the call that updates it. */
export function useConnectionTest(profileId: string): { state: ConnectionState; run: () => Promise<void> } {
  const [state, setState] = useState<ConnectionState>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'testing' });
    try {
      const report = await api().providers.testConnection({ profileId });
      setState({ kind: 'ok', text: `${report.summary} ${report.endpoint} answered in ${report.latencyMs} ms.` });
    } catch (error) {
      setState({ kind: 'error', text: errorMessage(error) });
    }
  };
  return { state, run };
}

/** The result line, announced to screen readers as it changes. */
export function ConnectionResult({ state }: { state: ConnectionState }) {
  return (
    <p className={`connection-result connection-result--${state.kind}`} role="status" data-testid="connection-result">
      {state.kind === 'ok' || state.kind === 'error' ? state.text : ''}
    </p>
  );
}
