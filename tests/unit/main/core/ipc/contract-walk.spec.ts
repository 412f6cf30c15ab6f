/**
 * Walks every channel of the real contract, against the real core (SQLite + OS keychain):
 * each malformed argument must be answered with a validation error and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, listChannels } from '../../../../../src/shared/contract';
import type { Db } from '../../../../../src/main/core/storage/database';
import { openTestCore, type TestCore } from '../../../../helpers/test-core';

let t: TestCore;
let profileId: string;
const fileId = '11111111-1111-4111-8111-111111111111';

/** A valid argument for every channel; the walk mutates these into malformed ones. */
function validSamples(): Record<string, unknown> {
  return {
    'accounts:list': undefined,
    'accounts:add': { provider: 'dropcowboy', label: 'Walk', kind: 'sandbox', identifier: 'team-1', secret: 'walk-secret-0001' },
    'accounts:update': { id: profileId, label: 'Renamed', kind: 'live', identifier: 'team-2' },
    'accounts:replaceSecret': { id: profileId, secret: 'another-secret-0002' },
    'accounts:remove': { id: profileId },
    'contacts:preview': { fileId, overrides: { delimiter: ',' } },
    'contacts:startImport': {
      fileId,
      encoding: 'utf-8',
      delimiter: ',',
      hasHeader: true,
      targets: ['full_name', 'phone'],
      defaultRegion: 'US',
      policy: 'skip',
      list: { name: 'Walk list' },
    },
    'contacts:importStatus': { jobId: fileId },
    'contacts:cancelImport': { jobId: fileId },
    'contacts:lists': undefined,
    'contacts:createList': { name: 'New list' },
    'contacts:renameList': { listId: 1, name: 'Renamed list' },
    'contacts:deleteList': { listId: 1 },
    'contacts:mergeLists': { targetId: 1, sourceIds: [2] },
    'contacts:count': { listId: 1, search: 'a', filter: 'valid' },
    'contacts:page': { query: { listId: 1 }, offset: 0, limit: 50 },
    'contacts:updateContact': { contactId: 1, values: ['A', '2025550143'], defaultRegion: 'US' },
    'contacts:deleteContacts': { contactIds: [1] },
    'contacts:exportList': { query: { listId: 1 } },
    'contacts:exportProgress': { exportId: fileId },
    'contacts:exportRejected': { importId: 1 },
    'contacts:pushToDropCowboy': { listId: 1, profileId, name: 'Pushed' },
    'contacts:dropCowboyLists': { listId: 1 },
    'contacts:renameDropCowboyList': { profileId, dropCowboyListId: 'abc', name: 'Renamed' },
    'contacts:deleteDropCowboyList': { profileId, dropCowboyListId: 'abc' },
    'files:registerPath': { path: '/tmp/x.csv', name: 'x.csv' },
    'files:saveDownload': { downloadId: fileId },
    'suppression:list': { search: '', offset: 0, limit: 10 },
    'suppression:add': {
      phone: '2025550143',
      defaultRegion: 'US',
      channel: 'all',
      kind: 'opt_out',
      reason: 'Asked',
      source: 'Desk',
    },
    'suppression:remove': { id: 1, reason: 'Consent again' },
    'suppression:importFile': { fileId, defaultRegion: 'US', channel: 'voice', kind: 'dnc', source: 'Registry' },
    'suppression:log': { limit: 10 },
    'providers:testConnection': { profileId },
    'providers:resource': { profileId, resource: 'brands' },
    'sandbox:status': undefined,
    'sandbox:restoreProfiles': undefined,
    'system:info': undefined,
  };
}

const wrongValues: unknown[] = [null, 12345, true, '', 'x'.repeat(5000), [], { nested: 1 }, 'not-a-uuid'];

function mutations(valid: unknown): unknown[] {
  if (valid === undefined) return [null, 0, 'text', {}, [], { unexpected: true }];
  const base = valid as Record<string, unknown>;
  const out: unknown[] = [undefined, null, 42, 'text', [], [base], { ...base, unexpected: true }];
  for (const key of Object.keys(base)) {
    const { [key]: _dropped, ...without } = base;
    out.push(without);
    for (const value of wrongValues) out.push({ ...base, [key]: value });
  }
  return out;
}

function snapshot(db: Db, keychain: Array<{ account: string; password: string }>): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const rows = Object.fromEntries(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  return JSON.stringify({ rows, keychain: [...keychain].sort((a, b) => a.account.localeCompare(b.account)) });
}

beforeAll(async () => {
  t = await openTestCore();
  const added = await t.core.profiles.add({
    provider: 'dropcowboy',
    label: 'Seed',
    kind: 'sandbox',
    identifier: 'team-0',
    secret: 'seed-secret-000000',
  });
  profileId = added.id;
});

afterAll(async () => t.close());

describe('every contract channel rejects malformed arguments and does nothing', () => {
  it('has a valid sample for each channel, accepted by its schema', () => {
    const samples = validSamples();
    for (const entry of listChannels(contract)) {
      expect(Object.keys(samples), `add a valid sample for ${entry.name}`).toContain(entry.name);
      expect(entry.spec.input.safeParse(samples[entry.name]).success, entry.name).toBe(true);
    }
  });

  for (const entry of listChannels(contract)) {
    it(entry.name, async () => {
      const malformed = mutations(validSamples()[entry.name]).filter((m) => !entry.spec.input.safeParse(m).success);
      expect(malformed.length, 'enough malformed variants to mean something').toBeGreaterThanOrEqual(5);

      for (const input of malformed) {
        const before = snapshot(t.core.db, await t.keychain.keytar.findCredentials(t.keychain.service));
        const result = await t.core.dispatcher.dispatch(entry.name, input);
        expect(result.ok, JSON.stringify(input)?.slice(0, 200)).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('validation');
          expect(result.error.message).toMatch(/^Invalid request: /);
          expect(result.error.issues?.length).toBeGreaterThan(0);
        }
        const after = snapshot(t.core.db, await t.keychain.keytar.findCredentials(t.keychain.service));
        expect(after).toBe(before);
      }
    });
  }
});
