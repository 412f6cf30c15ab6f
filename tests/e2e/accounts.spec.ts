import { readFileSync } from 'node:fs';
import { keychainKey } from '../../src/main/core/accounts/profile-service';
import { filesContaining, listFiles } from '../helpers/files';
import { expect, test } from './fixtures';
import { AccountsPage } from './pages/accounts-page';

const SECRET = 'dc-e2e-secret-Zq81-77xK-4410';

const idOf = (
  app: { harness: { core: { db: { prepare: (sql: string) => { pluck: () => { get: (label: string) => unknown } } } } } },
  label: string,
) => app.harness.core.db.prepare('SELECT id FROM provider_profile WHERE label = ?').pluck().get(label) as string;

test.describe('on a first start with sandbox turned off', () => {
  test.use({ seedSandbox: false });
  test('the Accounts screen explains what a profile is', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'No provider profiles yet' })).toBeVisible();
    await expect(page.getByText('A profile holds the credentials for one provider account')).toBeVisible();
  });
});

test('adding a Drop Cowboy profile stores its secret only in the OS keychain', async ({ page, app }) => {
  const accounts = new AccountsPage(page);
  await expect(accounts.card('Drop Cowboy sandbox')).toBeVisible();

  await accounts.addProfile({
    provider: 'Drop Cowboy',
    label: 'Main DC',
    identifier: 'team-8842',
    identifierLabel: 'Team ID',
    secret: SECRET,
    secretLabel: 'Secret',
  });

  const card = accounts.card('Main DC');
  await expect(card).toBeVisible();
  await expect(card.getByText('Sandbox')).toBeVisible();
  await expect(card.getByTestId('secret-state')).toContainText('••••4410');
  await expect(page.getByRole('status')).toContainText('Added Drop Cowboy profile “Main DC”');

  // The secret is in the real keychain, under the profile's item.
  const id = idOf(app, 'Main DC');
  expect(id).toBeDefined();
  expect(await app.keychain.keytar.getPassword(app.keychain.service, keychainKey(id))).toBe(SECRET);

  // ...and nowhere else: no IPC answer, no file in the data folder (SQLite and its WAL included), no log line.
  const answers = await app.ipcResponses();
  expect(answers.length).toBeGreaterThan(1);
  expect(answers.filter((body) => body.includes(SECRET))).toEqual([]);
  expect(answers.join('\n')).toContain('••••4410');
  const files = listFiles(app.dataDir);
  expect(files.some((f) => f.endsWith('switchboard.sqlite'))).toBe(true);
  expect(filesContaining(app.dataDir, SECRET)).toEqual([]);
  const log = readFileSync(app.harness.core.logFile, 'utf8');
  expect(log).toContain('profile added');
  expect(log.split('\n').filter((line) => line.includes(SECRET))).toEqual([]);
});

test('deleting a profile asks first, then removes its keychain item', async ({ page, app }) => {
  const accounts = new AccountsPage(page);
  await accounts.addProfile({
    provider: 'Revicom',
    label: 'Codes',
    kind: 'Live',
    secret: 'revicom-token-ABCDEFGH1234',
    secretLabel: 'API token',
  });
  await expect(accounts.card('Codes').getByText('Live')).toBeVisible();
  const id = idOf(app, 'Codes');
  expect(await app.keychain.keytar.getPassword(app.keychain.service, keychainKey(id))).toBe('revicom-token-ABCDEFGH1234');

  // Cancel keeps everything.
  await accounts.card('Codes').getByRole('button', { name: 'Delete Codes' }).click();
  const confirm = page.getByTestId('delete-profile');
  await expect(confirm).toContainText('deletes its api token from your OS keychain');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(accounts.card('Codes')).toBeVisible();
  expect(await app.keychain.keytar.getPassword(app.keychain.service, keychainKey(id))).not.toBeNull();

  // Confirming deletes the profile and its keychain item.
  await accounts.card('Codes').getByRole('button', { name: 'Delete Codes' }).click();
  await page.getByTestId('delete-profile').getByRole('button', { name: 'Delete profile' }).click();
  await expect(accounts.card('Codes')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Deleted “Codes” and its keychain item.');
  expect(await app.keychain.keytar.getPassword(app.keychain.service, keychainKey(id))).toBeNull();
  const remaining = (await app.keychain.keytar.findCredentials(app.keychain.service)).map((c) => c.account);
  expect(remaining).toHaveLength(3);
  expect(remaining).not.toContain(keychainKey(id));
});

test('the form shows clear field errors, from the page and from main', async ({ page }) => {
  const accounts = new AccountsPage(page);
  await accounts.addButton.click();
  const form = accounts.form;
  await form.getByRole('radio', { name: /Octopush/ }).check();
  await form.getByRole('button', { name: 'Add profile' }).click();
  await expect(form.getByText('Give the profile a name.')).toBeVisible();
  await expect(form.getByText('The API login is the email address of your Octopush account.')).toBeVisible();
  await expect(form.getByText('Enter the secret.')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();

  // A duplicate name is caught by main, and shown on the name field.
  await accounts.addProfile({
    provider: 'Octopush',
    label: 'Ops',
    identifier: 'ops@example.com',
    identifierLabel: 'API login',
    secret: 'octo-key-1',
    secretLabel: 'API key',
  });
  await expect(accounts.card('Ops')).toBeVisible();
  await accounts.addProfile({
    provider: 'Octopush',
    label: 'ops',
    identifier: 'ops@example.com',
    identifierLabel: 'API login',
    secret: 'octo-key-2',
    secretLabel: 'API key',
  });
  await expect(form.getByText('An Octopush profile named “ops” already exists.').first()).toBeVisible();
  await expect(form.getByLabel('Profile name')).toHaveAttribute('aria-invalid', 'true');
});

test('editing a profile and replacing its secret', async ({ page, app }) => {
  const accounts = new AccountsPage(page);
  await accounts.addProfile({
    provider: 'Drop Cowboy',
    label: 'Old name',
    identifier: 'team-1',
    identifierLabel: 'Team ID',
    secret: 'first-secret-000011112222',
    secretLabel: 'Secret',
  });
  await accounts.card('Old name').getByRole('button', { name: 'Edit Old name' }).click();
  await accounts.form.getByLabel('Profile name').fill('New name');
  await accounts.form.getByRole('radio', { name: /^Live/ }).check();
  await accounts.form.getByRole('button', { name: 'Save changes' }).click();
  await expect(accounts.card('New name').getByText('Live')).toBeVisible();

  await accounts.card('New name').getByRole('button', { name: 'Replace secret of New name' }).click();
  const dialog = page.getByTestId('replace-secret');
  await dialog.getByLabel('New secret', { exact: true }).fill('second-secret-99998888');
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(accounts.card('New name').getByTestId('secret-state')).toContainText('••••8888');
  expect(await app.keychain.keytar.getPassword(app.keychain.service, keychainKey(idOf(app, 'New name')))).toBe(
    'second-secret-99998888',
  );
});
