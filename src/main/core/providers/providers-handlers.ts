import type { Contract } from '../../../shared/contract';
import { providerIds } from '../../../shared/providers';
import type { HandlersOf } from '../ipc/dispatcher';
import type { ProfileService } from '../accounts/profile-service';
import type { SandboxHost } from '../sandbox/sandbox-host';
import { restoreSandboxProfiles } from '../sandbox/sandbox-profiles';
import { testConnection } from './connection-test';
import type { ProviderClients } from './provider-clients';
import { fetchResource } from './resources';

export function providersHandlers(clients: ProviderClients): HandlersOf<Contract>['providers'] {
  return {
    testConnection: ({ profileId }) => testConnection(clients, profileId),
    resource: ({ profileId, resource }) => fetchResource(clients, profileId, resource),
  };
}

export function sandboxHandlers(sandbox: SandboxHost, profiles: ProfileService): HandlersOf<Contract>['sandbox'] {
  return {
    status: () => {
      const running = sandbox.running();
      return {
        running: running !== null,
        simulators: running ? providerIds.map((provider) => ({ provider, baseUrl: running[provider] })) : [],
      };
    },
    restoreProfiles: async () => ({ added: await restoreSandboxProfiles(profiles) }),
  };
}
