/**
 * `npm run screenshot`: the README's picture, taken from the browser harness with a few
 * sample profiles in a throwaway data folder and keychain service.
 */
import { chromium } from '@playwright/test';
import keytar from 'keytar';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../tests/helpers/chromium';
import { createKeytarStore } from '../src/main/core/secrets/keytar-store';
import { startHarness } from '../src/harness/server';
import { generateContactsCsv } from '../bench/generate-contacts';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-shot-'));
  const service = `Switchboard screenshot ${process.pid}`;
  const harness = await startHarness({ dataDir, secrets: createKeytarStore({ service }) });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  try {
    const { profiles } = harness.core;
    await profiles.add({
      provider: 'dropcowboy',
      label: 'Main account',
      kind: 'live',
      identifier: 'team-5a1b2c',
      secret: 'dc-live-secret-0000-4821',
    });
    await profiles.add({
      provider: 'octopush',
      label: 'Campaigns FR',
      kind: 'live',
      identifier: 'ops@example.com',
      secret: 'octopush-key-93f1aa05',
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    await page.goto(harness.url);
    await page.locator('html[data-app-state="loaded"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Test connection of Drop Cowboy sandbox' }).click();
    await page.getByText(/^Connected\./).waitFor();
    await page.screenshot({ path: join(__dirname, '..', 'docs', 'screenshot-accounts.png') });
    console.log('wrote docs/screenshot-accounts.png');

    // Contacts: a generated export imported through the wizard, then its table.
    const csv = join(dataDir, 'customers.csv');
    await generateContactsCsv(csv, 25_000);
    await page.getByRole('button', { name: /^Contacts/ }).click();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    await page.getByTestId('import-wizard').getByTestId('file-input').setInputFiles(csv);
    await page.getByRole('table', { name: 'Preview and column mapping' }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('button', { name: 'Open the list' }).click();
    await page.locator('[data-testid=contacts-grid][data-painted=yes]').waitFor();
    await page.screenshot({ path: join(__dirname, '..', 'docs', 'screenshot-contacts.png') });
    console.log('wrote docs/screenshot-contacts.png');
  } finally {
    await browser.close();
    await harness.close();
    for (const item of await keytar.findCredentials(service)) await keytar.deletePassword(service, item.account);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
