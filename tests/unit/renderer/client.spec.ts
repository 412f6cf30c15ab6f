import { describe, expect, it } from 'vitest';
import { buildBridgeApi } from '../../../src/shared/api';
import { contract } from '../../../src/shared/contract';
import { ApiError, createClient } from '../../../src/renderer/src/api/client';

describe('bridge API and renderer client', () => {
  it('has exactly one named function per page channel, none for preload-only ones, and no generic invoke', () => {
    const calls: string[] = [];
    const bridge = buildBridgeApi(contract, async (channel) => {
      calls.push(channel);
      return { ok: true, value: null };
    });
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(contract).sort());
    for (const [group, methods] of Object.entries(contract)) {
      const page = Object.entries(methods as Record<string, { exposure?: string }>).filter(
        ([, spec]) => spec.exposure !== 'preload',
      );
      expect(Object.keys((bridge as Record<string, object>)[group] ?? {}).sort()).toEqual(page.map(([m]) => m).sort());
    }
    expect(Object.keys((bridge as unknown as Record<string, object>)['files'] ?? {})).toEqual([]);
    expect((bridge as unknown as Record<string, unknown>)['invoke']).toBeUndefined();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('unwraps values and turns error envelopes into ApiError with field issues', async () => {
    const bridge = buildBridgeApi(contract, async (channel) =>
      channel === 'system:info'
        ? { ok: true, value: { version: '1' } }
        : { ok: false, error: { code: 'conflict', message: 'Taken.', issues: [{ path: 'label', message: 'Taken.' }] } },
    );
    const client = createClient({
      ...bridge,
      platform: {
        registerFile: async () => ({ ok: true, value: { fileId: 'x', name: 'a.csv', size: 1 } }),
        saveDownload: async () => ({ ok: false, error: { code: 'internal', message: 'no' } }),
      },
    });
    await expect(client.system.info()).resolves.toEqual({ version: '1' });
    const error = await client.accounts.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('conflict');
    expect((error as ApiError).forField('label')).toBe('Taken.');
    await expect(client.platform.registerFile(new Blob([]) as File)).resolves.toMatchObject({ name: 'a.csv' });
    await expect(client.platform.saveDownload('d', 'x.csv')).rejects.toBeInstanceOf(ApiError);
  });
});
