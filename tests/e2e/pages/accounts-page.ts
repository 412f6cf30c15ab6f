import { expect, type Locator, type Page } from '@playwright/test';

/** Locators and steps for the Accounts screen, so specs read as what an operator does. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Accounts' });
  }

  get addButton(): Locator {
    return this.page.getByRole('button', { name: 'Add profile' }).first();
  }

  get form(): Locator {
    return this.page.getByTestId('profile-form');
  }

  card(label: string): Locator {
    return this.page.getByTestId('profile-card').filter({ has: this.page.getByRole('heading', { name: label }) });
  }

  async addProfile(input: {
    provider: string;
    label: string;
    kind?: 'Sandbox' | 'Live';
    identifier?: string;
    identifierLabel?: string;
    secret: string;
    secretLabel: string;
  }): Promise<void> {
    await this.addButton.click();
    await expect(this.form).toBeVisible();
    await this.form.getByRole('radio', { name: new RegExp(input.provider) }).check();
    await this.form.getByLabel('Profile name').fill(input.label);
    await this.form.getByRole('radio', { name: new RegExp(`^${input.kind ?? 'Sandbox'}`) }).check();
    if (input.identifier !== undefined && input.identifierLabel)
      await this.form.getByLabel(input.identifierLabel).fill(input.identifier);
    await this.form.getByLabel(input.secretLabel, { exact: true }).fill(input.secret);
    await this.form.getByRole('button', { name: 'Add profile' }).click();
  }
}
