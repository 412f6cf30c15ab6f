/**
 * Provider profiles in SQLite: only non-secret metadata (label, kind, identifier, masked hint).
 */
import type { ProfileKind, ProviderId } from '../../../shared/providers';
import type { Db } from '../storage/database';

export interface ProfileRow {
  id: string;
  provider: ProviderId;
  label: string;
  kind: ProfileKind;
  identifier: string | null;
  secret_hint: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProfileRepository {
  all(): ProfileRow[];
  byId(id: string): ProfileRow | undefined;
  /** A profile of this provider with this label (case-insensitive), other than `exceptId`. */
  labelTaken(provider: ProviderId, label: string, exceptId?: string): boolean;
  insert(row: ProfileRow): void;
  update(row: ProfileRow): void;
  delete(id: string): boolean;
}

export function createProfileRepository(db: Db): ProfileRepository {
  const selectAll = db.prepare<[], ProfileRow>('SELECT * FROM provider_profile ORDER BY provider, label COLLATE NOCASE');
  const selectOne = db.prepare<[string], ProfileRow>('SELECT * FROM provider_profile WHERE id = ?');
  const selectLabel = db.prepare<[string, string, string], { id: string }>(
    'SELECT id FROM provider_profile WHERE provider = ? AND label = ? COLLATE NOCASE AND id <> ?',
  );
  const insertRow = db.prepare<ProfileRow>(
    `INSERT INTO provider_profile (id, provider, label, kind, identifier, secret_hint, created_at, updated_at)
     VALUES (@id, @provider, @label, @kind, @identifier, @secret_hint, @created_at, @updated_at)`,
  );
  const updateRow = db.prepare<ProfileRow>(
    `UPDATE provider_profile SET label = @label, kind = @kind, identifier = @identifier,
       secret_hint = @secret_hint, updated_at = @updated_at WHERE id = @id`,
  );
  const deleteRow = db.prepare<[string]>('DELETE FROM provider_profile WHERE id = ?');

  return {
    all: () => selectAll.all(),
    byId: (id) => selectOne.get(id),
    labelTaken: (provider, label, exceptId = '') => selectLabel.get(provider, label, exceptId) !== undefined,
    insert: (row) => void insertRow.run(row),
    update: (row) => void updateRow.run(row),
    delete: (id) => deleteRow.run(id).changes > 0,
  };
}
