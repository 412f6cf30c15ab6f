/**
 * Worker thread: one import, so the app's main thread stays free. It reads and normalises here and
 * writes through its own writer thread (run-import.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../errors';
import { importWithWriter } from './run-import';
import type { ImportPlan, ImportProgress, ImportSummary } from './types';

export interface ImportWorkerData {
  readonly plan: ImportPlan;
  readonly dbPath: string;
  readonly nativeBinding?: string | undefined;
}

export type FromImportWorker =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly summary: ImportSummary }
  | { readonly type: 'failed'; readonly code: string | null; readonly message: string };

const data = workerData as ImportWorkerData;
const controller = new AbortController();
parentPort?.on('message', (message: { type: 'cancel' }) => {
  if (message.type === 'cancel') controller.abort(new Error('cancelled'));
});

const send = (message: FromImportWorker) => parentPort?.postMessage(message);

importWithWriter(data.plan, data.dbPath, {
  signal: controller.signal,
  nativeBinding: data.nativeBinding,
  onProgress: (progress) => send({ type: 'progress', progress }),
})
  .then((summary) => send({ type: 'done', summary }))
  .catch((error: unknown) =>
    send({
      type: 'failed',
      code: isAppError(error) ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    }),
  )
  .finally(() => parentPort?.close());
