import { useEffect } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useAppStore } from '../../store';
import { SandboxSettings } from './SandboxSettings';
import { ErrorBanner } from '../../components/ErrorBanner';

export function SettingsScreen() {
  const system = useAppStore((s) => s.system);
  const loadSystem = useAppStore((s) => s.loadSystem);
  useEffect(() => void loadSystem(), [loadSystem]);
  const info = system.info;

  return (
    <>
      <ScreenHeader title="Settings" summary="Where Switchboard keeps its data, and how it protects your credentials." />
      <ErrorBanner message={system.error} />
      {info && (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Data folder</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
          <dt>Platform</dt>
          <dd>{info.platform}</dd>
          <dt>Credentials</dt>
          <dd>
            {info.keychain.available
              ? `Kept in the ${info.keychain.backend}. Switchboard never writes a secret to its data folder.`
              : `Keychain not available: ${info.keychain.reason}`}
          </dd>
          <dt>Theme</dt>
          <dd>Follows your system’s light or dark setting.</dd>
        </dl>
      )}
      <SandboxSettings />
    </>
  );
}
