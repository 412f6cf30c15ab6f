/**
 * The real Electron app, launched by Playwright. It needs an Electron binary; where there is
 * none (machines that install with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it is reported as skipped,
 * with the reason.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const root = join(__dirname, '../..');

function electronBinary(): string | null {
  try {
    // Under Node, the electron package exports the path of its binary, and throws if it was never downloaded.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the Electron app opens on Accounts', async () => {
  test.skip(
    binary === null,
    'No Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, and electronjs.org is unreachable). ' +
      'Runs where `npm install` could download Electron.',
  );
  // Native modules must match Electron's ABI; this builds a separate copy and leaves Node's alone.
  execFileSync(process.execPath, [join(root, 'scripts/prepare-electron.mjs')], { cwd: root, stdio: 'inherit' });
  const userData = tempDir('switchboard-electron-');
  const app = await electron.launch({
    executablePath: binary!,
    args: [root, `--user-data-dir=${userData.dir}`],
    env: { ...process.env, SWITCHBOARD_KEYCHAIN_SERVICE: 'Switchboard electron e2e' },
  });
  try {
    const page = await app.firstWindow();
    await page.locator('html[data-app-state="loaded"]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
    // The page has the bridge and nothing of Node.
    const globals = await page.evaluate(() => ({
      bridge: typeof (window as unknown as { switchboard?: unknown }).switchboard,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
    // window.open is denied, and navigating away is refused.
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    // A single window: the single-instance lock and the denied window.open leave no other.
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    userData.remove();
  }
});
