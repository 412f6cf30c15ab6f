/**
 * Property-based tests of the import pipeline: whatever a CSV holds, the import never crashes and
 * every data row is counted exactly once.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importInline } from '../../../../../src/main/core/contacts/import/run-import';
import { databasePath, openDatabase } from '../../../../../src/main/core/storage/database';
import { counted, planFor } from '../../../../helpers/import-kit';
import { tempDir } from '../../../../helpers/temp-dir';

const folder = tempDir();
afterAll(() => folder.remove());

const phoneish = fc.oneof(
  fc.constantFrom(
    '(202) 555-0143',
    '+1 202 555 0144',
    '2025550145',
    '+44 7911 123456',
    '1.20255E+10',
    '',
    '555',
    'n/a',
    '+15550010001',
    '0612345678',
  ),
  fc.stringMatching(/^\+?[0-9 ().-]{0,18}$/),
);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Zoë', 'a,b', 'say "hi"', 'two\nlines', '', '  ', 'x\r\ny'));
const cell = (c: string) => (/[",\r\n]/.test(c) || c.trim() !== c ? `"${c.replace(/"/g, '""')}"` : c);

/** A CSV with a header, rows of random width, blank lines and repeated numbers. */
const csv = fc
  .tuple(
    fc.array(
      fc.oneof(
        {
          weight: 8,
          arbitrary: fc
            .tuple(text, phoneish, fc.array(text, { maxLength: 3 }))
            .map(([name, phone, rest]) => [name, phone, ...rest].map(cell).join(',')),
        },
        { weight: 1, arbitrary: fc.constant('') },
      ),
      { maxLength: 40 },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([rows, newline]) => ['Name,Phone,Notes', ...rows].join(newline));

describe('import properties', () => {
  it('never crashes, and imported + updated + duplicates + invalid + suppressed = rows', async () => {
    const db = openDatabase(databasePath(folder.dir));
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(csv, fc.constantFrom('skip' as const, 'update' as const), async (content, policy) => {
          const path = join(folder.dir, `p${n}.csv`);
          writeFileSync(path, content);
          const plan = await planFor(path, { list: { name: `P${n++}` }, policy, targets: ['full_name', 'phone', 'custom'] });
          const summary = await importInline(plan, db);
          expect(counted(summary)).toBe(summary.rows);
          // And what was counted is what was stored: one contact per row that is not a duplicate.
          const stored = db.prepare('SELECT count(*) FROM contact WHERE list_id = ?').pluck().get(summary.listId) as number;
          expect(stored).toBe(summary.rows - summary.duplicates - summary.updated);
        }),
        { numRuns: 150 },
      );
    } finally {
      db.close();
    }
  });
});
