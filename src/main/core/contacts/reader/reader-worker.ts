/**
 * Worker thread: the contacts table's heavy reads (sorted, filtered or searched views of a
 * million rows, and list exports) on a read-only connection of its own, so the main process
 * stays responsive while they run. It runs the same contact store as main; that store notices
 * main's writes through SQLite's data_version and drops its cached views.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../errors';
import { openDatabase } from '../../storage/database';
import { createContactStore } from '../contact-store';
import { writeListFile, type OnExportProgress } from '../exports';
import type { FromReader, ReaderCalls, ReaderWorkerData, ToReader } from './reader-protocol';

const { dbPath, nativeBinding } = workerData as ReaderWorkerData;
const db = openDatabase(dbPath, { nativeBinding });
// This thread only reads; SQLite refuses any write on this connection.
db.pragma('query_only = ON');
const store = createContactStore(db);

const send = (message: FromReader) => parentPort!.postMessage(message);

/** Progress of call `id`, at most every PROGRESS_MS: the app polls it for a progress bar. */
const PROGRESS_MS = 100;
function progressOf(id: number): OnExportProgress {
  let last = -Infinity;
  return (progress) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS) return;
    last = now;
    send({ id, progress });
  };
}

const callsFor = (id: number): ReaderCalls => ({
  page: (query, offset, limit) => store.page(query, offset, limit),
  count: (query) => store.count(query),
  writeListFile: (query, path) => writeListFile(store, query, path, progressOf(id)),
});

parentPort!.on('message', ({ id, method, args }: ToReader) => {
  let reply: FromReader;
  try {
    const call = callsFor(id)[method] as (...a: typeof args) => unknown;
    reply = { id, ok: true, value: call(...args) };
  } catch (error) {
    reply = {
      id,
      ok: false,
      code: isAppError(error) ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
      issues: isAppError(error) ? error.issues : undefined,
    };
  }
  send(reply);
});
