import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeytarStore } from '../../../../../src/main/core/secrets/keytar-store';
import { filesContaining } from '../../../../helpers/files';
import { tempDir } from '../../../../helpers/temp-dir';

const root = join(__dirname, '../../../../..');

describe('with no keychain available', () => {
  it('the real keytar store says so plainly, and adding a profile stores nothing anywhere', () => {
    const folder = tempDir();
    try {
      const env = { ...process.env };
      delete env['DBUS_SESSION_BUS_ADDRESS'];
      delete env['DISPLAY'];
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'tests/helpers/keychain-unavailable-child.ts'), folder.dir],
        { env, cwd: root, encoding: 'utf8' },
      );
      const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
        add: { ok: boolean; error?: { code: string; message: string } };
        list: { ok: boolean; value?: { keychain: { available: boolean; reason?: string } } };
        rows: number;
      };
      expect(result.add.ok).toBe(false);
      expect(result.add.error?.code).toBe('keychain_unavailable');
      expect(result.add.error?.message).toMatch(/keyring|keychain/i);
      expect(result.add.error?.message).toMatch(/never in a file/);
      expect(result.list.value?.keychain.available).toBe(false);
      expect(result.rows).toBe(0);
      expect(filesContaining(folder.dir, 'never-stored-secret-7777')).toEqual([]);
      expect(readFileSync(join(folder.dir, 'logs', 'switchboard.log'), 'utf8')).toContain('keychain_unavailable');
    } finally {
      folder.remove();
    }
  });

  it('a keytar that cannot even load is reported as unavailable, and retried on the next call', async () => {
    let attempts = 0;
    const store = createKeytarStore({
      service: 'x',
      load: () => {
        attempts++;
        return Promise.reject(new Error('Cannot find module keytar.node'));
      },
    });
    const status = await store.status();
    expect(status).toMatchObject({ available: false });
    expect(status.available === false && status.reason).toMatch(/could not be used \(Cannot find module keytar\.node\)/);
    await expect(store.write('k', 'v')).rejects.toMatchObject({ code: 'keychain_unavailable' });
    expect(attempts).toBe(2);
  });
});
