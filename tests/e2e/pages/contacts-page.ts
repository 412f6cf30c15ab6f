import { expect, type Locator, type Page } from '@playwright/test';

/** Locators and steps for the Contacts screen, so specs read as what an operator does. */
export class ContactsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /^Contacts/ }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  }

  get wizard(): Locator {
    return this.page.getByTestId('import-wizard');
  }

  get grid(): Locator {
    return this.page.getByTestId('contacts-grid');
  }

  get count(): Locator {
    return this.page.getByTestId('contact-count');
  }

  /** Through the wizard up to the preview: the file is chosen with the file picker. */
  async chooseFile(path: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import CSV' }).click();
    await this.wizard.getByTestId('file-input').setInputFiles(path);
    await expect(this.wizard.getByRole('table', { name: 'Preview and column mapping' })).toBeVisible();
  }

  async runImport(): Promise<Locator> {
    await this.wizard.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = this.wizard.getByTestId('import-summary');
    await expect(summary).toBeVisible();
    return summary;
  }

  summaryCount(summary: Locator, label: string): Locator {
    return summary
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) })
      .locator('td')
      .first();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search contacts' }).fill(text);
  }

  /** The rendered row whose cells contain this text (the grid is virtualised: only visible rows exist). */
  row(text: string | RegExp): Locator {
    return this.grid.getByRole('row').filter({ hasText: text });
  }
}
