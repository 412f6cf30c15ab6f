import type { Db } from './database';

export interface AppSettings {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function createAppSettings(db: Db): AppSettings {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM app_setting WHERE key = ?');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO app_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => select.get(key)?.value,
    set: (key, value) => void upsert.run(key, value),
  };
}
