import type { StateCreator } from 'zustand';
import type { KeychainStatus, NewProfile, ProfileUpdate, ProfileView } from '../../../shared/contract/accounts';
import { api, errorMessage } from '../api/client';
import type { AppState } from './index';

export interface AccountsSlice {
  accounts: {
    status: 'idle' | 'loading' | 'ready' | 'error';
    profiles: ProfileView[];
    keychain: KeychainStatus | null;
    error: string | null;
  };
  loadAccounts(): Promise<void>;
  /** The mutations throw ApiError so forms can show field messages; the list is refreshed after. */
  addProfile(input: NewProfile): Promise<ProfileView>;
  updateProfile(input: ProfileUpdate): Promise<ProfileView>;
  replaceSecret(id: string, secret: string): Promise<ProfileView>;
  removeProfile(id: string): Promise<void>;
}

export const createAccountsSlice: StateCreator<AppState, [], [], AccountsSlice> = (set, get) => {
  const patch = (next: Partial<AccountsSlice['accounts']>) => set((s) => ({ accounts: { ...s.accounts, ...next } }));
  const afterChange = async <T>(result: T): Promise<T> => {
    await get().loadAccounts();
    return result;
  };

  return {
    accounts: { status: 'idle', profiles: [], keychain: null, error: null },
    loadAccounts: async () => {
      patch({ status: get().accounts.status === 'ready' ? 'ready' : 'loading' });
      try {
        const { profiles, keychain } = await api().accounts.list();
        patch({ status: 'ready', profiles, keychain, error: null });
      } catch (error) {
        patch({ status: 'error', error: errorMessage(error) });
      }
    },
    addProfile: async (input) => afterChange(await api().accounts.add(input)),
    updateProfile: async (input) => afterChange(await api().accounts.update(input)),
    replaceSecret: async (id, secret) => afterChange(await api().accounts.replaceSecret({ id, secret })),
    removeProfile: async (id) => {
      await api().accounts.remove({ id });
      await get().loadAccounts();
    },
  };
};
