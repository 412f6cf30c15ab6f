/**
 * Renderer state: view state and the results of calls to main, in slices (zustand's slices
 * pattern). Business rules live in main; components read narrow selectors.
 */
import { create } from 'zustand';
import { createAccountsSlice, type AccountsSlice } from './accounts-slice';
import { createContactsSlice, type ContactsSlice } from './contacts-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createSystemSlice, type SystemSlice } from './system-slice';
import { createToastSlice, type ToastSlice } from './toast-slice';

export type AppState = NavigationSlice & AccountsSlice & ContactsSlice & SystemSlice & ToastSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createNavigationSlice(...a),
  ...createAccountsSlice(...a),
  ...createContactsSlice(...a),
  ...createSystemSlice(...a),
  ...createToastSlice(...a),
}));
