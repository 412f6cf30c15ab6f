import { api } from './client';

/** Hands an export to the operator: a save dialog in the app, a download in a browser. */
export async function deliverDownload(download: { downloadId: string; suggestedName: string }): Promise<boolean> {
  const result = await api().platform.saveDownload(download.downloadId, download.suggestedName);
  return result.saved;
}
