import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface Toast {
  id: number;
  tone: 'success' | 'error' | 'info';
  text: string;
}

export interface ToastSlice {
  toasts: Toast[];
  notify(tone: Toast['tone'], text: string): void;
  dismissToast(id: number): void;
}

let nextId = 1;
const TOAST_MS = 6000;

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => ({
  toasts: [],
  notify: (tone, text) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts, { id, tone, text }] }));
    // Errors stay until dismissed: an operator should not miss why something failed.
    if (tone !== 'error') setTimeout(() => get().dismissToast(id), TOAST_MS);
  },
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
});
