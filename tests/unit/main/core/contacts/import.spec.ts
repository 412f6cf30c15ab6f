import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContactStore } from '../../../../../src/main/core/contacts/contact-store';
import { importInline, importWithWriter } from '../../../../../src/main/core/contacts/import/run-import';
import { databasePath, openDatabase, type Db } from '../../../../../src/main/core/storage/database';
import { writeFixture } from '../../../../helpers/csv-fixtures';
import { counted, importFile, planFor } from '../../../../helpers/import-kit';
import { tempDir } from '../../../../helpers/temp-dir';

let folder: ReturnType<typeof tempDir>;
let db: Db;
beforeEach(() => {
  folder = tempDir();
  db = openDatabase(databasePath(folder.dir));
});
afterEach(() => {
  db.close();
  folder.remove();
});

const contacts = (listId: number) =>
  db
    .prepare<[number], { e164: string | null; status: number; reason: string | null; name: string; data: string; line: number }>(
      'SELECT e164, status, reason, name, data, line FROM contact WHERE list_id = ? ORDER BY id',
    )
    .all(listId);

describe('importing messy files', () => {
  it('Excel UTF-8 with BOM: names intact, numbers in E.164 with their type', async () => {
    const s = await importFile(db, writeFixture(folder.dir, 'bom-utf8.csv'));
    expect(s).toMatchObject({ rows: 2, imported: 2, invalid: 0 });
    const rows = contacts(s.listId);
    expect(rows.map((r) => [r.e164, r.name])).toEqual([
      ['+12025550143', 'Zoë Müller'],
      ['+14155550199', 'José García'],
    ]);
    expect(db.prepare('SELECT phone_type FROM contact').pluck().all()).toEqual(['FIXED_LINE_OR_MOBILE', 'FIXED_LINE_OR_MOBILE']);
  });

  it('Windows-1252 with semicolons, in the French region', async () => {
    const s = await importFile(db, writeFixture(folder.dir, 'windows-1252.csv'), { region: 'FR' });
    expect(s).toMatchObject({ rows: 2, imported: 2 });
    expect(contacts(s.listId).map((r) => [r.e164, r.name, r.data.split('\x1f')[3]])).toEqual([
      ['+33612345678', 'Renée Dubois', 'Orléans'],
      ['+33600000001', 'Chloé Lefèvre', 'Besançon'],
    ]);
  });

  it('Windows-1251 Cyrillic and UTF-16 Unicode Text', async () => {
    const cyr = await importFile(db, writeFixture(folder.dir, 'cyrillic-1251.csv'), { region: 'RU', list: { name: 'RU' } });
    expect(contacts(cyr.listId).map((r) => [r.e164, r.name])).toEqual([
      ['+79123456789', 'Ольга Иванова'],
      ['+79123456780', 'Ёжик Петров'],
    ]);
    const utf16 = await importFile(db, writeFixture(folder.dir, 'utf16-excel.txt'), { region: 'GB', list: { name: 'GB' } });
    expect(contacts(utf16.listId).map((r) => r.e164)).toEqual(['+447911123456', '+447911123457']);
  });

  it('quoted newlines keep their rows whole and lines are counted in the file', async () => {
    const s = await importFile(db, writeFixture(folder.dir, 'quoted-newlines.csv'));
    expect(s).toMatchObject({ rows: 4, imported: 4 });
    const rows = contacts(s.listId);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5, 8]);
    expect(rows[0]!.data.split('\x1f')).toEqual(['Smith, John', '2025550143', 'Prefers calls\nafter 5pm']);
    expect(rows[1]!.name).toBe('O\'Neil "Jr"');
  });

  it('ragged rows lose nothing: short rows are padded, long rows keep their extra cells', async () => {
    const s = await importFile(db, writeFixture(folder.dir, 'ragged.csv'));
    expect(s).toMatchObject({ rows: 3, imported: 3 });
    const list = createContactStore(db).list(s.listId);
    expect(list.columns).toEqual(['Name', 'Phone', 'City', 'Column 4', 'Column 5']);
    expect(contacts(s.listId)[1]!.data.split('\x1f')).toEqual(['B', '2025550151', 'Austin', 'extra', 'more']);
  });

  it('blank lines are skipped and counted apart, not as rows', async () => {
    const s = await importFile(db, writeFixture(folder.dir, 'blank-lines.csv'));
    expect(s).toMatchObject({ rows: 3, imported: 3, blankLines: 5 });
    expect(contacts(s.listId).map((r) => r.line)).toEqual([3, 6, 8]);
  });

  it('duplicate headers: both phone columns are used, the first usable number wins', async () => {
    const s = await importFile(db, writeFixture(folder.dir, 'duplicate-headers.csv'));
    expect(s).toMatchObject({ rows: 3, imported: 2, invalid: 1 });
    expect(contacts(s.listId).map((r) => r.e164)).toEqual(['+12025550170', '+12025550171', null]);
  });

  it('Excel-mangled numbers are rejected with a reason that says so', async () => {
    const s = await importFile(db, writeFixture(folder.dir, 'excel-mangled.csv'));
    expect(s).toMatchObject({ rows: 3, imported: 1, invalid: 2 });
    expect(
      contacts(s.listId)
        .filter((r) => r.status === 1)
        .map((r) => [r.line, r.reason]),
    ).toEqual([
      [2, expect.stringContaining('scientific notation')],
      [3, expect.stringContaining('scientific notation')],
    ]);
  });

  it('gives every rejected number its reason', async () => {
    const path = join(folder.dir, 'reasons.csv');
    writeFileSync(path, 'Name,Phone\nA,\nB,555\nC,20255\nD,202555014399999\nE,(099) 555-0143\nF,call me\nG,2025550143\n');
    const s = await importFile(db, path);
    expect(s).toMatchObject({ rows: 7, imported: 1, invalid: 6 });
    expect(
      contacts(s.listId)
        .filter((r) => r.status === 1)
        .map((r) => r.reason),
    ).toEqual([
      'No phone number',
      'A short code, not a phone number',
      'A short code, not a phone number',
      'Too long',
      'Not a valid number for its country',
      'Not a phone number',
    ]);
  });
});

describe('duplicates, policies and suppression', () => {
  it('counts duplicates within the file once each, keeping the first', async () => {
    const path = join(folder.dir, 'dups.csv');
    writeFileSync(path, 'Name,Phone\nA,(202) 555-0143\nB,+1 202 555 0143\nC,202.555.0143\nD,2025550199\n');
    const s = await importFile(db, path);
    expect(s).toMatchObject({ rows: 4, imported: 2, duplicates: 2 });
    expect(contacts(s.listId).map((r) => r.name)).toEqual(['A', 'D']);
  });

  it('against the list: "skip" leaves contacts alone, "update" fills in their fields', async () => {
    const first = join(folder.dir, 'first.csv');
    writeFileSync(first, 'Name,Phone,City\nA,2025550143,Austin\nB,2025550144,\n');
    const s1 = await importFile(db, first, { list: { name: 'Customers' } });
    const second = join(folder.dir, 'second.csv');
    writeFileSync(second, 'Name,Phone,City\nA2,2025550143,\nB2,2025550144,Boston\nC,2025550145,Denver\n');
    const skip = await importFile(db, second, { list: { id: s1.listId }, policy: 'skip' });
    expect(skip).toMatchObject({ rows: 3, imported: 1, duplicates: 2, updated: 0 });
    expect(contacts(s1.listId).map((r) => r.name)).toEqual(['A', 'B', 'C']);
    const update = await importFile(db, second, { list: { id: s1.listId }, policy: 'update' });
    expect(update).toMatchObject({ rows: 3, imported: 0, updated: 3, duplicates: 0 });
    expect(contacts(s1.listId).map((r) => [r.name, r.data.split('\x1f')[2]])).toEqual([
      ['A2', 'Austin'], // an empty cell never erases a value
      ['B2', 'Boston'],
      ['C', 'Denver'],
    ]);
  });

  it('a re-import with "update" never clears an opt-out or DNC flag', async () => {
    const flagged = join(folder.dir, 'flagged.csv');
    writeFileSync(flagged, 'Name,Phone,Opted Out,Do Not Call\nA,2025550143,yes,\nB,2025550144,,Y\nC,2025550145,,\n');
    const s1 = await importFile(db, flagged, { list: { name: 'Flags' } });
    expect(s1).toMatchObject({ rows: 3, imported: 1, suppressed: 2 });
    const cleared = join(folder.dir, 'cleared.csv');
    writeFileSync(cleared, 'Name,Phone,Opted Out,Do Not Call\nA,2025550143,no,no\nB,2025550144,,\nC,2025550145,false,false\n');
    const s2 = await importFile(db, cleared, { list: { id: s1.listId }, policy: 'update' });
    expect(s2).toMatchObject({ updated: 3 });
    expect(db.prepare('SELECT e164, channel, kind FROM suppression ORDER BY e164').all()).toEqual([
      { e164: '+12025550143', channel: 'all', kind: 'opt_out' },
      { e164: '+12025550144', channel: 'voice', kind: 'dnc' },
    ]);
    expect(db.prepare(`SELECT count(*) FROM suppression_log WHERE action = 'removed'`).pluck().get()).toBe(0);
  });

  it('numbers already on a suppression list are imported but counted as suppressed', async () => {
    db.prepare(
      `INSERT INTO suppression (e164, channel, kind, reason, source, added_at) VALUES ('+12025550144', 'sms', 'opt_out', 'STOP', 'test', 'now')`,
    ).run();
    const path = join(folder.dir, 'supp.csv');
    writeFileSync(path, 'Name,Phone\nA,2025550143\nB,2025550144\n');
    expect(await importFile(db, path)).toMatchObject({ rows: 2, imported: 1, suppressed: 1 });
  });

  it('records consent from a mapped column, with its date and evidence', async () => {
    const path = join(folder.dir, 'consent.csv');
    writeFileSync(
      path,
      'Name,Phone,Consent,Consent Date\nA,2025550143,Web form 2024-03,2024-03-02\nB,2025550144,yes,\nC,2025550145,no,\n',
    );
    await importFile(db, path);
    expect(db.prepare('SELECT e164, evidence, obtained_at FROM consent ORDER BY e164').all()).toEqual([
      { e164: '+12025550143', evidence: 'Web form 2024-03', obtained_at: '2024-03-02T00:00:00.000Z' },
      { e164: '+12025550144', evidence: '', obtained_at: null },
    ]);
  });
});

describe('transactions and threads', () => {
  it('a cancelled import leaves the list exactly as it was', async () => {
    const base = join(folder.dir, 'base.csv');
    writeFileSync(base, 'Name,Phone\nA,2025550143\n');
    const s1 = await importFile(db, base, { list: { name: 'Keep' } });
    const big = join(folder.dir, 'big.csv');
    writeFileSync(
      big,
      'Name,Phone\n' +
        Array.from({ length: 30_000 }, (_, i) => `N${i},+1202555${String(1000 + (i % 9000)).padStart(4, '0')}`).join('\n'),
    );
    const controller = new AbortController();
    const plan = await planFor(big, { list: { id: s1.listId }, policy: 'update' });
    const run = importInline(plan, db, { signal: controller.signal, onProgress: (p) => p.rows > 5000 && controller.abort() });
    await expect(run).rejects.toMatchObject({ message: 'Import cancelled; the list is as it was.' });
    expect(contacts(s1.listId).map((r) => r.name)).toEqual(['A']);
    expect(db.prepare('SELECT count(*) FROM import_run').pluck().get()).toBe(1);
  });

  it('a failing import rolls back too, and says why', async () => {
    const path = join(folder.dir, 'ok.csv');
    writeFileSync(path, 'Name,Phone\nA,2025550143\n');
    await importFile(db, path, { list: { name: 'Taken' } });
    await expect(importFile(db, path, { list: { name: 'taken' } })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already exists'),
    });
    expect(db.prepare('SELECT count(*) FROM contact_list').pluck().get()).toBe(1);
  });

  it('the threaded import gives the same result as the inline one', async () => {
    const path = join(folder.dir, 'mixed.csv');
    const lines = ['Name,Phone,Country'];
    for (let i = 0; i < 20_000; i++)
      lines.push(
        `N${i},${i % 7 === 0 ? 'bad' : i % 5 === 0 ? `+44 7700 9${String(i % 100000).padStart(5, '0')}` : `(202) 555-${String(i % 10000).padStart(4, '0')}`},${i % 11 === 0 ? 'France' : ''}`,
      );
    writeFileSync(path, lines.join('\n'));
    const inline = await importInline(await planFor(path, { list: { name: 'Inline' } }), db);
    const threaded = await importWithWriter(await planFor(path, { list: { name: 'Threaded' } }), databasePath(folder.dir));
    const strip = ({ listId: _l, importId: _i, elapsedMs: _e, ...rest }: typeof inline) => rest;
    expect(strip(threaded)).toEqual(strip(inline));
    expect(counted(inline)).toBe(inline.rows);
    const e164s = (listId: number) =>
      db.prepare('SELECT e164, status, line FROM contact WHERE list_id = ? ORDER BY id').all(listId);
    expect(e164s(threaded.listId)).toEqual(e164s(inline.listId));
  });
});
