import { randomUUID } from 'node:crypto';
import keytar from 'keytar';
import { createKeytarStore } from '../../src/main/core/secrets/keytar-store';
import type { SecretStore } from '../../src/main/core/secrets/secret-store';

/**
 * A keychain "service" of its own for one test, on the real OS keychain (in CI: gnome-keyring
 * started by scripts/with-keyring.sh). `keytar` is exported so tests can look at the keychain
 * directly, around Switchboard's own code.
 */
export function testKeychain(): { service: string; store: SecretStore; keytar: typeof keytar; cleanup: () => Promise<void> } {
  const service = `Switchboard test ${randomUUID()}`;
  return {
    service,
    store: createKeytarStore({ service }),
    keytar,
    cleanup: async () => {
      for (const item of await keytar.findCredentials(service)) await keytar.deletePassword(service, item.account);
    },
  };
}
