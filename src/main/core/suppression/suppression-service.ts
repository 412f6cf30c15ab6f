/**
 * Opt-out and DNC lists, per channel (voice, SMS) or for all. Entries are added by hand, from
 * files, or by contact imports; removing one is an explicit action that needs a reason and is
 * logged. Nothing else ever deletes an entry.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SuppressionEntry } from '../../../shared/contract/contacts';
import { AppError, notFound } from '../errors';
import type { Logger } from '../log/logger';
import type { Db } from '../storage/database';
import { normalizePhone, rejectReasonText } from '../contacts/phone/normalize-phone';
import type { RegisteredFile } from '../contacts/files';
import { numberFromLine } from './dnc-file';

export type Channel = 'voice' | 'sms' | 'all';
export type Kind = 'opt_out' | 'dnc';

interface Row {
  id: number;
  e164: string;
  channel: Channel;
  kind: Kind;
  reason: string;
  source: string;
  added_at: string;
}

const toEntry = (r: Row): SuppressionEntry => ({
  id: r.id,
  e164: r.e164,
  channel: r.channel,
  kind: r.kind,
  reason: r.reason,
  source: r.source,
  addedAt: r.added_at,
});

export interface SuppressionService {
  list(search: string, offset: number, limit: number): { total: number; entries: SuppressionEntry[] };
  add(input: {
    phone: string;
    defaultRegion: string;
    channel: Channel;
    kind: Kind;
    reason: string;
    source: string;
    date?: string | undefined;
  }): SuppressionEntry;
  remove(id: number, reason: string): boolean;
  importFile(
    file: RegisteredFile,
    options: { defaultRegion: string; channel: Channel; kind: Kind; source: string },
  ): Promise<{ lines: number; added: number; alreadyListed: number; invalid: number }>;
  log(limit: number): Array<{
    e164: string;
    channel: string;
    kind: string;
    action: 'added' | 'removed';
    reason: string;
    source: string;
    at: string;
  }>;
}

export function createSuppressionService(db: Db, logger: Logger, now: () => Date = () => new Date()): SuppressionService {
  const log = logger.child({ component: 'suppression' });
  const insert = db.prepare(
    'INSERT OR IGNORE INTO suppression (e164, channel, kind, reason, source, added_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const logEntry = db.prepare(
    'INSERT INTO suppression_log (e164, channel, kind, action, reason, source, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );

  const addOne = (e164: string, channel: Channel, kind: Kind, reason: string, source: string, at: string): boolean => {
    const added = insert.run(e164, channel, kind, reason, source, at).changes > 0;
    if (added) logEntry.run(e164, channel, kind, 'added', reason, source, now().toISOString());
    return added;
  };

  return {
    list(search, offset, limit) {
      const digits = search.replace(/\D/g, '');
      const filter = digits ? 'WHERE e164 LIKE ?' : '';
      const params = digits ? [`%${digits}%`] : [];
      const total = db
        .prepare(`SELECT count(*) FROM suppression ${filter}`)
        .pluck()
        .get(...params) as number;
      const rows = db
        .prepare<unknown[], Row>(`SELECT * FROM suppression ${filter} ORDER BY added_at DESC, id DESC LIMIT ? OFFSET ?`)
        .all(...params, limit, offset);
      return { total, entries: rows.map(toEntry) };
    },
    add(input) {
      const outcome = normalizePhone(input.phone, input.defaultRegion);
      if (!outcome.ok) {
        const message = `${rejectReasonText[outcome.reason]}: check the number.`;
        throw new AppError('validation', message, [{ path: 'phone', message }]);
      }
      const at = input.date ? new Date(`${input.date}T00:00:00Z`).toISOString() : now().toISOString();
      if (!addOne(outcome.e164, input.channel, input.kind, input.reason, input.source, at)) {
        throw new AppError('conflict', `${outcome.e164} is already on that list.`, [
          { path: 'phone', message: 'Already on that list.' },
        ]);
      }
      log.info('suppression added by hand', { channel: input.channel, kind: input.kind });
      const row = db
        .prepare<[string, string, string], Row>('SELECT * FROM suppression WHERE e164 = ? AND channel = ? AND kind = ?')
        .get(outcome.e164, input.channel, input.kind)!;
      return toEntry(row);
    },
    remove(id, reason) {
      const row = db.prepare<[number], Row>('SELECT * FROM suppression WHERE id = ?').get(id);
      if (!row) throw notFound('That entry');
      db.transaction(() => {
        db.prepare('DELETE FROM suppression WHERE id = ?').run(id);
        logEntry.run(row.e164, row.channel, row.kind, 'removed', reason, 'Removed by the operator', now().toISOString());
      })();
      log.info('suppression removed by the operator', { id, channel: row.channel, kind: row.kind });
      return true;
    },
    async importFile(file, options) {
      const counts = { lines: 0, added: 0, alreadyListed: 0, invalid: 0 };
      const at = now().toISOString();
      const reason = `From ${file.name}`;
      let pending: string[] = [];
      const flush = db.transaction((numbers: string[]) => {
        for (const e164 of numbers) {
          if (addOne(e164, options.channel, options.kind, reason, options.source, at)) counts.added++;
          else counts.alreadyListed++;
        }
      });
      const lines = createInterface({ input: createReadStream(file.path, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const line of lines) {
        const parsed = numberFromLine(line);
        if ('skip' in parsed) {
          if (parsed.skip === 'no_number') counts.invalid++;
          if (parsed.skip !== 'blank') counts.lines++;
          continue;
        }
        counts.lines++;
        const outcome = normalizePhone(parsed.phone, options.defaultRegion);
        if (!outcome.ok) {
          counts.invalid++;
          continue;
        }
        pending.push(outcome.e164);
        if (pending.length >= 5000) {
          flush(pending);
          pending = [];
        }
      }
      if (pending.length > 0) flush(pending);
      log.info('suppression file imported', { file: file.name, ...counts });
      return counts;
    },
    log(limit) {
      return db
        .prepare('SELECT e164, channel, kind, action, reason, source, at FROM suppression_log ORDER BY id DESC LIMIT ?')
        .all(limit) as ReturnType<SuppressionService['log']>;
    },
  };
}
