import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFileRegistry } from '../../src/main/core/contacts/files';
import { importInline } from '../../src/main/core/contacts/import/run-import';
import type { ImportPlan, MergePolicy } from '../../src/main/core/contacts/import/types';
import { previewFile } from '../../src/main/core/contacts/inspect';
import type { FieldTarget } from '../../src/main/core/contacts/mapping/fields';
import type { Db } from '../../src/main/core/storage/database';

const noSaved = { find: () => null, save: () => undefined };

/** The plan the wizard would make for a file with its suggested mapping. */
export async function planFor(
  path: string,
  options: {
    list?: ImportPlan['list'];
    policy?: MergePolicy;
    region?: string;
    targets?: FieldTarget[];
    hasHeader?: boolean;
  } = {},
): Promise<ImportPlan> {
  const file = createFileRegistry().register(path);
  const preview = await previewFile(file, { hasHeader: options.hasHeader }, noSaved);
  return {
    path: file.path,
    fileName: file.name,
    encoding: preview.encoding,
    bomLength: preview.bomLength,
    delimiter: preview.delimiter,
    hasHeader: preview.hasHeader,
    columns: preview.columns,
    targets: options.targets ?? preview.targets,
    defaultRegion: options.region ?? 'US',
    policy: options.policy ?? 'skip',
    list: options.list ?? { name: 'Imported' },
    consentChannel: 'all',
  };
}

export async function importFile(db: Db, path: string, options: Parameters<typeof planFor>[1] = {}) {
  return importInline(await planFor(path, options), db);
}

export const counted = (s: { imported: number; updated: number; duplicates: number; invalid: number; suppressed: number }) =>
  s.imported + s.updated + s.duplicates + s.invalid + s.suppressed;

/** Five people, one number unusable: the list the contact store and reader tests share. */
export const peopleCsv = [
  'First Name,Last Name,Phone,Email',
  'Carla,Zed,(202) 555-0143,carla@x.io',
  'Abe,Young,+44 7911 123456,abe@x.io',
  'Bea,Xu,not a number,bea@x.io',
  'Dan,Walsh,+33 6 12 34 56 78,dan@x.io',
  'Eve,Vance,2025550150,eve@x.io',
].join('\n');

/** Writes peopleCsv into `dir` and imports it as the list "People"; returns its id. */
export async function importPeople(db: Db, dir: string): Promise<number> {
  const path = join(dir, 'people.csv');
  writeFileSync(path, peopleCsv);
  return (await importFile(db, path, { list: { name: 'People' } })).listId;
}
