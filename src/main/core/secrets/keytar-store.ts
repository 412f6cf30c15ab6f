/**
 * SecretStore backed by the OS keychain through keytar: macOS Keychain, Windows Credential
 * Manager, or the Secret Service (GNOME Keyring, KWallet) on Linux. keytar is N-API, so one
 * build loads in Node and in Electron.
 */
import type * as KeytarModule from 'keytar';
import type { KeychainStatus } from '../../../shared/contract/accounts';
import { AppError } from '../errors';
import type { SecretStore } from './secret-store';

type Keytar = typeof KeytarModule;

export const DEFAULT_KEYCHAIN_SERVICE = 'Switchboard';

export interface KeytarStoreOptions {
  /** The keychain "service" all items are filed under. Tests use their own. */
  service?: string;
  /** Loads keytar; replaceable so a missing native module can be simulated. */
  load?: () => Promise<Keytar>;
}

const loadKeytar = async (): Promise<Keytar> => {
  const mod = (await import('keytar')) as Keytar & { default?: Keytar };
  return mod.default ?? mod;
};

export function explainKeychainFailure(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/D-Bus|dbus|org\.freedesktop\.secrets|Secret Service/i.test(raw)) {
    return `No keyring service is running (${raw}). Start GNOME Keyring or KWallet, or log in to a desktop session, then try again.`;
  }
  if (/locked|cancel|dismiss|denied|not allowed/i.test(raw)) {
    return `The keychain refused access (${raw}). Unlock it and allow Switchboard, then try again.`;
  }
  return `The OS keychain could not be used (${raw}).`;
}

export function createKeytarStore(options: KeytarStoreOptions = {}): SecretStore {
  const service = options.service ?? DEFAULT_KEYCHAIN_SERVICE;
  const load = options.load ?? loadKeytar;
  let loading: Promise<Keytar> | null = null;
  // A failed load is forgotten so the next call tries again: the user may start their keyring.
  const keytar = (): Promise<Keytar> =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));

  async function call<T>(op: (k: Keytar) => Promise<T>): Promise<T> {
    try {
      return await op(await keytar());
    } catch (error) {
      throw new AppError(
        'keychain_unavailable',
        `${explainKeychainFailure(error)} Switchboard keeps provider secrets only in the OS keychain, never in a file, so this step was not done.`,
      );
    }
  }

  const store: SecretStore = {
    backend: 'OS keychain',
    async status(): Promise<KeychainStatus> {
      try {
        await store.keys();
        return { available: true, backend: store.backend };
      } catch (error) {
        return { available: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
    read: (key) => call((k) => k.getPassword(service, key)),
    write: (key, secret) => call((k) => k.setPassword(service, key, secret)),
    remove: (key) => call((k) => k.deletePassword(service, key)),
    keys: () => call(async (k) => (await k.findCredentials(service)).map((c) => c.account)),
  };
  return store;
}
