import Papa from 'papaparse';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ContactsPage } from './pages/contacts-page';

/**
 * A spreadsheet export as operators bring them: a byte-order mark, semicolons, CRLF, a quoted
 * newline, a blank line, a number Excel turned into scientific notation, a short code, a number
 * too short, and the same number twice.
 */
const messyCsv = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from(
    [
      'First name;Last name;Mobile;E-mail;City',
      'Ada;Lovelace;(202) 555-0143;ada@example.com;Washington',
      'Grace;Hopper;+1 415 555 0199;grace@example.com;"San',
      'Francisco"',
      'Alan;Turing;4.15555E+09;alan@example.com;Boston',
      'Katherine;Johnson;911;kj@example.com;Hampton',
      'Margaret;Hamilton;202.555.0143;mh@example.com;Boston',
      '',
      'Edsger;Dijkstra;555 0143;ed@example.com;Austin',
      'Barbara;Liskov;+44 20 7946 0958;bl@example.com;London',
      '',
    ].join('\r\n'),
  ),
]);

function writeFixture(dir: string, name = 'spring leads.csv'): string {
  const path = join(dir, name);
  writeFileSync(path, messyCsv);
  return path;
}

test.use({ seedSandbox: false });

test('imports a messy CSV through the wizard, shows the summary, downloads the invalid rows and finds a contact', async ({
  page,
  app,
}) => {
  const contacts = new ContactsPage(page);
  await contacts.open();
  await expect(page.getByRole('heading', { name: 'No contact lists yet' })).toBeVisible();

  await contacts.chooseFile(writeFixture(app.dataDir));
  // Detection: the separator and the header row, and the phone column mapped from its name.
  await expect(contacts.wizard.getByLabel('Separator')).toHaveValue(';');
  await expect(contacts.wizard.getByLabel('Encoding')).toHaveValue('utf-8');
  await expect(contacts.wizard.getByRole('checkbox', { name: 'holds column names' })).toBeChecked();
  await expect(contacts.wizard.getByLabel('Map column Mobile')).toHaveValue('phone');
  await expect(contacts.wizard.getByLabel('Map column E-mail')).toHaveValue('email');
  await expect(contacts.wizard.getByLabel('List name')).toHaveValue('spring leads');

  const summary = await contacts.runImport();
  await expect(summary).toContainText('7 rows of spring leads.csv read');
  await expect(summary).toContainText('1 blank lines skipped');
  const expected = { Imported: '3', Updated: '0', Duplicates: '1', Invalid: '3', Suppressed: '0' };
  for (const [label, value] of Object.entries(expected)) await expect(contacts.summaryCount(summary, label)).toHaveText(value);

  // The invalid rows, as a CSV with their line numbers and reasons.
  const downloading = page.waitForEvent('download');
  await summary.getByRole('button', { name: 'Download invalid rows (3)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('spring leads - invalid rows.csv');
  const saved = join(app.dataDir, 'invalid.csv');
  await download.saveAs(saved);
  const rows = Papa.parse<string[]>(readFileSync(saved, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(['Line', 'Phone', 'Reason', 'First name', 'Last name', 'Mobile', 'E-mail', 'City']);
  expect(rows.slice(1).map(([line, phone, reason]) => [line, phone, reason])).toEqual([
    ['5', '4.15555E+09', 'Mangled by Excel into scientific notation (digits are lost): re-export the column as text'],
    ['6', '911', 'A short code, not a phone number'],
    ['9', '555 0143', 'Too short'],
  ]);

  // Find a contact in the table.
  await summary.getByRole('button', { name: 'Open the list' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'spring leads' })).toBeVisible();
  await expect(contacts.grid).toHaveAttribute('data-painted', 'yes');
  await expect(contacts.count).toHaveText('6 contacts');
  await contacts.search('Hopper');
  await expect(contacts.count).toHaveText('1 of 6 contacts match');
  await expect(contacts.row('Grace Hopper')).toContainText('+14155550199');
  await expect(contacts.row('Grace Hopper')).toContainText('Valid');
  await contacts.search('+44 20 7946 0958');
  await expect(contacts.row('Barbara Liskov')).toContainText('+442079460958');
  await expect(contacts.row('Barbara Liskov')).toContainText('Fixed line');
});

test('filters, sorts, edits and deletes from the keyboard', async ({ page, app }) => {
  const contacts = new ContactsPage(page);
  await contacts.open();
  await contacts.chooseFile(writeFixture(app.dataDir));
  await (await contacts.runImport()).getByRole('button', { name: 'Open the list' }).click();
  await expect(contacts.count).toHaveText('6 contacts');

  await page.getByLabel('Show').selectOption('invalid');
  await expect(contacts.count).toHaveText('3 of 6 contacts match');
  await expect(contacts.grid.getByRole('row')).toHaveCount(4);

  // Sort by phone, descending: the header button toggles, and aria-sort says so.
  await page.getByLabel('Show').selectOption('valid');
  await contacts.grid.getByRole('button', { name: 'Phone' }).click();
  await contacts.grid.getByRole('button', { name: /Phone/ }).click();
  await expect(contacts.grid.getByRole('columnheader', { name: /Phone/ })).toHaveAttribute('aria-sort', 'descending');
  const firstRow = contacts.grid.getByRole('row').nth(1);
  await expect(firstRow).toContainText('+442079460958');

  // Keyboard: focus the grid, move down, Enter edits the active row.
  await contacts.grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const edit = page.getByTestId('edit-contact');
  await expect(edit).toBeVisible();
  await expect(edit.getByRole('heading')).toHaveText('Edit Grace Hopper');
  await edit.getByLabel('Mobile (Phone)').fill('415 555 0100');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved. The number is +14155550100.')).toBeVisible();
  await expect(contacts.row('Grace Hopper')).toContainText('+14155550100');

  // Delete asks first, with Cancel focused; Escape keeps the contact.
  await contacts.grid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete 1 contact?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(contacts.count).toHaveText('3 of 6 contacts match');
  await contacts.grid.focus();
  await page.keyboard.press('Delete');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted 1 contact.', { exact: false })).toBeVisible();
  await expect(contacts.count).toHaveText('2 of 5 contacts match');
  await expect(contacts.row('Barbara Liskov')).toHaveCount(0);

  // Export CSV writes what the table shows: the valid numbers, by phone descending.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('spring leads.csv');
  await expect(page.getByText('Exported 2 contacts.')).toBeVisible();
  await expect(page.getByTestId('export-progress')).toHaveCount(0);
  const saved = join(app.dataDir, 'export.csv');
  await download.saveAs(saved);
  const rows = Papa.parse<string[]>(readFileSync(saved, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(rows[0]!.slice(-5)).toEqual(['Phone (E.164)', 'Phone type', 'Status', 'Reason', 'Suppressed']);
  expect(rows.slice(1).map((row) => row.at(-5))).toEqual(['+14155550100', '+12025550143']);
});

test('an opt-out added by hand suppresses the contact; removing it asks why and is logged', async ({ page, app }) => {
  const contacts = new ContactsPage(page);
  await contacts.open();
  await contacts.chooseFile(writeFixture(app.dataDir));
  await (await contacts.runImport()).getByRole('button', { name: 'Open the list' }).click();

  await page.getByRole('button', { name: 'Opt-outs and DNC' }).click();
  await expect(page.getByRole('heading', { name: 'No opt-outs or DNC numbers yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Add number' }).click();
  const add = page.getByTestId('add-suppression');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add.getByText('Enter a phone number.')).toBeVisible();
  await add.getByLabel('Phone number').fill('(202) 555-0143');
  await add.getByLabel('Reason').fill('Asked to stop on a call');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('+12025550143 added to Opt-out (Voice and SMS).')).toBeVisible();
  const table = page.getByTestId('suppression-table');
  await expect(table.getByRole('row', { name: /\+12025550143/ })).toContainText('Asked to stop on a call');

  // The list now shows Ada as suppressed.
  await page.getByRole('button', { name: /^spring leads/ }).click();
  await page.getByLabel('Show').selectOption('suppressed');
  await expect(contacts.count).toHaveText('1 of 6 contacts match');
  await expect(contacts.row('Ada Lovelace')).toContainText('Suppressed');

  // Removing needs a reason, and both actions are in the history.
  await page.getByRole('button', { name: 'Opt-outs and DNC' }).click();
  await table.getByRole('button', { name: 'Remove +12025550143 from Opt-out' }).click();
  const remove = page.getByTestId('remove-suppression');
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(remove.getByText('Say why it is removed.')).toBeVisible();
  await remove.getByLabel('Why is it removed?').fill('Added to the wrong number');
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('heading', { name: 'No opt-outs or DNC numbers yet' })).toBeVisible();
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByTestId('suppression-log');
  await expect(history.getByRole('row', { name: /Removed/ })).toContainText('Added to the wrong number');
  await expect(history.getByRole('row', { name: /Added/ }).filter({ hasText: 'Asked to stop on a call' })).toHaveCount(1);
});

test('imports a National DNC registry download into the DNC list', async ({ page, app }) => {
  const contacts = new ContactsPage(page);
  await contacts.open();
  await page.getByRole('button', { name: 'Manage opt-outs and DNC' }).click();
  await page.getByRole('button', { name: 'Import file…' }).click();
  const dialog = page.getByTestId('import-suppression');
  // The registry's download: area code and number in two columns, no header.
  const path = join(app.dataDir, '2026-11-01_DNC.txt');
  writeFileSync(path, '202,5550143\r\n415,5550199\r\n999,12\r\n');
  await dialog.getByTestId('file-input').setInputFiles(path);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('2026-11-01_DNC.txt: 2 added, 0 already listed, 1 lines without a valid number.')).toBeVisible();
  const table = page.getByTestId('suppression-table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: /\+14155550199/ })).toContainText('Do not call');
});

test('creates, renames and deletes a list, with confirmation', async ({ page }) => {
  const contacts = new ContactsPage(page);
  await contacts.open();
  await page.getByRole('button', { name: 'Or create an empty list' }).click();
  await page.getByTestId('list-name').getByLabel('List name').fill('Walk-ins');
  await page.getByTestId('list-name').getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Walk-ins' })).toBeVisible();
  await expect(page.getByText('This list is empty.')).toBeVisible();

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByTestId('list-name').getByLabel('List name').fill('Walk-ins 2026');
  await page.getByTestId('list-name').getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Walk-ins 2026' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete list' }).click();
  await page.getByTestId('delete-list').getByRole('button', { name: 'Delete list' }).click();
  await expect(page.getByText('Deleted “Walk-ins 2026” and its 0 contacts.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No contact lists yet' })).toBeVisible();
});

test.describe('with the sandbox profiles', () => {
  test.use({ seedSandbox: true });

  test('pushes a list to Drop Cowboy, leaving opted-out numbers behind, then renames and deletes it there', async ({
    page,
    app,
  }) => {
    const contacts = new ContactsPage(page);
    await contacts.open();
    await contacts.chooseFile(writeFixture(app.dataDir));
    await (await contacts.runImport()).getByRole('button', { name: 'Open the list' }).click();
    await app.harness.core.suppression.add({
      phone: '+442079460958',
      defaultRegion: 'US',
      channel: 'voice',
      kind: 'dnc',
      reason: 'Registered with the TPS',
      source: 'test',
    });

    await page.getByRole('button', { name: 'Push to Drop Cowboy' }).click();
    const dialog = page.getByTestId('push-dropcowboy');
    await expect(dialog.getByLabel('Profile')).toHaveText(/Drop Cowboy sandbox \(sandbox\)/);
    await dialog.getByLabel('Name in Drop Cowboy').fill('Spring voicemail');
    // A double click pushes once.
    await dialog.getByRole('button', { name: 'Push' }).dblclick();
    await expect(dialog.getByTestId('push-result')).toHaveText(
      'Sent 2; Drop Cowboy accepted 2 and refused 0. 1 opted-out or DNC numbers were left out.',
    );
    const sim = await app.harness.core.sandbox.simulators();
    expect(sim.dropcowboy.lists()).toMatchObject([{ list_name: 'Spring voicemail' }]);

    const pushed = dialog.getByRole('region', { name: 'Pushed before' });
    await expect(pushed.getByRole('row', { name: /Spring voicemail/ })).toContainText('Drop Cowboy sandbox');
    await pushed.getByRole('button', { name: 'Rename Spring voicemail in Drop Cowboy' }).click();
    await pushed.getByLabel('New name for Spring voicemail').fill('Spring 2027');
    await pushed.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Renamed to “Spring 2027” in Drop Cowboy.')).toBeVisible();
    await expect(pushed.getByRole('cell', { name: 'Spring 2027', exact: true })).toBeVisible();
    expect(sim.dropcowboy.lists()).toMatchObject([{ list_name: 'Spring 2027' }]);

    await pushed.getByRole('button', { name: 'Delete Spring 2027 in Drop Cowboy' }).click();
    await expect(pushed.getByRole('button', { name: 'Keep' })).toBeFocused();
    await pushed.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByText('Deleted “Spring 2027” in Drop Cowboy.', { exact: false })).toBeVisible();
    await expect(pushed).toHaveCount(0);
    expect(sim.dropcowboy.lists()).toEqual([]);
  });
});
