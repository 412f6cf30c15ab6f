import { useEffect, useRef, useState } from 'react';
import type { ContactQuery, ExportProgress } from '../../../../shared/contract/contacts';
import { api, errorMessage } from '../../api/client';
import { deliverDownload } from '../../api/download';
import { useAppStore } from '../../store';
import { number } from './import-labels';

const POLL_MS = 250;

/**
 * Exports a list (or the matching part of it) to CSV. A million rows take seconds, so the export
 * carries an id of our choosing and its progress is polled for a progress bar while it runs.
 */
export function useListExport() {
  const notify = useAppStore((s) => s.notify);
  const [exporting, setExporting] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stopPolling, []);

  const start = async (query: ContactQuery) => {
    if (exporting) return;
    const exportId = crypto.randomUUID();
    setExporting(true);
    setProgress(null);
    timer.current = setInterval(() => {
      api()
        .contacts.exportProgress({ exportId })
        .then((next) => next && setProgress(next))
        .catch(() => undefined); // the export's own answer reports any failure
    }, POLL_MS);
    try {
      const download = await api().contacts.exportList({ query, exportId });
      stopPolling();
      if (await deliverDownload(download)) notify('success', `Exported ${number(download.rows)} contacts.`);
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      stopPolling();
      setExporting(false);
      setProgress(null);
    }
  };
  return { exporting, progress, start };
}
