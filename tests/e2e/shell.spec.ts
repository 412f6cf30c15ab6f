import { expect, test } from './fixtures';

test('the navigation works from the keyboard', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: /Accounts/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(nav.getByRole('button', { name: /Contacts/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeFocused();
  await expect(page.getByText('Compose is coming soon')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No contact lists yet' })).toBeVisible();
  await expect(nav.getByRole('button', { name: /Contacts/ })).toHaveAttribute('aria-current', 'page');

  await page.keyboard.press('Control+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText(/Kept in the OS keychain/)).toBeVisible();

  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
});

test('every screen has a heading and something to say', async ({ page }) => {
  for (const [index, title] of ['Accounts', 'Contacts', 'Compose', 'Sends', 'Results', 'Settings'].entries()) {
    await page.keyboard.press(`Control+${index + 1}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('main')).not.toBeEmpty();
  }
});

test('the page runs under the strict CSP: inline script is refused', async ({ page, app }) => {
  app.expectConsoleErrors(/Executing inline script violates the following Content Security Policy/);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.appendChild(script);
    return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, directive: await violation };
  });
  expect(outcome).toEqual({ ran: false, directive: expect.stringMatching(/^script-src/) });
});

test('the bridge exposes only named contract functions, and refuses calls without the token', async ({ page, app }) => {
  const shape = await page.evaluate(() => {
    const api = (window as unknown as { switchboard: Record<string, Record<string, unknown>> }).switchboard;
    return Object.fromEntries(Object.entries(api).map(([group, methods]) => [group, Object.keys(methods).sort()]));
  });
  expect(shape).toEqual({
    accounts: ['add', 'list', 'remove', 'replaceSecret', 'update'],
    contacts: [
      'cancelImport',
      'count',
      'createList',
      'deleteContacts',
      'deleteDropCowboyList',
      'deleteList',
      'dropCowboyLists',
      'exportList',
      'exportProgress',
      'exportRejected',
      'importStatus',
      'lists',
      'mergeLists',
      'page',
      'preview',
      'pushToDropCowboy',
      'renameDropCowboyList',
      'renameList',
      'startImport',
      'updateContact',
    ],
    // Paths are registered by the preload (or the harness), never named by the page.
    files: [],
    platform: ['registerFile', 'saveDownload'],
    providers: ['resource', 'testConnection'],
    sandbox: ['restoreProfiles', 'status'],
    suppression: ['add', 'importFile', 'list', 'log', 'remove'],
    system: ['info'],
  });

  const endpoint = `${app.harness.origin}/__harness/ipc/accounts:list`;
  const token = new URL(app.harness.url).hash.replace('#token=', '');
  const call = (headers: Record<string, string>) =>
    fetch(endpoint, { method: 'POST', body: '{}', headers }).then((r) => r.status);
  expect(await call({ origin: app.harness.origin, 'x-switchboard-token': token })).toBe(200);
  expect(await call({ origin: app.harness.origin })).toBe(403);
  expect(await call({ origin: app.harness.origin, 'x-switchboard-token': token.slice(1) })).toBe(403);
  expect(await call({ origin: 'http://evil.example', 'x-switchboard-token': token })).toBe(403);
});

test('follows the OS dark theme', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await background();
  expect(light).not.toBe(dark);
  expect(dark).toBe('rgb(18, 21, 28)');
});
