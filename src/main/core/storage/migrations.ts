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
  {
    version: 3,
    name: 'contacts, suppression and consent',
    sql: `
      CREATE TABLE contact_list (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        -- the original CSV headers, in order; contact.data holds values in the same order
        columns    TEXT NOT NULL DEFAULT '[]',
        -- what each of those columns is (phone, email, ...), in the same order
        targets    TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX contact_list_name ON contact_list (name COLLATE NOCASE);

      -- No foreign key or unique index on purpose: a million-row import is three times faster
      -- without them. The import deduplicates by e164 per list, deleting a list deletes its
      -- contacts in the same transaction, and tests hold both to that.
      -- Lean on purpose: every column costs import time at a million rows. The phone as written,
      -- the email and the rest are in data (their columns are named in contact_list.targets).
      CREATE TABLE contact (
        id         INTEGER PRIMARY KEY,
        list_id    INTEGER NOT NULL,
        e164       TEXT,                -- NULL when no phone was usable
        phone_type TEXT,                -- libphonenumber type: MOBILE, FIXED_LINE_OR_MOBILE, ...
        status     INTEGER NOT NULL,    -- 0 valid, 1 invalid
        reason     TEXT,                -- why invalid
        name       TEXT NOT NULL DEFAULT '',
        data       TEXT NOT NULL,       -- original values, joined by U+001F in contact_list.columns order
        line       INTEGER              -- line in the source file
      );
      CREATE INDEX contact_by_list ON contact (list_id, id);

      -- Opt-outs and DNC entries. Only an explicit, logged action removes one.
      CREATE TABLE suppression (
        id       INTEGER PRIMARY KEY,
        e164     TEXT NOT NULL,
        channel  TEXT NOT NULL CHECK (channel IN ('voice', 'sms', 'all')),
        kind     TEXT NOT NULL CHECK (kind IN ('opt_out', 'dnc')),
        reason   TEXT NOT NULL DEFAULT '',
        source   TEXT NOT NULL,
        added_at TEXT NOT NULL,
        UNIQUE (e164, channel, kind)
      );
      CREATE TABLE suppression_log (
        id      INTEGER PRIMARY KEY,
        e164    TEXT NOT NULL,
        channel TEXT NOT NULL,
        kind    TEXT NOT NULL,
        action  TEXT NOT NULL CHECK (action IN ('added', 'removed')),
        reason  TEXT NOT NULL DEFAULT '',
        source  TEXT NOT NULL,
        at      TEXT NOT NULL
      );

      CREATE TABLE consent (
        id          INTEGER PRIMARY KEY,
        e164        TEXT NOT NULL,
        channel     TEXT NOT NULL CHECK (channel IN ('voice', 'sms', 'all')),
        source      TEXT NOT NULL,
        obtained_at TEXT,
        evidence    TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        UNIQUE (e164, channel, source, obtained_at)
      );
      CREATE INDEX consent_by_phone ON consent (e164);

      -- Column mappings offered again for files with the same headers.
      CREATE TABLE column_mapping (
        signature  TEXT PRIMARY KEY,
        mapping    TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- An import's rows are the list's contacts with ids from first to last; its invalid rows,
      -- for download, are those of them with status 1.
      CREATE TABLE import_run (
        id               INTEGER PRIMARY KEY,
        list_id          INTEGER,
        file_name        TEXT NOT NULL,
        started_at       TEXT NOT NULL,
        finished_at      TEXT,
        state            TEXT NOT NULL CHECK (state IN ('running', 'done', 'cancelled', 'failed')),
        first_contact_id INTEGER,
        last_contact_id  INTEGER,
        summary          TEXT,
        error            TEXT
      );
    `,
  },
  {
    version: 4,
    name: 'drop cowboy lists made from contact lists',
    sql: `
      CREATE TABLE dropcowboy_list (
        id          INTEGER PRIMARY KEY,
        list_id     INTEGER NOT NULL,
        profile_id  TEXT NOT NULL,
        dc_list_id  TEXT NOT NULL,
        name        TEXT NOT NULL,
        pushed_at   TEXT NOT NULL,
        UNIQUE (profile_id, dc_list_id)
      );
    `,
  },
  {
    version: 5,
    name: 'contact counts kept on each list',
    // Counting a million-row list takes ~100 ms; the table must open faster than that. Every
    // change to a list's contacts adjusts these in the same transaction (see list-counts.ts).
    sql: `
      ALTER TABLE contact_list ADD COLUMN total INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE contact_list ADD COLUMN invalid INTEGER NOT NULL DEFAULT 0;
      UPDATE contact_list SET
        total = (SELECT count(*) FROM contact WHERE list_id = contact_list.id),
        invalid = (SELECT count(*) FROM contact WHERE list_id = contact_list.id AND status = 1);
    `,
  },
];
