import type { StateCreator } from 'zustand';
import type { ListView } from '../../../shared/contract/contacts';
import { api, errorMessage } from '../api/client';
import type { AppState } from './index';

export type ContactsView = { kind: 'list'; listId: number } | { kind: 'suppression' } | { kind: 'none' };

export interface ContactsSlice {
  contacts: {
    status: 'idle' | 'loading' | 'ready' | 'error';
    lists: ListView[];
    error: string | null;
    view: ContactsView;
    /** Bumped whenever contacts change, so open tables fetch again. */
    revision: number;
    /** The last default country chosen for phone numbers. */
    region: string;
  };
  loadLists(): Promise<void>;
  showList(listId: number): void;
  showSuppression(): void;
  contactsChanged(): Promise<void>;
  setRegion(region: string): void;
}

export const createContactsSlice: StateCreator<AppState, [], [], ContactsSlice> = (set, get) => {
  const patch = (next: Partial<ContactsSlice['contacts']>) => set((s) => ({ contacts: { ...s.contacts, ...next } }));
  return {
    contacts: { status: 'idle', lists: [], error: null, view: { kind: 'none' }, revision: 0, region: 'US' },
    loadLists: async () => {
      if (get().contacts.status !== 'ready') patch({ status: 'loading' });
      try {
        const lists = await api().contacts.lists();
        const view = get().contacts.view;
        // Keep the open list if it still exists; otherwise open the first one.
        const stillThere = view.kind === 'list' && lists.some((l) => l.id === view.listId);
        const next: ContactsView =
          view.kind === 'suppression' || stillThere ? view : lists[0] ? { kind: 'list', listId: lists[0].id } : { kind: 'none' };
        patch({ status: 'ready', lists, error: null, view: next });
      } catch (error) {
        patch({ status: 'error', error: errorMessage(error) });
      }
    },
    showList: (listId) => patch({ view: { kind: 'list', listId } }),
    showSuppression: () => patch({ view: { kind: 'suppression' } }),
    contactsChanged: async () => {
      patch({ revision: get().contacts.revision + 1 });
      await get().loadLists();
    },
    setRegion: (region) => patch({ region }),
  };
};
