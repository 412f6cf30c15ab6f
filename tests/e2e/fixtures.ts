/**
 * End-to-end fixture: the real renderer build in Chromium, talking through the harness bridge
 * to the real main-process core, with a fresh data folder and its own service in the real OS
 * keychain for every test. Tests wait on the app-ready marker, never on sleeps.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startHarness, type Harness } from '../../src/harness/server';
import { tempDir } from '../helpers/temp-dir';
import { testKeychain } from '../helpers/test-keychain';

export interface AppFixture {
  harness: Harness;
  dataDir: string;
  keychain: ReturnType<typeof testKeychain>;
  /** The body of every IPC answer the page has received so far. */
  ipcResponses(): Promise<string[]>;
  /** Console errors matching this are expected by the test (any other fails it). */
  expectConsoleErrors(pattern: RegExp): void;
}

export async function waitForApp(page: Page): Promise<void> {
  await page.locator('html[data-app-state="loaded"]').waitFor({ state: 'attached' });
}

export const test = base.extend<{ app: AppFixture; seedSandbox: boolean }>({
  /** Start like a first run (with the sandbox profiles); `test.use({ seedSandbox: false })` starts empty. */
  seedSandbox: [true, { option: true }],
  // Automatic: every test gets a running app, whether or not it asks for the fixture.
  app: [
    async ({ page, seedSandbox }, use) => {
      const folder = tempDir('switchboard-e2e-');
      const keychain = testKeychain();
      const harness = await startHarness({ dataDir: folder.dir, secrets: keychain.store, seedSandbox });
      const bodies: Array<Promise<string>> = [];
      const problems: string[] = [];
      const expected: RegExp[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/__harness/ipc/')) bodies.push(response.text().catch(() => ''));
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !expected.some((re) => re.test(message.text()))) {
          problems.push(`console error: ${message.text()}`);
        }
      });

      await page.goto(harness.url);
      await waitForApp(page);
      await use({
        harness,
        dataDir: folder.dir,
        keychain,
        ipcResponses: () => Promise.all(bodies),
        expectConsoleErrors: (pattern) => expected.push(pattern),
      });

      // Judge only what happened during the test: leave the app before its server goes away, so
      // requests still in flight are not reported as errors.
      const seen = [...problems];
      await page.goto('about:blank');
      await harness.close();
      await keychain.cleanup();
      folder.remove();
      expect(seen, 'the page logged no errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
