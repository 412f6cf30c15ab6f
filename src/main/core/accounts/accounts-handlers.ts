import type { Contract } from '../../../shared/contract';
import type { HandlersOf } from '../ipc/dispatcher';
import type { ProfileService } from './profile-service';

export function accountsHandlers(profiles: ProfileService): HandlersOf<Contract>['accounts'] {
  return {
    list: () => profiles.list(),
    add: (input) => profiles.add(input),
    update: (input) => profiles.update(input),
    replaceSecret: ({ id, secret }) => profiles.replaceSecret(id, secret),
    remove: ({ id }) => profiles.remove(id),
  };
}
