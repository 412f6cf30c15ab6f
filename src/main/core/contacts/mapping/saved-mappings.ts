/** Column mappings remembered per set of headers, and offered again for the next such file. */
import type { Db } from '../../storage/database';
import { headersSignature, type FieldTarget } from './fields';

export interface SavedMappings {
  find(headers: readonly string[]): FieldTarget[] | null;
  save(headers: readonly string[], targets: readonly FieldTarget[]): void;
}

export function createSavedMappings(db: Db): SavedMappings {
  const select = db.prepare<[string], { mapping: string }>('SELECT mapping FROM column_mapping WHERE signature = ?');
  const upsert = db.prepare(
    'INSERT INTO column_mapping (signature, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at',
  );
  return {
    find(headers) {
      const row = select.get(headersSignature(headers));
      if (!row) return null;
      const targets = JSON.parse(row.mapping) as FieldTarget[];
      return targets.length === headers.length ? targets : null;
    },
    save(headers, targets) {
      upsert.run(headersSignature(headers), JSON.stringify(targets), new Date().toISOString());
    },
  };
}
