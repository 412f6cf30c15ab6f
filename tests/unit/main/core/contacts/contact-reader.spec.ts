import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactQuery } from '../../../../../src/shared/contract/contacts';
import { createContactStore, type ContactStore } from '../../../../../src/main/core/contacts/contact-store';
import { writeListFile } from '../../../../../src/main/core/contacts/exports';
import { createContactReader, type ContactReader } from '../../../../../src/main/core/contacts/reader/contact-reader';
import { AppError } from '../../../../../src/main/core/errors';
import { createLogger } from '../../../../../src/main/core/log/logger';
import { Redactor } from '../../../../../src/main/core/log/redactor';
import { databasePath, openDatabase, type Db } from '../../../../../src/main/core/storage/database';
import { importPeople } from '../../../../helpers/import-kit';
import { tempDir } from '../../../../helpers/temp-dir';

let folder: ReturnType<typeof tempDir>;
let db: Db;
let store: ContactStore;
let reader: ContactReader;
let listId: number;

beforeEach(async () => {
  folder = tempDir();
  db = openDatabase(databasePath(folder.dir));
  store = createContactStore(db);
  listId = await importPeople(db, folder.dir);
  const logger = createLogger({ file: join(folder.dir, 'log.jsonl'), redactor: new Redactor() });
  reader = createContactReader({ dbPath: databasePath(folder.dir), logger });
});
afterEach(async () => {
  await reader.close();
  db.close();
  folder.remove();
});

describe('contact reader thread', () => {
  it('answers every view exactly as the store on the main thread does', async () => {
    const queries: ContactQuery[] = [
      { listId },
      { listId, sort: { field: 'name', direction: 'asc' } },
      { listId, sort: { field: 'phone', direction: 'desc' } },
      { listId, filter: 'invalid' },
      { listId, filter: 'mobile', sort: { field: 'name', direction: 'desc' } },
      { listId, search: 'x.io', sort: { field: 'type', direction: 'asc' } },
      { listId, search: '555 0143' },
    ];
    for (const query of queries) {
      expect(await reader.page(query, 1, 3), JSON.stringify(query)).toEqual(store.page(query, 1, 3));
      expect(await reader.count(query), JSON.stringify(query)).toBe(store.count(query));
    }
  });

  it('sees what the main thread wrote since its last answer', async () => {
    const byName = { listId, sort: { field: 'name', direction: 'asc' } } as const;
    expect((await reader.page(byName, 0, 1)).rows[0]).toMatchObject({ name: 'Abe Young' });
    const abe = store.page(byName, 0, 1).rows[0]!;
    store.update(abe.id, ['Zoe', 'Young', abe.values[2]!, abe.values[3]!], 'US');
    expect((await reader.page(byName, 0, 5)).rows.map((r) => r.name)).toEqual([
      'Bea Xu',
      'Carla Zed',
      'Dan Walsh',
      'Eve Vance',
      'Zoe Young',
    ]);
    store.delete([abe.id]);
    expect(await reader.count(byName)).toBe(4);
  });

  it('sends errors back with their code and words', async () => {
    const failure = reader.page({ listId: 999 }, 0, 10);
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(/That list/) });
    // and keeps answering afterwards
    expect(await reader.count({ listId })).toBe(5);
  });

  it('writes a list export byte for byte as the main thread would', async () => {
    const query: ContactQuery = { listId, sort: { field: 'phone', direction: 'asc' } };
    const onThread = join(folder.dir, 'thread.csv');
    const here = join(folder.dir, 'here.csv');
    const progress: unknown[] = [];
    expect(await reader.writeListFile(query, onThread, (p) => progress.push(p))).toBe(5);
    // Reported along the way (at most every 100 ms; the first chunk always).
    expect(progress).toEqual([{ rows: 5, total: 5 }]);
    expect(writeListFile(store, query, here)).toBe(5);
    expect(readFileSync(onThread, 'utf8')).toBe(readFileSync(here, 'utf8'));
  });

  it('fails calls in flight when closed, and a closed reader can start again', async () => {
    const inFlight = reader.page({ listId, sort: { field: 'name', direction: 'asc' } }, 0, 5);
    const refused = expect(inFlight).rejects.toMatchObject({ message: 'Switchboard is closing.' });
    await reader.close();
    await refused;
    expect(await reader.count({ listId })).toBe(5);
  });
});
