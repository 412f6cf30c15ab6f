import type { Contract } from '../../../shared/contract';
import type { HandlersOf } from '../ipc/dispatcher';
import type { SecretStore } from '../secrets/secret-store';

export interface SystemInfoDeps {
  version: string;
  dataDir: string;
  platform: string;
  secrets: SecretStore;
}

export function systemHandlers(deps: SystemInfoDeps): HandlersOf<Contract>['system'] {
  return {
    info: async () => ({
      version: deps.version,
      dataDir: deps.dataDir,
      platform: deps.platform,
      keychain: await deps.secrets.status(),
    }),
  };
}
