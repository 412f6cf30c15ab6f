import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContactStore, type ContactStore } from '../../../../../src/main/core/contacts/contact-store';
import { createListCounts } from '../../../../../src/main/core/contacts/list-counts';
import { createExports, writeList, writeListFile } from '../../../../../src/main/core/contacts/exports';
import { databasePath, openDatabase, type Db } from '../../../../../src/main/core/storage/database';
import { importFile, importPeople } from '../../../../helpers/import-kit';
import { tempDir } from '../../../../helpers/temp-dir';
import { readFileSync } from 'node:fs';

let folder: ReturnType<typeof tempDir>;
let db: Db;
let store: ContactStore;
let listId: number;

beforeEach(async () => {
  folder = tempDir();
  db = openDatabase(databasePath(folder.dir));
  store = createContactStore(db);
  listId = await importPeople(db, folder.dir);
});
afterEach(() => {
  db.close();
  folder.remove();
});

const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name);

describe('contact store', () => {
  it('describes lists with their counts and columns', () => {
    expect(store.lists()).toEqual([
      expect.objectContaining({
        name: 'People',
        total: 5,
        valid: 4,
        invalid: 1,
        columns: ['First Name', 'Last Name', 'Phone', 'Email'],
      }),
    ]);
  });

  it('knows which views are one indexed read (served at once, off the reader thread)', () => {
    expect(store.isPlain({ listId })).toBe(true);
    expect(store.isPlain({ listId, sort: { field: 'line', direction: 'desc' } })).toBe(true);
    expect(store.isPlain({ listId, sort: { field: 'name', direction: 'asc' } })).toBe(false);
    expect(store.isPlain({ listId, filter: 'valid' })).toBe(false);
    expect(store.isPlain({ listId, search: 'abe' })).toBe(false);
  });

  it('pages in file order, and by any sort through a snapshot', () => {
    expect(names(store.page({ listId }, 0, 2).rows)).toEqual(['Carla Zed', 'Abe Young']);
    expect(store.page({ listId }, 3, 10)).toMatchObject({ total: 5, rows: [{ name: 'Dan Walsh' }, { name: 'Eve Vance' }] });
    expect(names(store.page({ listId, sort: { field: 'name', direction: 'asc' } }, 0, 5).rows)).toEqual([
      'Abe Young',
      'Bea Xu',
      'Carla Zed',
      'Dan Walsh',
      'Eve Vance',
    ]);
    expect(names(store.page({ listId, sort: { field: 'line', direction: 'desc' } }, 0, 1).rows)).toEqual(['Eve Vance']);
  });

  it('filters by status, suppression and type, and searches names, emails and digits', () => {
    expect(store.count({ listId, filter: 'invalid' })).toBe(1);
    expect(store.page({ listId, filter: 'invalid' }, 0, 5).rows[0]).toMatchObject({
      name: 'Bea Xu',
      status: 'invalid',
      reason: 'Not a phone number',
    });
    expect(names(store.page({ listId, filter: 'mobile' }, 0, 5).rows)).toEqual(['Abe Young', 'Dan Walsh']);
    db.prepare(
      `INSERT INTO suppression (e164, channel, kind, reason, source, added_at) VALUES ('+12025550150', 'all', 'opt_out', 'STOP', 't', 'now')`,
    ).run();
    expect(store.page({ listId, filter: 'suppressed' }, 0, 5).rows).toMatchObject([{ name: 'Eve Vance', suppressed: true }]);
    expect(names(store.page({ listId, search: 'abe@' }, 0, 5).rows)).toEqual(['Abe Young']);
    expect(names(store.page({ listId, search: '555 0143' }, 0, 5).rows)).toEqual(['Carla Zed']);
    expect(store.count({ listId, search: '100%_' })).toBe(0);
  });

  it('edits a contact, normalising its phone again, and refuses a number already in the list', () => {
    const bea = store.page({ listId, filter: 'invalid' }, 0, 1).rows[0]!;
    const fixed = store.update(bea.id, ['Bea', 'Xu', '415 555 0100', 'bea@x.io'], 'US');
    expect(fixed).toMatchObject({ status: 'valid', e164: '+14155550100', reason: null, name: 'Bea Xu' });
    expect(() => store.update(bea.id, ['Bea', 'Xu', '202-555-0143', 'bea@x.io'], 'US')).toThrow(/already in this list/);
    expect(store.count({ listId, filter: 'invalid' })).toBe(0);
  });

  it('deletes contacts, renames, merges and deletes lists', async () => {
    const [first] = store.page({ listId }, 0, 1).rows;
    expect(store.delete([first!.id])).toBe(1);
    expect(store.count({ listId })).toBe(4);
    expect(store.renameList(listId, 'Friends').name).toBe('Friends');
    const other = join(folder.dir, 'other.csv');
    writeFileSync(other, 'Phone,Name,City\n+44 7911 123456,Abe again,London\n3125550100,Fay,Chicago\n');
    const otherId = (await importFile(db, other, { list: { name: 'Other' } })).listId;
    expect(store.mergeLists(listId, [otherId])).toEqual({ moved: 1, duplicates: 1 });
    expect(store.lists().map((l) => l.name)).toEqual(['Friends']);
    const merged = store.list(listId);
    expect(merged.columns).toEqual(['First Name', 'Last Name', 'Phone', 'Email', 'Name', 'City']);
    const fay = store.page({ listId, search: 'Fay' }, 0, 1).rows[0]!;
    expect(fay.values).toEqual(['', '', '3125550100', '', 'Fay', 'Chicago']);
    expect(store.deleteList(listId)).toBe(5);
    expect(db.prepare('SELECT count(*) FROM contact').pluck().get()).toBe(0);
  });

  it('keeps each list’s stored counts equal to a recount through every kind of change', async () => {
    const counts = createListCounts(db);
    const stored = () =>
      Object.fromEntries(store.lists().map((l) => [l.id, { total: l.total, invalid: l.invalid }])) as Record<number, unknown>;
    const recounted = () => Object.fromEntries(store.lists().map((l) => [l.id, counts.recount(l.id)]));
    const check = () => expect(stored()).toEqual(recounted());
    check();
    expect(store.list(listId)).toMatchObject({ total: 5, invalid: 1 });

    const bea = store.page({ listId, filter: 'invalid' }, 0, 1).rows[0]!;
    store.update(bea.id, ['Bea', 'Xu', '415 555 0100', 'bea@x.io'], 'US'); // invalid → valid
    check();
    store.update(bea.id, ['Bea', 'Xu', 'gone', 'bea@x.io'], 'US'); // valid → invalid
    check();
    expect(store.list(listId)).toMatchObject({ total: 5, invalid: 1 });

    const again = join(folder.dir, 'again.csv');
    writeFileSync(again, 'Phone,Name\n(202) 555-0143,Carla Z\n3125550100,Fay\nnope,Gus\n');
    await importFile(db, again, { list: { id: listId }, policy: 'update' }); // 1 updated, 1 new, 1 invalid
    check();
    expect(store.list(listId)).toMatchObject({ total: 7, invalid: 2 });

    const other = join(folder.dir, 'other.csv');
    writeFileSync(other, 'Phone,Name\n+44 7911 123456,Abe again\n6175550100,Hal\n12,Ivy\n');
    const otherId = (await importFile(db, other, { list: { name: 'Other' } })).listId;
    check();
    store.mergeLists(listId, [otherId]); // one duplicate dropped, one valid and one invalid moved
    check();
    expect(store.list(listId)).toMatchObject({ total: 9, invalid: 3 });

    const invalid = store.page({ listId, filter: 'invalid' }, 0, 10).rows.map((r) => r.id);
    const valid = store.page({ listId, filter: 'valid' }, 0, 2).rows.map((r) => r.id);
    expect(store.delete([...invalid, ...valid, 999_999])).toBe(5);
    check();
    expect(store.list(listId)).toMatchObject({ total: 4, invalid: 0 });
  });

  it('exports a list with original columns, normalised number and status', async () => {
    const download = await createExports(db, store, folder.dir).exportList({ listId });
    const csv = readFileSync(download.path, 'utf8');
    expect(csv.startsWith('\uFEFFFirst Name,Last Name,Phone,Email,Phone (E.164),Phone type,Status,Reason,Suppressed\r\n')).toBe(
      true,
    );
    expect(csv).toContain('Carla,Zed,(202) 555-0143,carla@x.io,+12025550143,FIXED_LINE_OR_MOBILE,valid,,no');
    expect(csv).toContain('Bea,Xu,not a number,bea@x.io,,,invalid,Not a phone number,no');
    expect(download).toMatchObject({ rows: 5, suggestedName: 'People.csv' });
  });

  it('tells how far a list export has got while it runs, and forgets it after', async () => {
    let reached!: () => void;
    let release!: () => void;
    const halfway = new Promise<void>((resolve) => (reached = resolve));
    const held = new Promise<void>((resolve) => (release = resolve));
    const exports = createExports(db, store, folder.dir, async (query, path, onProgress) => {
      onProgress?.({ rows: 2, total: 5 });
      reached();
      await held;
      return writeListFile(store, query, path);
    });
    const exportId = '22222222-2222-4222-8222-222222222222';
    expect(exports.progress(exportId)).toBeNull();
    const running = exports.exportList({ listId }, exportId);
    await halfway;
    expect(exports.progress(exportId)).toEqual({ rows: 2, total: 5 });
    release();
    expect(await running).toMatchObject({ rows: 5 });
    expect(exports.progress(exportId)).toBeNull();
  });

  it('counts a filtered export’s progress against the matching rows', () => {
    const seen: unknown[] = [];
    const rows = writeList(
      store,
      { listId, filter: 'valid' },
      () => undefined,
      (p) => seen.push(p),
    );
    expect(rows).toBe(4);
    expect(seen).toEqual([{ rows: 4, total: 4 }]);
  });

  it('exports an import’s invalid rows with their lines and reasons', async () => {
    const path = join(folder.dir, 'bad.csv');
    writeFileSync(path, 'Name,Phone\nA,2025550199\nB,1.20255E+10\nC,\n');
    const s = await importFile(db, path, { list: { name: 'Bad' } });
    const csv = readFileSync(createExports(db, store, folder.dir).exportRejected(s.importId).path, 'utf8');
    expect(csv.replace('\uFEFF', '').trim().split('\r\n')).toEqual([
      'Line,Phone,Reason,Name,Phone',
      '3,1.20255E+10,Mangled by Excel into scientific notation (digits are lost): re-export the column as text,B,1.20255E+10',
      '4,,No phone number,C,',
    ]);
  });
});
