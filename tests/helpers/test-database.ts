import { databasePath, openDatabase, type Db } from '../../src/main/core/storage/database';
import type { Migration } from '../../src/main/core/storage/migrations';
import { tempDir } from './temp-dir';

/** A throwaway, fully migrated database in its own folder. Call close() when done. */
export function openTestDatabase(migrations?: readonly Migration[]): { db: Db; file: string; close: () => void } {
  const folder = tempDir('switchboard-db-');
  const file = databasePath(folder.dir);
  const db = openDatabase(file, { migrations });
  return {
    db,
    file,
    close: () => {
      db.close();
      folder.remove();
    },
  };
}
