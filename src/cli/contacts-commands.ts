/**
 * The contacts commands of the command line, on the same pipeline as the app with the same
 * defaults: detection of encoding, delimiter and header, mapping by header names, and a "country"
 * column giving each row's region.
 */
import { basename, resolve } from 'node:path';
import { createContactStore } from '../main/core/contacts/contact-store';
import { createExports } from '../main/core/contacts/exports';
import { createFileRegistry } from '../main/core/contacts/files';
import { FIELD_SEPARATOR } from '../main/core/contacts/import/prepare';
import { importWithWriter } from '../main/core/contacts/import/run-import';
import type { ImportSummary, MergePolicy } from '../main/core/contacts/import/types';
import { previewFile } from '../main/core/contacts/inspect';
import { isRegion } from '../main/core/contacts/mapping/regions';
import { createSavedMappings } from '../main/core/contacts/mapping/saved-mappings';
import { AppError } from '../main/core/errors';
import { databasePath, openDatabase } from '../main/core/storage/database';

export interface ImportCommand {
  file: string;
  list: string;
  region: string;
  dataDir: string;
  policy: MergePolicy;
}

export interface ImportReport extends Pick<
  ImportSummary,
  'rows' | 'imported' | 'updated' | 'duplicates' | 'invalid' | 'suppressed'
> {
  rejected: Array<{ line: number; value: string; reason: string }>;
}

export async function importCommand(command: ImportCommand): Promise<ImportReport> {
  if (!isRegion(command.region))
    throw new AppError('validation', `--region ${command.region} is not a country code such as US or GB.`);
  const dbPath = databasePath(command.dataDir);
  const db = openDatabase(dbPath);
  try {
    const file = createFileRegistry().register(resolve(command.file), basename(command.file));
    const preview = await previewFile(file, {}, createSavedMappings(db));
    if (!preview.targets.includes('phone')) {
      throw new AppError(
        'validation',
        `No column of ${file.name} looks like a phone column (headers: ${preview.columns.join(', ')}). Name one "Phone".`,
      );
    }
    const existing = db
      .prepare<[string], { id: number }>('SELECT id FROM contact_list WHERE name = ? COLLATE NOCASE')
      .get(command.list);
    const summary = await importWithWriter(
      {
        path: file.path,
        fileName: file.name,
        encoding: preview.encoding,
        bomLength: preview.bomLength,
        delimiter: preview.delimiter,
        hasHeader: preview.hasHeader,
        columns: preview.columns,
        targets: preview.targets,
        defaultRegion: command.region,
        policy: command.policy,
        list: existing ? { id: existing.id } : { name: command.list },
        consentChannel: 'all',
      },
      dbPath,
    );
    const run = db
      .prepare<[number], { first_contact_id: number; last_contact_id: number }>(
        'SELECT first_contact_id, last_contact_id FROM import_run WHERE id = ?',
      )
      .get(summary.importId)!;
    const phoneColumn = preview.targets.indexOf('phone');
    const rejected = db
      .prepare<[number, number, number], { line: number; reason: string; data: string }>(
        'SELECT line, reason, data FROM contact WHERE list_id = ? AND id BETWEEN ? AND ? AND status = 1 ORDER BY line',
      )
      .all(summary.listId, run.first_contact_id, run.last_contact_id)
      .map((r) => ({ line: r.line, value: (r.data.split(FIELD_SEPARATOR)[phoneColumn] ?? '').trim(), reason: r.reason }));
    const { rows, imported, updated, duplicates, invalid, suppressed } = summary;
    return { rows, imported, updated, duplicates, invalid, suppressed, rejected };
  } finally {
    db.close();
  }
}

export function exportCommand(list: string, dataDir: string, write: (chunk: string) => void): number {
  const db = openDatabase(databasePath(dataDir));
  try {
    const row = db.prepare<[string], { id: number }>('SELECT id FROM contact_list WHERE name = ? COLLATE NOCASE').get(list);
    if (!row) throw new AppError('not_found', `There is no list named “${list}” in ${dataDir}.`);
    const store = createContactStore(db);
    return createExports(db, store, dataDir).writeList({ listId: row.id }, write);
  } finally {
    db.close();
  }
}
