import type { StateCreator } from 'zustand';
import type { ClientApi } from '../../../shared/api';
import { api, errorMessage } from '../api/client';
import type { AppState } from './index';

type SystemInfo = Awaited<ReturnType<ClientApi['system']['info']>>;

export interface SystemSlice {
  system: { info: SystemInfo | null; error: string | null };
  loadSystem(): Promise<void>;
}

export const createSystemSlice: StateCreator<AppState, [], [], SystemSlice> = (set) => ({
  system: { info: null, error: null },
  loadSystem: async () => {
    try {
      set({ system: { info: await api().system.info(), error: null } });
    } catch (error) {
      set({ system: { info: null, error: errorMessage(error) } });
    }
  },
});
