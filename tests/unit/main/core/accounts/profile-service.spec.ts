import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keychainKey } from '../../../../../src/main/core/accounts/profile-service';
import { filesContaining } from '../../../../helpers/files';
import { openTestCore, type TestCore } from '../../../../helpers/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => t.close());

const dc = (label = 'Main', secret = 'dc-secret-abcdef-9876') =>
  ({ provider: 'dropcowboy', label, kind: 'sandbox', identifier: 'team-42', secret }) as const;

describe('profiles and the real keychain', () => {
  it('stores the secret in the keychain and only a masked hint in SQLite', async () => {
    const view = await t.core.profiles.add(dc());
    expect(await t.keychain.keytar.getPassword(t.keychain.service, keychainKey(view.id))).toBe('dc-secret-abcdef-9876');
    expect(view.secret).toEqual({ configured: true, hint: '••••9876' });
    const row = t.core.db.prepare('SELECT * FROM provider_profile WHERE id = ?').get(view.id);
    expect(JSON.stringify(row)).not.toContain('dc-secret-abcdef');
    expect(filesContaining(t.dataDir, 'dc-secret-abcdef-9876')).toEqual([]);
  });

  it('shows no tail of a short secret', async () => {
    const view = await t.core.profiles.add({ provider: 'revicom', label: 'R', kind: 'live', secret: 'short' });
    expect(view.secret.hint).toBe('••••');
    expect(view.identifier).toBeNull();
  });

  it('reports configured = false when the keychain item disappears behind its back', async () => {
    const view = await t.core.profiles.add(dc());
    await t.keychain.keytar.deletePassword(t.keychain.service, keychainKey(view.id));
    const { profiles } = await t.core.profiles.list();
    expect(profiles[0]?.secret).toEqual({ configured: false, hint: null });
  });

  it('replaces a secret in place', async () => {
    const view = await t.core.profiles.add(dc());
    const next = await t.core.profiles.replaceSecret(view.id, 'brand-new-secret-1111');
    expect(next.secret.hint).toBe('••••1111');
    expect(await t.core.profiles.readSecret(view.id)).toBe('brand-new-secret-1111');
  });

  it('deleting a profile removes its keychain item', async () => {
    const view = await t.core.profiles.add(dc());
    const other = await t.core.profiles.add(dc('Other', 'other-secret-55555555'));
    await t.core.profiles.remove(view.id);
    expect(await t.keychain.keytar.getPassword(t.keychain.service, keychainKey(view.id))).toBeNull();
    expect(await t.keychain.keytar.getPassword(t.keychain.service, keychainKey(other.id))).toBe('other-secret-55555555');
    expect((await t.core.profiles.list()).profiles.map((p) => p.label)).toEqual(['Other']);
  });

  it('refuses a duplicate label per provider, case-insensitively, and leaves no keychain item behind', async () => {
    await t.core.profiles.add(dc('Main'));
    await expect(t.core.profiles.add(dc('main', 'second-secret-xxxxxxxx'))).rejects.toMatchObject({ code: 'conflict' });
    const items = await t.keychain.keytar.findCredentials(t.keychain.service);
    expect(items).toHaveLength(1);
    // The same label under another provider is fine.
    await t.core.profiles.add({ provider: 'octopush', label: 'Main', kind: 'live', identifier: 'ops@example.com', secret: 'k' });
  });

  it('checks the identifier against the profile’s provider on update', async () => {
    const view = await t.core.profiles.add({
      provider: 'octopush',
      label: 'O',
      kind: 'live',
      identifier: 'ops@example.com',
      secret: 'k1',
    });
    await expect(t.core.profiles.update({ id: view.id, identifier: 'not an email' })).rejects.toMatchObject({
      code: 'validation',
      issues: [{ path: 'identifier' }],
    });
    const updated = await t.core.profiles.update({ id: view.id, label: 'Octo', kind: 'sandbox' });
    expect(updated).toMatchObject({ label: 'Octo', kind: 'sandbox', identifier: 'ops@example.com' });
  });

  it('answers not_found for a profile that does not exist', async () => {
    await expect(t.core.profiles.remove('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('never writes a secret to the log', async () => {
    const view = await t.core.profiles.add(dc());
    await t.core.profiles.replaceSecret(view.id, 'rotated-secret-22222222');
    await t.core.profiles.readSecret(view.id);
    const log = readFileSync(t.core.logFile, 'utf8');
    expect(log).toContain('profile added');
    expect(log).not.toContain('dc-secret-abcdef-9876');
    expect(log).not.toContain('rotated-secret-22222222');
  });
});
