/**
 * Each list's contact counts, stored on the list so that opening a million-row list does not
 * count it. Every statement that adds, removes or re-validates contacts calls this in its own
 * transaction; tests compare the stored counts with a recount after every kind of change.
 */
import type { Db } from '../storage/database';

export interface ListCounts {
  /** Add these (possibly negative) numbers to a list's counts. */
  adjust(listId: number, total: number, invalid: number): void;
  /** Count again from the rows (for tests and repairs). */
  recount(listId: number): { total: number; invalid: number };
}

export function createListCounts(db: Db): ListCounts {
  const adjust = db.prepare('UPDATE contact_list SET total = total + ?, invalid = invalid + ? WHERE id = ?');
  const recount = db.prepare<[number], { total: number; invalid: number }>(
    'SELECT count(*) AS total, coalesce(sum(status), 0) AS invalid FROM contact WHERE list_id = ?',
  );
  return {
    adjust(listId, total, invalid) {
      if (total !== 0 || invalid !== 0) adjust.run(total, invalid, listId);
    },
    recount: (listId) => recount.get(listId)!,
  };
}
