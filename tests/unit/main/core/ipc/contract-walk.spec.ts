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

/** A valid argument for every channel; the walk mutates these into malformed ones. */
function validSamples(): Record<string, unknown> {
  return {
    'accounts:list': undefined,
    'accounts:add': { provider: 'dropcowboy', label: 'Walk', kind: 'sandbox', identifier: 'team-1', secret: 'walk-secret-0001' },
    'accounts:update': { id: profileId, label: 'Renamed', kind: 'live', identifier: 'team-2' },
    'accounts:replaceSecret': { id: profileId, secret: 'another-secret-0002' },
    'accounts:remove': { id: profileId },
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
