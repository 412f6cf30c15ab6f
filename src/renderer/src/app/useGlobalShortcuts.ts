import { useEffect } from 'react';
import { useAppStore } from '../store';
import { screens } from './screens';

/** Ctrl/⌘ + 1…6 opens a screen, unless a dialog is open (its own keys win). */
export function useGlobalShortcuts(): void {
  const go = useAppStore((s) => s.go);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (document.querySelector('dialog[open]')) return;
      const index = Number(event.key) - 1;
      const screen = screens[index];
      if (!screen) return;
      event.preventDefault();
      go(screen.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}
