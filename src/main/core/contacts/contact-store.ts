/**
 * Contact lists and their contacts: counts, windows of rows for the table (fast at a million rows),
 * edits, deletes and merges.
 *
 * The table asks for windows by position. In file order with no filter, a window is one indexed
 * query. Any other view (search, filter, sort) is computed once into an array of ids (a
 * "snapshot"), and windows are slices of it; the snapshot is dropped when the data changes.
 */
import type { ContactQuery, ContactRow, ListView } from '../../../shared/contract/contacts';
import { contactQuerySchema } from '../../../shared/contract/contacts';
import { AppError, notFound } from '../errors';
import type { Db } from '../storage/database';
import type { FieldTarget } from './mapping/fields';
import { createListCounts } from './list-counts';
import { normalizePhone, rejectReasonText } from './phone/normalize-phone';
import { FIELD_SEPARATOR } from './import/prepare';

type Query = ReturnType<typeof contactQuerySchema.parse>;

interface RawContact {
  id: number;
  list_id: number;
  e164: string | null;
  phone_type: string | null;
  status: number;
  reason: string | null;
  name: string;
  data: string;
  line: number | null;
  suppressed: number;
}

const COLUMNS = `c.id, c.list_id, c.e164, c.phone_type, c.status, c.reason, c.name, c.data, c.line,
  EXISTS (SELECT 1 FROM suppression s WHERE s.e164 = c.e164) AS suppressed`;

const ORDER: Record<Query['sort']['field'], string> = {
  line: 'c.id',
  name: 'c.name COLLATE NOCASE',
  phone: 'c.e164',
  status: 'c.status',
  type: 'c.phone_type',
};

export interface ContactStore {
  lists(): ListView[];
  list(listId: number): ListView;
  createList(name: string): ListView;
  renameList(listId: number, name: string): ListView;
  deleteList(listId: number): number;
  mergeLists(targetId: number, sourceIds: readonly number[]): { moved: number; duplicates: number };
  count(query: ContactQuery): number;
  /** Whether a query is the list in file order, unfiltered: one indexed read, cheap at any size. */
  isPlain(query: ContactQuery): boolean;
  page(query: ContactQuery, offset: number, limit: number): { total: number; rows: ContactRow[] };
  /** Every contact matching a query, in order, in chunks (exports); `total` is how many in all. */
  forEach(query: ContactQuery, each: (rows: ContactRow[], total: number) => void): void;
  update(contactId: number, values: readonly string[], defaultRegion: string): ContactRow;
  delete(contactIds: readonly number[]): number;
  /** Something else wrote (an import): forget cached counts and snapshots. */
  changed(): void;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function createContactStore(db: Db, now: () => Date = () => new Date()): ContactStore {
  let version = 0;
  let snapshot: { key: string; version: number; dataVersion: number; ids: Float64Array } | null = null;
  const counts = new Map<string, { version: number; dataVersion: number; total: number }>();
  const dataVersion = () => db.pragma('data_version', { simple: true }) as number;

  const listCounts = createListCounts(db);
  const listRow = db.prepare<
    [number],
    { id: number; name: string; columns: string; targets: string; updated_at: string; total: number; invalid: number }
  >('SELECT id, name, columns, targets, updated_at, total, invalid FROM contact_list WHERE id = ?');

  function listView(listId: number): ListView {
    const row = listRow.get(listId);
    if (!row) throw notFound('That list');
    return {
      id: row.id,
      name: row.name,
      total: row.total,
      valid: row.total - row.invalid,
      invalid: row.invalid,
      columns: JSON.parse(row.columns) as string[],
      targets: JSON.parse(row.targets) as FieldTarget[],
      updatedAt: row.updated_at,
    };
  }

  function where(query: Query): { sql: string; params: unknown[] } {
    const clauses = ['c.list_id = ?'];
    const params: unknown[] = [query.listId];
    switch (query.filter) {
      case 'valid':
        clauses.push('c.status = 0');
        break;
      case 'invalid':
        clauses.push('c.status = 1');
        break;
      case 'suppressed':
        clauses.push('c.status = 0 AND EXISTS (SELECT 1 FROM suppression s WHERE s.e164 = c.e164)');
        break;
      case 'mobile':
        clauses.push(`c.phone_type = 'MOBILE'`);
        break;
      case 'fixed_line':
        clauses.push(`c.phone_type = 'FIXED_LINE'`);
        break;
      case 'fixed_or_mobile':
        clauses.push(`c.phone_type = 'FIXED_LINE_OR_MOBILE'`);
        break;
      case 'other_type':
        clauses.push(`c.status = 0 AND c.phone_type NOT IN ('MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE')`);
        break;
    }
    const search = query.search.trim();
    if (search) {
      const like = `%${escapeLike(search)}%`;
      const digits = search.replace(/\D/g, '');
      clauses.push(
        `(c.name LIKE ? ESCAPE '\\' OR c.data LIKE ? ESCAPE '\\'${digits.length >= 3 ? ` OR c.e164 LIKE ? ESCAPE '\\'` : ''})`,
      );
      params.push(like, like);
      if (digits.length >= 3) params.push(`%${digits}%`);
    }
    return { sql: clauses.join(' AND '), params };
  }

  const isPlain = (q: Query) => q.filter === 'all' && q.search.trim() === '' && q.sort.field === 'line';
  const keyOf = (q: Query) => JSON.stringify([q.listId, q.filter, q.search.trim(), q.sort.field, q.sort.direction]);

  function toRow(raw: RawContact): ContactRow {
    return {
      id: raw.id,
      line: raw.line,
      e164: raw.e164,
      phoneType: raw.phone_type,
      status: raw.status === 0 ? 'valid' : 'invalid',
      reason: raw.reason,
      suppressed: raw.suppressed === 1,
      name: raw.name,
      values: raw.data.split(FIELD_SEPARATOR),
    };
  }

  function total(q: Query): number {
    if (q.filter === 'all' && q.search.trim() === '') return listView(q.listId).total;
    const key = keyOf({ ...q, sort: { field: 'line', direction: 'asc' } });
    const dv = dataVersion();
    const cached = counts.get(key);
    if (cached && cached.version === version && cached.dataVersion === dv) return cached.total;
    const { sql, params } = where(q);
    const value = db
      .prepare(`SELECT count(*) FROM contact c WHERE ${sql}`)
      .pluck()
      .get(...params) as number;
    counts.set(key, { version, dataVersion: dv, total: value });
    return value;
  }

  function snapshotOf(q: Query): Float64Array {
    const key = keyOf(q);
    const dv = dataVersion();
    if (snapshot && snapshot.key === key && snapshot.version === version && snapshot.dataVersion === dv) return snapshot.ids;
    const { sql, params } = where(q);
    const direction = q.sort.direction === 'desc' ? 'DESC' : 'ASC';
    const ids: number[] = [];
    const statement = db
      .prepare(`SELECT c.id FROM contact c WHERE ${sql} ORDER BY ${ORDER[q.sort.field]} ${direction}, c.id ${direction}`)
      .pluck();
    for (const id of statement.iterate(...params)) ids.push(id as number);
    snapshot = { key, version, dataVersion: dv, ids: Float64Array.from(ids) };
    return snapshot.ids;
  }

  function byIds(ids: ArrayLike<number>): ContactRow[] {
    if (ids.length === 0) return [];
    const list = Array.from(ids);
    const rows = db
      .prepare<number[], RawContact>(`SELECT ${COLUMNS} FROM contact c WHERE c.id IN (${list.map(() => '?').join(',')})`)
      .all(...list);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return list.flatMap((id) => {
      const raw = byId.get(id);
      return raw ? [toRow(raw)] : [];
    });
  }

  function page(input: ContactQuery, offset: number, limit: number) {
    const q = contactQuerySchema.parse(input);
    listView(q.listId);
    if (isPlain(q)) {
      const direction = q.sort.direction === 'desc' ? 'DESC' : 'ASC';
      const rows = db
        .prepare<[number, number, number], RawContact>(
          `SELECT ${COLUMNS} FROM contact c WHERE c.list_id = ? ORDER BY c.id ${direction} LIMIT ? OFFSET ?`,
        )
        .all(q.listId, limit, offset);
      return { total: total(q), rows: rows.map(toRow) };
    }
    const ids = snapshotOf(q);
    return { total: ids.length, rows: byIds(ids.subarray(offset, offset + limit)) };
  }

  const touch = (listId: number) => {
    version++;
    db.prepare('UPDATE contact_list SET updated_at = ? WHERE id = ?').run(now().toISOString(), listId);
  };

  return {
    lists() {
      const ids = db.prepare('SELECT id FROM contact_list ORDER BY name COLLATE NOCASE').pluck().all() as number[];
      return ids.map(listView);
    },
    list: listView,
    createList(name) {
      const trimmed = name.trim();
      if (db.prepare('SELECT 1 FROM contact_list WHERE name = ? COLLATE NOCASE').get(trimmed)) {
        throw new AppError('conflict', `A list named “${trimmed}” already exists.`, [
          { path: 'name', message: 'That name is taken.' },
        ]);
      }
      const stamp = now().toISOString();
      const id = Number(
        db.prepare('INSERT INTO contact_list (name, created_at, updated_at) VALUES (?, ?, ?)').run(trimmed, stamp, stamp)
          .lastInsertRowid,
      );
      version++;
      return listView(id);
    },
    renameList(listId, name) {
      listView(listId);
      const trimmed = name.trim();
      if (db.prepare('SELECT 1 FROM contact_list WHERE name = ? COLLATE NOCASE AND id <> ?').get(trimmed, listId)) {
        throw new AppError('conflict', `A list named “${trimmed}” already exists.`, [
          { path: 'name', message: 'That name is taken.' },
        ]);
      }
      db.prepare('UPDATE contact_list SET name = ? WHERE id = ?').run(trimmed, listId);
      touch(listId);
      return listView(listId);
    },
    deleteList(listId) {
      listView(listId);
      const deleted = db.transaction(() => {
        const n = db.prepare('DELETE FROM contact WHERE list_id = ?').run(listId).changes;
        db.prepare('DELETE FROM contact_list WHERE id = ?').run(listId);
        return n;
      })();
      version++;
      return deleted;
    },
    mergeLists(targetId, sourceIds) {
      const target = listView(targetId);
      const sources = sourceIds.filter((id) => id !== targetId).map(listView);
      const result = db.transaction(() => {
        let moved = 0;
        let duplicates = 0;
        const columns = [...target.columns];
        const targets = [...target.targets];
        const have = new Set(
          db.prepare('SELECT e164 FROM contact WHERE list_id = ? AND e164 IS NOT NULL').pluck().all(targetId) as string[],
        );
        const move = db.prepare('UPDATE contact SET list_id = ?, data = ? WHERE id = ?');
        const drop = db.prepare('DELETE FROM contact WHERE id = ?');
        for (const source of sources) {
          // Each source column goes to the target column of the same name, or a new one.
          const toTarget = source.columns.map((name, i) => {
            let index = columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
            if (index < 0) {
              index = columns.length;
              columns.push(name);
              targets.push(source.targets[i] ?? 'custom');
            }
            return index;
          });
          const rows = db
            .prepare<[number], { id: number; e164: string | null; data: string; status: number }>(
              'SELECT id, e164, data, status FROM contact WHERE list_id = ? ORDER BY id',
            )
            .all(source.id);
          for (const row of rows) {
            if (row.e164 && have.has(row.e164)) {
              drop.run(row.id);
              duplicates++;
              continue;
            }
            if (row.e164) have.add(row.e164);
            const values = new Array<string>(columns.length).fill('');
            row.data.split(FIELD_SEPARATOR).forEach((v, i) => (values[toTarget[i] ?? i] = v));
            move.run(targetId, values.join(FIELD_SEPARATOR), row.id);
            listCounts.adjust(targetId, 1, row.status);
            moved++;
          }
          db.prepare('DELETE FROM contact_list WHERE id = ?').run(source.id);
        }
        db.prepare('UPDATE contact_list SET columns = ?, targets = ? WHERE id = ?').run(
          JSON.stringify(columns),
          JSON.stringify(targets),
          targetId,
        );
        return { moved, duplicates };
      })();
      touch(targetId);
      return result;
    },
    count: (query) => total(contactQuerySchema.parse(query)),
    isPlain: (query) => isPlain(contactQuerySchema.parse(query)),
    page,
    forEach(input, each) {
      const q = contactQuerySchema.parse(input);
      listView(q.listId);
      const ids = isPlain(q) ? null : snapshotOf(q);
      if (ids) {
        for (let at = 0; at < ids.length; at += 2000) each(byIds(ids.subarray(at, at + 2000)), ids.length);
        return;
      }
      const total = listView(q.listId).total;
      const direction = q.sort.direction === 'desc' ? 'DESC' : 'ASC';
      let chunk: ContactRow[] = [];
      for (const raw of db
        .prepare<[number], RawContact>(`SELECT ${COLUMNS} FROM contact c WHERE c.list_id = ? ORDER BY c.id ${direction}`)
        .iterate(q.listId)) {
        chunk.push(toRow(raw));
        if (chunk.length === 2000) {
          each(chunk, total);
          chunk = [];
        }
      }
      if (chunk.length > 0) each(chunk, total);
    },
    update(contactId, values, defaultRegion) {
      const raw = db.prepare<[number], RawContact>(`SELECT ${COLUMNS} FROM contact c WHERE c.id = ?`).get(contactId);
      if (!raw) throw notFound('That contact');
      const list = listView(raw.list_id);
      const cells = list.columns.map((_, i) => (values[i] ?? '').replaceAll(FIELD_SEPARATOR, ' '));
      const at = (t: FieldTarget) => list.targets.indexOf(t);
      const get = (t: FieldTarget) => (at(t) >= 0 ? (cells[at(t)] ?? '').trim() : '');
      const name = get('full_name') || `${get('first_name')} ${get('last_name')}`.trim();
      let outcome = null as ReturnType<typeof normalizePhone> | null;
      for (const [i, target] of list.targets.entries()) {
        if (target !== 'phone') continue;
        outcome = normalizePhone(cells[i] ?? '', defaultRegion);
        if (outcome.ok) break;
      }
      if (!outcome) throw new AppError('validation', 'This list has no phone column.');
      if (outcome.ok) {
        const clash = db
          .prepare('SELECT 1 FROM contact WHERE list_id = ? AND e164 = ? AND id <> ?')
          .get(raw.list_id, outcome.e164, contactId);
        if (clash) {
          throw new AppError('conflict', `${outcome.e164} is already in this list.`, [
            { path: 'phone', message: 'Another contact of this list has this number.' },
          ]);
        }
      }
      const status = outcome.ok ? 0 : 1;
      db.transaction(() => {
        db.prepare('UPDATE contact SET e164 = ?, phone_type = ?, status = ?, reason = ?, name = ?, data = ? WHERE id = ?').run(
          outcome.ok ? outcome.e164 : null,
          outcome.ok ? outcome.type : null,
          status,
          outcome.ok ? null : rejectReasonText[outcome.reason],
          name,
          cells.join(FIELD_SEPARATOR),
          contactId,
        );
        listCounts.adjust(raw.list_id, 0, status - raw.status);
      })();
      touch(raw.list_id);
      return toRow(db.prepare<[number], RawContact>(`SELECT ${COLUMNS} FROM contact c WHERE c.id = ?`).get(contactId)!);
    },
    delete(contactIds) {
      const deleted = db.transaction(() => {
        const remove = db.prepare<[number], { list_id: number; status: number }>(
          'DELETE FROM contact WHERE id = ? RETURNING list_id, status',
        );
        let n = 0;
        for (const id of contactIds) {
          const gone = remove.get(id);
          if (!gone) continue;
          listCounts.adjust(gone.list_id, -1, -gone.status);
          n++;
        }
        return n;
      })();
      version++;
      return deleted;
    },
    changed() {
      version++;
    },
  };
}
