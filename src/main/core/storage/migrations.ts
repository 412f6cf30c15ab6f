/**
 * Schema migrations, applied in order and recorded in PRAGMA user_version. Never edit a
 * migration that has shipped; add a new one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'provider profiles',
    sql: `
      CREATE TABLE provider_profile (
        id          TEXT PRIMARY KEY,
        provider    TEXT NOT NULL CHECK (provider IN ('dropcowboy', 'octopush', 'revicom')),
        label       TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('sandbox', 'live')),
        identifier  TEXT,
        -- a masked hint such as ••••1234, never the secret
        secret_hint TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE UNIQUE INDEX provider_profile_label ON provider_profile (provider, label COLLATE NOCASE);
    `,
  },
  {
    version: 2,
    name: 'app settings',
    sql: `
      -- Small facts about this installation, e.g. whether the sandbox profiles were made.
      CREATE TABLE app_setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
];
