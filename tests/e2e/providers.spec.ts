import { seedBrands, seedRecordings } from '../../src/simulators/dropcowboy/seed-data';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/accounts-page';

test('a new user finds one sandbox profile per provider, clearly marked', async ({ page }) => {
  const accounts = new AccountsPage(page);
  for (const label of ['Drop Cowboy sandbox', 'Octopush sandbox', 'Revicom sandbox']) {
    const card = accounts.card(label);
    await expect(card.getByText('Sandbox', { exact: true })).toBeVisible();
    await expect(card.getByTestId('endpoint')).toHaveText('Built-in simulator (nothing leaves this computer)');
  }
});

test('"Test connection" succeeds on a sandbox profile', async ({ page }) => {
  const card = new AccountsPage(page).card('Drop Cowboy sandbox');
  await card.getByRole('button', { name: 'Test connection of Drop Cowboy sandbox' }).click();
  await expect(card.getByTestId('connection-result')).toHaveText(
    /^Connected\. 2 brand\(s\), 1 registered for API sending\. Built-in simulator at http:\/\/127\.0\.0\.1:\d+\/v1 answered in \d+ ms\.$/,
  );
  await expect(card.getByTestId('connection-result')).toHaveClass(/connection-result--ok/);

  const revicom = new AccountsPage(page).card('Revicom sandbox');
  await revicom.getByRole('button', { name: /^Test connection/ }).click();
  await expect(revicom.getByTestId('connection-result')).toContainText('Connected with a message token. Balance 1,200.00 USD.');
});

test('"Test connection" fails with a clear authentication message on a profile with a wrong secret', async ({ page }) => {
  const accounts = new AccountsPage(page);
  await accounts.addProfile({
    provider: 'Drop Cowboy',
    label: 'Wrong secret',
    identifier: 'sandbox-team',
    identifierLabel: 'Team ID',
    secret: 'this-is-not-the-secret',
    secretLabel: 'Secret',
  });
  const card = accounts.card('Wrong secret');
  await card.getByRole('button', { name: 'Test connection of Wrong secret' }).click();
  const result = card.getByTestId('connection-result');
  await expect(result).toHaveText(
    'Drop Cowboy refused the credentials of “Wrong secret” (HTTP 401: Invalid team_id or secret.). Check the Team ID and Secret under Accounts, then test the connection again.',
  );
  await expect(result).toHaveClass(/connection-result--error/);
});

test('the resource browser lists the simulator’s brands and recordings', async ({ page }) => {
  const card = new AccountsPage(page).card('Drop Cowboy sandbox');
  await card.getByRole('button', { name: 'Resources of Drop Cowboy sandbox' }).click();
  const dialog = page.getByTestId('resources');
  await expect(dialog.getByRole('tab', { name: 'Brands' })).toHaveAttribute('aria-selected', 'true');
  const panel = dialog.getByRole('tabpanel');
  for (const brand of seedBrands) {
    await expect(panel.getByRole('row').filter({ hasText: brand.company_name })).toContainText(brand.brand_id);
  }
  // Keyboard: the arrow key moves to Recordings.
  await dialog.getByRole('tab', { name: 'Brands' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'Recordings' })).toHaveAttribute('aria-selected', 'true');
  for (const recording of seedRecordings) await expect(panel.getByRole('cell', { name: recording.name })).toBeVisible();
  await expect(panel.getByRole('row')).toHaveCount(seedRecordings.length + 1);

  await dialog.getByRole('tab', { name: 'Voices' }).click();
  await expect(panel.getByRole('cell', { name: 'Tony' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Octopush resources show the balance; Settings can restore deleted sandbox profiles', async ({ page }) => {
  const accounts = new AccountsPage(page);
  await accounts.card('Octopush sandbox').getByRole('button', { name: 'Resources of Octopush sandbox' }).click();
  await expect(page.getByTestId('resources').getByRole('cell', { name: '150.00 €' })).toBeVisible();
  await page.keyboard.press('Escape');

  await accounts.card('Octopush sandbox').getByRole('button', { name: 'Delete Octopush sandbox' }).click();
  await page.getByTestId('delete-profile').getByRole('button', { name: 'Delete profile' }).click();
  await expect(accounts.card('Octopush sandbox')).toHaveCount(0);

  await page.keyboard.press('Control+6');
  await expect(page.getByTestId('sandbox-status')).toContainText('Drop Cowboy: http://127.0.0.1:');
  await page.getByRole('button', { name: 'Restore sandbox profiles' }).click();
  await expect(page.getByRole('status')).toContainText('Added 1 sandbox profile(s) under Accounts.');
  await page.keyboard.press('Control+1');
  await expect(accounts.card('Octopush sandbox')).toBeVisible();
});
