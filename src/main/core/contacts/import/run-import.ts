/**
 * Runs an import: the reading stage here, the writing stage either here too (small files, tests)
 * or on a writer thread, so reading and normalising overlap with SQLite's work on two cores.
 */
import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../errors';
import type { Db } from '../../storage/database';
import { startWorker } from '../../workers/worker-script';
import { packBatch, transferList } from './batch-transfer';
import { startPersist } from './persist';
import { prepareRows, type PreparedBatch } from './prepare';
import type { ImportPlan, ImportProgress, ImportSummary } from './types';
import type { FromWriter, ToWriter } from './writer-protocol';

export interface RunOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly now?: Date;
}

const MAX_BATCHES_IN_FLIGHT = 8;

function cancelled(signal: AbortSignal | undefined): AppError | null {
  return signal?.aborted ? new AppError('conflict', 'Import cancelled; the list is as it was.') : null;
}

/** Both stages on this thread. */
export async function importInline(plan: ImportPlan, db: Db, options: RunOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const persister = startPersist(db, plan, options.now);
  try {
    const counts = await prepareRows(plan, (batch) => persister.apply(batch), {
      signal: options.signal,
      onProgress: options.onProgress,
      totalBytes: statSync(plan.path).size,
    });
    const stop = cancelled(options.signal);
    if (stop) throw stop;
    return persister.finish(counts, Date.now() - started);
  } catch (error) {
    persister.abort();
    throw cancelled(options.signal) ?? error;
  }
}

/** Reading here, writing on a worker thread with its own connection to `dbPath`. */
export async function importWithWriter(
  plan: ImportPlan,
  dbPath: string,
  options: RunOptions & { nativeBinding?: string } = {},
): Promise<ImportSummary> {
  const started = Date.now();
  const worker: Worker = startWorker('writer-worker');
  const inbox: FromWriter[] = [];
  let notify: (() => void) | null = null;
  let writerError: Error | null = null;
  worker.on('message', (message: FromWriter) => {
    inbox.push(message);
    notify?.();
  });
  worker.on('error', (error) => {
    writerError = error;
    notify?.();
  });
  const post = (message: ToWriter) => worker.postMessage(message);
  let finished = false;

  /** The next message from the writer (acks, answers, errors). */
  const next = async (): Promise<FromWriter> => {
    while (inbox.length === 0) {
      if (writerError) throw writerError;
      await new Promise<void>((resolve) => (notify = resolve));
      notify = null;
    }
    const message = inbox.shift()!;
    if (message.type === 'error') throw message.code ? new AppError(message.code, message.message) : new Error(message.message);
    return message;
  };

  try {
    const expectedRows = Math.ceil(statSync(plan.path).size / 70);
    post({
      type: 'start',
      dbPath,
      plan: { ...plan, expectedRows },
      nativeBinding: options.nativeBinding,
      now: (options.now ?? new Date()).toISOString(),
    });
    await next();
    let inFlight = 0;
    const counts = await prepareRows(
      plan,
      async (batch: PreparedBatch) => {
        const packed = packBatch(batch);
        worker.postMessage({ type: 'batch', batch: packed } satisfies ToWriter, transferList(packed));
        inFlight++;
        while (inFlight >= MAX_BATCHES_IN_FLIGHT) {
          await next();
          inFlight--;
        }
      },
      {
        signal: options.signal,
        onProgress: options.onProgress,
        totalBytes: statSync(plan.path).size,
        // The writer has nothing queued: let it normalise this batch itself rather than wait.
        normalizeHere: () => inFlight >= 3,
      },
    );
    const stop = cancelled(options.signal);
    if (stop) throw stop;
    post({ type: 'finish', counts, elapsedMs: 0 });
    for (;;) {
      const message = await next();
      if (message.type === 'done') {
        // The writer checkpoints and closes after answering, then leaves on its own.
        finished = true;
        worker.postMessage({ type: 'exit' } satisfies ToWriter);
        return { ...message.summary, elapsedMs: Date.now() - started };
      }
    }
  } catch (error) {
    post({ type: 'abort' });
    // Wait for the rollback before reporting, so "cancelled" really means "as it was".
    try {
      for (;;) {
        const message = await next();
        if (message.type === 'aborted') break;
      }
    } catch {
      /* the writer already failed; its transaction is gone with it */
    }
    throw cancelled(options.signal) ?? error;
  } finally {
    if (!finished) await worker.terminate();
  }
}
