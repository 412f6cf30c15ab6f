/**
 * The app's SQLite database (better-sqlite3): one file in the data folder, WAL mode so readers
 * never block the writer, foreign keys on, and migrations applied at open.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrations as appMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE = 'switchboard.sqlite';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Path of a better_sqlite3.node built for another runtime (Electron); default: node_modules' own. */
  nativeBinding?: string | undefined;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  // Larger pages make bulk contact imports faster; this only takes effect on a new database.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, options.migrations ?? appMigrations);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(
      `This data folder was written by a newer Switchboard (schema ${current}, this version knows ${latest}). ` +
        'Update Switchboard before opening it.',
    );
  }
  const pending = [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    // Each migration and its version bump commit together, so a crash never leaves half a schema.
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
