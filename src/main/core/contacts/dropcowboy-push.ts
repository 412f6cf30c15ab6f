/**
 * Pushing a list's valid contacts to a Drop Cowboy contact list: create the list there, append the
 * contacts 10,000 at a time, and report the rows Drop Cowboy refused, by their line in the source
 * file. Each contact's id travels as record_id so a refusal can be traced back.
 *
 * Numbers on any opt-out or DNC list stay behind: a Drop Cowboy list can feed voicemail and SMS
 * campaigns alike, so a number suppressed on either channel must not reach it.
 */
import type { ContactStore } from './contact-store';
import type { Db } from '../storage/database';
import { AppError } from '../errors';
import type { ProviderClients } from '../providers/provider-clients';
import { MAX_CONTACTS_PER_APPEND, type ContactField } from '../providers/dropcowboy/requests';
import type { DropCowboyClient } from '../providers/dropcowboy/client';
import type { FieldTarget } from './mapping/fields';

const fieldFor: Partial<Record<FieldTarget, ContactField>> = {
  first_name: 'first_name',
  last_name: 'last_name',
  email: 'email',
  company: 'company',
  address: 'address1',
  city: 'city',
  state: 'state',
  postal_code: 'postal',
  country: 'country',
};

const SUPPRESSED = 'EXISTS (SELECT 1 FROM suppression s WHERE s.e164 = c.e164)';

export interface DropCowboyPush {
  push(
    listId: number,
    profileId: string,
    name: string,
  ): Promise<{
    dropCowboyListId: string;
    sent: number;
    accepted: number;
    suppressed: number;
    rejected: Array<{ line: number | null; phone: string; reason: string }>;
  }>;
  links(
    listId: number,
  ): Promise<Array<{ dropCowboyListId: string; profileId: string; name: string; contactCount: number | null; pushedAt: string }>>;
  rename(profileId: string, dropCowboyListId: string, name: string): Promise<boolean>;
  remove(profileId: string, dropCowboyListId: string): Promise<boolean>;
}

export function createDropCowboyPush(db: Db, store: ContactStore, clients: ProviderClients): DropCowboyPush {
  async function client(profileId: string): Promise<DropCowboyClient> {
    const resolved = await clients.forProfile(profileId);
    if (resolved.provider !== 'dropcowboy')
      throw new AppError('validation', 'Choose a Drop Cowboy profile to push a list to Drop Cowboy.');
    return resolved.client;
  }

  return {
    async push(listId, profileId, name) {
      const list = store.list(listId);
      const dc = await client(profileId);
      const mapped = list.targets.flatMap((target, index) => {
        const field = fieldFor[target];
        return field ? [{ index, field }] : [];
      });
      const fields: ContactField[] = ['record_id', 'phone', ...mapped.map((m) => m.field)];
      const created = await dc.createList(name);
      db.prepare('INSERT INTO dropcowboy_list (list_id, profile_id, dc_list_id, name, pushed_at) VALUES (?, ?, ?, ?, ?)').run(
        listId,
        profileId,
        created.list_id,
        created.list_name,
        new Date().toISOString(),
      );
      const suppressed = db
        .prepare<[number], { n: number }>(
          `SELECT COUNT(*) AS n FROM contact c WHERE list_id = ? AND status = 0 AND ${SUPPRESSED}`,
        )
        .get(listId)!.n;
      const rows = db.prepare<[number], { id: number; e164: string; data: string; line: number | null }>(
        `SELECT id, e164, data, line FROM contact c WHERE list_id = ? AND status = 0 AND NOT ${SUPPRESSED} ORDER BY id`,
      );
      let sent = 0;
      let accepted = 0;
      const rejected: Array<{ line: number | null; phone: string; reason: string }> = [];
      let chunk: Array<{ line: number | null; values: string[] }> = [];
      const flush = async () => {
        if (chunk.length === 0) return;
        const result = await dc.appendContacts(created.list_id, { fields, values: chunk.map((c) => c.values) });
        accepted += result.accepted_count;
        for (const r of result.rejected) {
          const row = chunk[r.index];
          rejected.push({ line: row?.line ?? null, phone: row?.values[1] ?? '', reason: r.reason });
        }
        sent += chunk.length;
        chunk = [];
      };
      for (const row of rows.iterate(listId)) {
        const values = row.data.split('\x1f');
        chunk.push({ line: row.line, values: [String(row.id), row.e164, ...mapped.map((m) => values[m.index] ?? '')] });
        if (chunk.length === MAX_CONTACTS_PER_APPEND) await flush();
      }
      await flush();
      return { dropCowboyListId: created.list_id, sent, accepted, suppressed, rejected };
    },
    async links(listId) {
      const rows = db
        .prepare<[number], { dc_list_id: string; profile_id: string; name: string; pushed_at: string }>(
          'SELECT dc_list_id, profile_id, name, pushed_at FROM dropcowboy_list WHERE list_id = ? ORDER BY id DESC',
        )
        .all(listId);
      return Promise.all(
        rows.map(async (row) => {
          let contactCount: number | null = null;
          let name = row.name;
          try {
            const details = await (await client(row.profile_id)).getList(row.dc_list_id);
            contactCount = details.contact_count;
            name = details.list_name;
          } catch {
            // Gone or unreachable: shown without a count.
          }
          return { dropCowboyListId: row.dc_list_id, profileId: row.profile_id, name, contactCount, pushedAt: row.pushed_at };
        }),
      );
    },
    async rename(profileId, dropCowboyListId, name) {
      await (await client(profileId)).renameList(dropCowboyListId, name);
      db.prepare('UPDATE dropcowboy_list SET name = ? WHERE profile_id = ? AND dc_list_id = ?').run(
        name,
        profileId,
        dropCowboyListId,
      );
      return true;
    },
    async remove(profileId, dropCowboyListId) {
      await (await client(profileId)).deleteList(dropCowboyListId);
      db.prepare('DELETE FROM dropcowboy_list WHERE profile_id = ? AND dc_list_id = ?').run(profileId, dropCowboyListId);
      return true;
    },
  };
}
