import type { FieldTarget } from '../../../../shared/contract/contacts';

export const targetLabels: Readonly<Record<FieldTarget, string>> = {
  phone: 'Phone',
  first_name: 'First name',
  last_name: 'Last name',
  full_name: 'Full name',
  email: 'Email',
  company: 'Company',
  address: 'Address',
  city: 'City',
  state: 'State / region',
  postal_code: 'Postal / ZIP code',
  country: 'Country (row’s region)',
  opt_out: 'Opted out (yes/no)',
  dnc: 'Do not call (yes/no)',
  consent: 'Consent',
  consent_date: 'Consent date',
  custom: 'Keep as is',
  ignore: 'Ignore',
};

export const encodingLabels = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
} as const;

export const delimiterLabels = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab', '|': 'Pipe' } as const;

export const number = (n: number) => n.toLocaleString();

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}
