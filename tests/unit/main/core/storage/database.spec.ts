import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../../../../src/main/core/storage/database';
import { migrations } from '../../../../../src/main/core/storage/migrations';
import { openTestDatabase } from '../../../../helpers/test-database';

describe('database', () => {
  it('opens in WAL mode with foreign keys on and every migration applied', () => {
    const t = openTestDatabase();
    try {
      expect(t.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(t.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(schemaVersion(t.db)).toBe(Math.max(...migrations.map((m) => m.version)));
      const tables = t.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).toContain('provider_profile');
    } finally {
      t.close();
    }
  });

  it('applies only pending migrations, in order, and is idempotent', () => {
    const steps = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'b', sql: 'CREATE TABLE b (y INTEGER);' },
    ];
    const t = openTestDatabase(steps.slice(0, 1));
    try {
      expect(schemaVersion(t.db)).toBe(1);
      migrate(t.db, steps);
      expect(schemaVersion(t.db)).toBe(2);
      migrate(t.db, steps); // nothing left to do: must not fail on "table b already exists"
      expect(schemaVersion(t.db)).toBe(2);
    } finally {
      t.close();
    }
  });

  it('rolls back a failing migration as a whole', () => {
    const t = openTestDatabase([]);
    try {
      const broken = [{ version: 1, name: 'broken', sql: 'CREATE TABLE ok (x); CREATE TABLE ok (x);' }];
      expect(() => migrate(t.db, broken)).toThrow(/already exists/);
      expect(schemaVersion(t.db)).toBe(0);
      expect(t.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'ok'").pluck().get()).toBe(0);
    } finally {
      t.close();
    }
  });

  it('refuses a data folder written by a newer version', () => {
    const t = openTestDatabase();
    try {
      t.db.pragma('user_version = 999');
      t.db.close();
      expect(() => openDatabase(t.file)).toThrow(/newer Switchboard/);
    } finally {
      t.close();
    }
  });
});
