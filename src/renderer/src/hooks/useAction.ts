import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../api/client';

/**
 * An operator's action that talks to the main process: `busy` while it runs (buttons disable
 * and say so), its failure kept as words for the dialog to show, and a second click while it
 * runs ignored, so a double click cannot start it twice.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const run = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
