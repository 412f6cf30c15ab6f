import type { StateCreator } from 'zustand';
import type { ScreenId } from '../app/screens';
import type { AppState } from './index';

export interface NavigationSlice {
  screen: ScreenId;
  go(screen: ScreenId): void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  screen: 'accounts',
  go: (screen) => set({ screen }),
});
