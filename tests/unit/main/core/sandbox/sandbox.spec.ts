/**
 * Sandbox mode through the real core: the first-start profiles, "Test connection" and the
 * resource browser against the in-process simulators, and the rule that sandbox and live never mix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEndpoint, liveEndpoints, resolveEndpoint } from '../../../../../src/main/core/providers/endpoints';
import { keychainKey } from '../../../../../src/main/core/accounts/profile-service';
import { seedBrands, seedRecordings } from '../../../../../src/simulators/dropcowboy/seed-data';
import { openTestCore, type TestCore } from '../../../../helpers/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore({ seedSandbox: true });
});
afterEach(async () => t.close());

const call = (channel: string, input?: unknown) => t.core.dispatcher.dispatch(channel, input);
const profileId = async (label: string) => (await t.core.profiles.list()).profiles.find((p) => p.label === label)!.id;

describe('sandbox mode', () => {
  it('makes one sandbox profile per provider on first start, secrets in the keychain', async () => {
    const { profiles } = await t.core.profiles.list();
    expect(profiles.map((p) => [p.provider, p.label, p.kind, p.endpoint])).toEqual([
      ['dropcowboy', 'Drop Cowboy sandbox', 'sandbox', 'Built-in simulator (nothing leaves this computer)'],
      ['octopush', 'Octopush sandbox', 'sandbox', 'Built-in simulator (nothing leaves this computer)'],
      ['revicom', 'Revicom sandbox', 'sandbox', 'Built-in simulator (nothing leaves this computer)'],
    ]);
    for (const p of profiles) expect(await t.keychain.keytar.getPassword(t.keychain.service, keychainKey(p.id))).toBeTruthy();
  });

  it('does not make them again after the user deletes them, until asked to', async () => {
    const id = await profileId('Octopush sandbox');
    await t.core.profiles.remove(id);
    expect(t.core.sandbox.running()).toBeNull();
    expect(await call('sandbox:restoreProfiles')).toEqual({ ok: true, value: { added: 1 } });
    expect(await call('sandbox:restoreProfiles')).toEqual({ ok: true, value: { added: 0 } });
  });

  it('tests the connection of each sandbox profile against the in-process simulators', async () => {
    const dc = await call('providers:testConnection', { profileId: await profileId('Drop Cowboy sandbox') });
    expect(dc).toMatchObject({ ok: true, value: { summary: 'Connected. 2 brand(s), 1 registered for API sending.' } });
    if (dc.ok)
      expect((dc.value as { endpoint: string }).endpoint).toMatch(/^Built-in simulator at http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(await call('providers:testConnection', { profileId: await profileId('Octopush sandbox') })).toMatchObject({
      ok: true,
      value: { summary: 'Connected. Balance 150.00 €.' },
    });
    expect(await call('providers:testConnection', { profileId: await profileId('Revicom sandbox') })).toMatchObject({
      ok: true,
      value: { summary: 'Connected with a message token. Balance 1,200.00 USD.' },
    });
    expect(t.core.sandbox.running()).not.toBeNull();
    expect(await call('sandbox:status')).toMatchObject({
      ok: true,
      value: { running: true, simulators: expect.arrayContaining([expect.objectContaining({ provider: 'revicom' })]) },
    });
  });

  it('fails a sandbox profile with a wrong secret with a clear authentication message, and no secret in it', async () => {
    const wrong = await t.core.profiles.add({
      provider: 'dropcowboy',
      label: 'Typo',
      kind: 'sandbox',
      identifier: 'sandbox-team',
      secret: 'definitely-wrong-secret',
    });
    const result = await call('providers:testConnection', { profileId: wrong.id });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'provider',
        message:
          'Drop Cowboy refused the credentials of “Typo” (HTTP 401: Invalid team_id or secret.). Check the Team ID and Secret under Accounts, then test the connection again.',
      },
    });
    expect(JSON.stringify(result)).not.toContain('definitely-wrong-secret');
  });

  it('browses brands, recordings, media, pools and voices of Drop Cowboy, balance of the others', async () => {
    const dc = await profileId('Drop Cowboy sandbox');
    expect(await call('providers:resource', { profileId: dc, resource: 'brands' })).toMatchObject({
      ok: true,
      value: { resource: 'brands', items: seedBrands },
    });
    const recordings = await call('providers:resource', { profileId: dc, resource: 'recordings' });
    expect(recordings.ok && (recordings.value as { items: unknown[] }).items).toHaveLength(seedRecordings.length);
    for (const resource of ['media', 'pools', 'voices'])
      expect((await call('providers:resource', { profileId: dc, resource })).ok).toBe(true);
    expect(await call('providers:resource', { profileId: dc, resource: 'balance' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('no balance endpoint') },
    });
    expect(
      await call('providers:resource', { profileId: await profileId('Octopush sandbox'), resource: 'balance' }),
    ).toMatchObject({
      ok: true,
      value: { items: [{ label: 'Wallet', amount: 150, unit: '€' }] },
    });
    expect(
      await call('providers:resource', { profileId: await profileId('Revicom sandbox'), resource: 'balance' }),
    ).toMatchObject({
      ok: true,
      value: { items: [{ amount: 1200, unit: 'USD' }] },
    });
  });
});

describe('sandbox and live never mix', () => {
  it('sends live profiles only to the providers’ https endpoints and sandbox ones only to loopback', () => {
    expect(resolveEndpoint('dropcowboy', 'live', 'http://127.0.0.1:4000/v1')).toBe('https://api.dropcowboy.com/v1');
    expect(resolveEndpoint('revicom', 'live', null)).toBe(liveEndpoints.revicom);
    expect(resolveEndpoint('octopush', 'sandbox', 'http://127.0.0.1:4001/v1/public')).toBe('http://127.0.0.1:4001/v1/public');
    expect(() => resolveEndpoint('octopush', 'sandbox', 'https://api.octopush.com/v1/public')).toThrow(/not on loopback/);
    expect(() => resolveEndpoint('octopush', 'sandbox', null)).toThrow(/not running/);
    expect(describeEndpoint('live', 'revicom')).toBe('https://direct.revicom.ltd/api/v1');
  });
});
