/**
 * The main process's side of the reader thread (reader-worker.ts): the same calls as the contact
 * store's heavy reads, as promises. The thread starts on first use, keeps the process alive only
 * while it owes an answer, and is started again if it dies; calls in flight then fail with a message.
 */
import type { Worker } from 'node:worker_threads';
import type { ContactQuery } from '../../../../shared/contract/contacts';
import type { OnExportProgress } from '../exports';
import { AppError } from '../../errors';
import type { Logger } from '../../log/logger';
import { startWorker } from '../../workers/worker-script';
import type { FromReader, ReaderCalls, ReaderMethod, ReaderWorkerData } from './reader-protocol';

type Async<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

export interface ContactReader extends Omit<Async<ReaderCalls>, 'writeListFile'> {
  writeListFile(query: ContactQuery, path: string, onProgress?: OnExportProgress): Promise<number>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: OnExportProgress | undefined;
}

export function createContactReader(options: ReaderWorkerData & { logger: Logger }): ContactReader {
  const log = options.logger.child({ component: 'contact-reader' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | null = null;

  const failAll = (message: string) => {
    for (const call of pending.values()) call.reject(new AppError('internal', message));
    pending.clear();
  };

  const thread = (): Worker => {
    if (worker) return worker;
    const workerData: ReaderWorkerData = { dbPath: options.dbPath, nativeBinding: options.nativeBinding };
    const started = startWorker('reader-worker', { workerData });
    started.on('message', (reply: FromReader) => {
      const call = pending.get(reply.id);
      if (!call) return;
      if ('progress' in reply) return call.onProgress?.(reply.progress);
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if (reply.ok) call.resolve(reply.value);
      else call.reject(reply.code ? new AppError(reply.code, reply.message, reply.issues) : new Error(reply.message));
    });
    started.on('error', (error) => log.error('reader thread crashed', { error }));
    started.on('exit', (code) => {
      // A thread that close() let go has had its calls failed already; a later one owns `pending`.
      if (worker !== started) return;
      worker = null;
      if (pending.size > 0) {
        log.warn('reader thread exited with calls in flight', { code, calls: pending.size });
        failAll('Reading the contacts stopped unexpectedly. Try again.');
      }
    });
    worker = started;
    return started;
  };

  const call = <M extends ReaderMethod>(
    method: M,
    args: Parameters<ReaderCalls[M]>,
    onProgress?: OnExportProgress,
  ): Promise<ReturnType<ReaderCalls[M]>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      const target = thread();
      // Held while it owes an answer, so a caller awaiting it keeps the process alive.
      target.ref();
      target.postMessage({ id, method, args });
    });

  return {
    page: (...args) => call('page', args),
    count: (...args) => call('count', args),
    writeListFile: (query, path, onProgress) => call('writeListFile', [query, path], onProgress),
    async close() {
      const current = worker;
      worker = null;
      failAll('Switchboard is closing.');
      if (current) await current.terminate();
    },
  };
}
