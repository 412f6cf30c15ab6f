/**
 * Inserts an import's contacts many rows per statement: one call into SQLite for 64 rows instead
 * of 64, which takes about a third off the writer's time at a million rows.
 *
 * Each row's id is known when it is queued: the import holds the only write transaction, and
 * SQLite gives a new row max(id) + 1 (contact.id is a plain INTEGER PRIMARY KEY, no
 * AUTOINCREMENT). Every statement checks its last id against SQLite's own, so a wrong guess stops
 * the import (and rolls it back) instead of linking duplicates to the wrong contact.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../storage/database';

const ROWS_PER_STATEMENT = 64;
const COLUMNS = ['list_id', 'e164', 'phone_type', 'status', 'reason', 'name', 'data', 'line'] as const;

type Row = [
  listId: number,
  e164: string | null,
  phoneType: string | null,
  status: 0 | 1,
  reason: string | null,
  name: string,
  data: string,
  line: number,
];

export class ContactInserter {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly pending: unknown[] = [];
  private nextId: number;

  constructor(db: Db) {
    const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
    const insert = `INSERT INTO contact (${COLUMNS.join(', ')}) VALUES `;
    this.many = db.prepare(insert + new Array(ROWS_PER_STATEMENT).fill(tuple).join(', '));
    this.one = db.prepare(insert + tuple);
    this.nextId = (db.prepare('SELECT coalesce(max(id), 0) FROM contact').pluck().get() as number) + 1;
  }

  /** Queues a row; returns the id it will have. */
  add(...row: Row): number {
    const id = this.nextId++;
    for (const value of row) this.pending.push(value);
    if (this.pending.length === ROWS_PER_STATEMENT * COLUMNS.length) {
      this.check(this.many.run(this.pending).lastInsertRowid);
      this.pending.length = 0;
    }
    return id;
  }

  /** Writes what is queued (before anything reads those rows back, and at the end). */
  flush(): void {
    let last: number | bigint = this.nextId - 1;
    for (let at = 0; at < this.pending.length; at += COLUMNS.length) {
      last = this.one.run(this.pending.slice(at, at + COLUMNS.length)).lastInsertRowid;
    }
    this.pending.length = 0;
    this.check(last);
  }

  private check(lastInsertRowid: number | bigint): void {
    const expected = this.nextId - 1;
    if (Number(lastInsertRowid) !== expected) {
      throw new Error(`Contact ids out of step: SQLite gave ${lastInsertRowid}, the import expected ${expected}.`);
    }
  }
}
