/** Worker thread: the import's writer. Owns a database connection and one transaction. */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../errors';
import { openDatabase, type Db } from '../../storage/database';
import { unpackBatch } from './batch-transfer';
import { startPersist, type Persister } from './persist';
import type { FromWriter, ToWriter } from './writer-protocol';

let db: Db | null = null;
let persister: Persister | null = null;

const send = (message: FromWriter) => parentPort!.postMessage(message);
const fail = (error: unknown) => {
  persister?.abort();
  persister = null;
  send({
    type: 'error',
    code: isAppError(error) ? error.code : null,
    message: error instanceof Error ? error.message : String(error),
  });
};

parentPort?.on('message', (message: ToWriter) => {
  try {
    switch (message.type) {
      case 'start':
        db = openDatabase(message.dbPath, { nativeBinding: message.nativeBinding });
        persister = startPersist(db, message.plan, new Date(message.now));
        send({ type: 'started', listId: persister.listId, importId: persister.importId });
        break;
      case 'batch':
        persister?.apply(unpackBatch(message.batch));
        send({ type: 'ack' });
        break;
      case 'finish': {
        const summary = persister!.finish(message.counts, message.elapsedMs);
        persister = null;
        send({ type: 'done', summary });
        // Fold the import into the database file here, off the app's main thread.
        db?.pragma('wal_checkpoint(PASSIVE)');
        db?.close();
        db = null;
        break;
      }
      case 'exit':
        parentPort!.close();
        break;
      case 'abort':
        persister?.abort();
        persister = null;
        db?.close();
        db = null;
        send({ type: 'aborted' });
        break;
    }
  } catch (error) {
    fail(error);
  }
});
