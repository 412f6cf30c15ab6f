/**
 * The pieces the threaded import adds to the pipeline: batches packed to cross between threads
 * (what arrives must be exactly what left), and contacts inserted many rows per statement with
 * their ids known in advance (and the import stopped if SQLite ever disagrees).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packBatch, transferList, unpackBatch } from '../../../../../src/main/core/contacts/import/batch-transfer';
import { ContactInserter } from '../../../../../src/main/core/contacts/import/contact-inserter';
import { fillPhones, type PreparedBatch } from '../../../../../src/main/core/contacts/import/prepare';
import { openDatabase, type Db } from '../../../../../src/main/core/storage/database';

const text = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\x1f', '\x1e', ',', '"', '\n', ' ', '7', '+') });

const batchArb = fc
  .record({
    rows: fc.array(
      fc.record({
        phones: fc.array(fc.oneof(text, fc.constantFrom('(202) 555-0143', '+44 7911 123456', '911', '')), {
          minLength: 1,
          maxLength: 3,
        }),
        region: fc.constantFrom('US', 'GB', 'FR'),
        problem: fc.oneof(fc.constant(''), text),
        name: text,
        data: text,
        line: fc.nat(),
        width: fc.nat({ max: 50 }),
        flags: fc.tuple(text, text, text, text),
      }),
      { maxLength: 40 },
    ),
    withFlags: fc.boolean(),
    filled: fc.boolean(),
  })
  .map(({ rows, withFlags, filled }) => {
    const batch: PreparedBatch = {
      phoneCells: rows.map((r) => r.phones),
      region: rows.map((r) => r.region),
      problem: rows.map((r) => r.problem),
      filled: false,
      e164: [],
      phoneType: [],
      reason: [],
      name: rows.map((r) => r.name),
      data: rows.map((r) => r.data),
      line: rows.map((r) => r.line),
      width: rows.map((r) => r.width),
      optOut: withFlags ? rows.map((r) => r.flags[0]) : [],
      dnc: withFlags ? rows.map((r) => r.flags[1]) : [],
      consent: withFlags ? rows.map((r) => r.flags[2]) : [],
      consentDate: withFlags ? rows.map((r) => r.flags[3]) : [],
    };
    if (filled) fillPhones(batch);
    return batch;
  });

/** What the writer reads of a batch: everything, once it is filled. */
function asWritten(batch: PreparedBatch) {
  const copy = structuredClone(batch);
  fillPhones(copy);
  const { phoneCells: _cells, region: _region, problem: _problem, ...rest } = copy;
  return rest;
}

describe('batches crossing between threads', () => {
  it('arrive as they left, whatever their cells hold', () => {
    fc.assert(
      fc.property(batchArb, (batch) => {
        const packed = packBatch(batch);
        // Transferring detaches the buffers, as postMessage does.
        const moved = structuredClone(packed, { transfer: transferList(packed) });
        const arrived = unpackBatch(moved);
        expect(arrived.filled).toBe(batch.filled);
        expect(asWritten(arrived)).toEqual(asWritten(batch));
        if (!batch.filled) expect(arrived.phoneCells).toEqual(batch.phoneCells);
      }),
      { numRuns: 300 },
    );
  });

  it('leave out what the writer will not read', () => {
    const batch = fc.sample(
      batchArb.filter((b) => b.filled && b.optOut.length === 0 && b.line.length > 0),
      1,
    )[0]!;
    const packed = packBatch(batch);
    expect(packed.phoneCells).toBeUndefined();
    expect(Object.keys(packed.strings).sort()).toEqual(['data', 'name', 'phoneType', 'reason']);
  });
});

describe('contact inserter', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
    db.prepare(`INSERT INTO contact_list (name, created_at, updated_at) VALUES ('L', '', '')`).run();
  });
  afterEach(() => db.close());

  const row = (i: number) => [1, `+1202555${String(i).padStart(4, '0')}`, 'MOBILE', 0, null, `N${i}`, `d${i}`, i + 2] as const;

  it('gives each row the id SQLite gives it, many rows per statement', () => {
    db.prepare(`INSERT INTO contact (id, list_id, status, data) VALUES (41, 1, 1, 'x')`).run();
    const inserter = new ContactInserter(db);
    const ids = Array.from({ length: 150 }, (_, i) => inserter.add(...row(i)));
    // Not all written until flushed: 2 full statements of 64 so far.
    expect(db.prepare('SELECT count(*) FROM contact').pluck().get()).toBe(1 + 128);
    inserter.flush();
    expect(ids).toEqual(Array.from({ length: 150 }, (_, i) => 42 + i));
    const stored = db.prepare('SELECT id, name FROM contact WHERE id > 41 ORDER BY id').all() as Array<{
      id: number;
      name: string;
    }>;
    expect(stored.map((r) => `${r.id}:${r.name}`)).toEqual(ids.map((id, i) => `${id}:N${i}`));
  });

  it('stops when SQLite gives other ids than expected', () => {
    const inserter = new ContactInserter(db);
    inserter.add(...row(0));
    // Someone else wrote a row with a higher id: the guess is now wrong.
    db.prepare(`INSERT INTO contact (id, list_id, status, data) VALUES (500, 1, 1, 'x')`).run();
    expect(() => inserter.flush()).toThrow(/Contact ids out of step: SQLite gave 501, the import expected 1/);
  });
});
