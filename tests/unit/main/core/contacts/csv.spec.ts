import { afterAll, describe, expect, it } from 'vitest';
import { completeUtf8Length, detectEncoding } from '../../../../../src/main/core/contacts/csv/encoding';
import { uniqueHeaders } from '../../../../../src/main/core/contacts/csv/headers';
import { guessDelimiter, looksLikeHeader } from '../../../../../src/main/core/contacts/csv/sniff';
import { createFileRegistry } from '../../../../../src/main/core/contacts/files';
import { previewFile } from '../../../../../src/main/core/contacts/inspect';
import { suggestTarget } from '../../../../../src/main/core/contacts/mapping/fields';
import { regionFromCountry } from '../../../../../src/main/core/contacts/mapping/regions';
import { writeFixture, fixtures, type FixtureName } from '../../../../helpers/csv-fixtures';
import { tempDir } from '../../../../helpers/temp-dir';

const folder = tempDir();
afterAll(() => folder.remove());
const noSaved = { find: () => null, save: () => undefined };
const preview = (name: FixtureName) => {
  const files = createFileRegistry();
  return previewFile(files.register(writeFixture(folder.dir, name)), {}, noSaved);
};

describe('encoding detection', () => {
  it.each([
    ['bom-utf8.csv', 'utf-8', 3],
    ['windows-1252.csv', 'windows-1252', 0],
    ['cyrillic-1251.csv', 'windows-1251', 0],
    ['utf16-excel.txt', 'utf-16le', 2],
    ['quoted-newlines.csv', 'utf-8', 0],
  ] as const)('%s is %s', async (name, encoding, bomLength) => {
    const path = writeFixture(folder.dir, name);
    const guess = await detectEncoding(path, fixtures[name]);
    expect(guess).toMatchObject({ encoding, bomLength });
  });

  it('finds UTF-16 without a byte-order mark', async () => {
    const bytes = Buffer.from('Name\tMobile\r\nAna\t+44 7700 900123\r\n', 'utf16le');
    expect((await detectEncoding(folder.dir + '/x', bytes)).encoding).toBe('utf-16le');
  });

  it('never cuts a UTF-8 character between chunks', () => {
    const bytes = Buffer.from('aé€😀');
    for (let cut = 1; cut <= bytes.length; cut++) {
      const slice = bytes.subarray(0, cut);
      const whole = completeUtf8Length(slice);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(slice.subarray(0, whole))).not.toThrow();
      expect(cut - whole).toBeLessThanOrEqual(3);
    }
  });
});

describe('delimiter, header and mapping', () => {
  it('guesses each delimiter', () => {
    expect(guessDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(guessDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(guessDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(guessDelimiter('a|b|c\n1|2|3\n')).toBe('|');
  });

  it('tells a header row from a data row', () => {
    expect(looksLikeHeader(['Name', 'Phone'], [['A', '2025550100']])).toBe(true);
    expect(looksLikeHeader(['Ana', '2025550100'], [['Bo', '2025550101']])).toBe(false);
    expect(looksLikeHeader(['Ana', 'ana@x.io'], [])).toBe(false);
  });

  it('names blank and repeated headers', () => {
    expect(uniqueHeaders(['Phone', '', 'phone', 'Phone'])).toEqual(['Phone', 'Column 2', 'phone (2)', 'Phone (3)']);
  });

  it('maps header names in several languages and spellings', () => {
    const cases: Record<string, string> = {
      'Mobile Phone': 'phone',
      'Phone 2': 'phone',
      'Work Tel.': 'phone',
      Téléphone: 'phone',
      'E-mail': 'email',
      Prénom: 'first_name',
      Surname: 'last_name',
      'Zip Code': 'postal_code',
      Country: 'country',
      'Do Not Call': 'dnc',
      Unsubscribed: 'opt_out',
      'Consent Date': 'consent_date',
      'Favourite colour': 'custom',
    };
    for (const [header, target] of Object.entries(cases)) expect(suggestTarget(header), header).toBe(target);
  });

  it('reads country names and codes as regions', () => {
    expect(regionFromCountry('United States')).toBe('US');
    expect(regionFromCountry('usa')).toBe('US');
    expect(regionFromCountry('Deutschland')).toBe('DE');
    expect(regionFromCountry('fr')).toBe('FR');
    expect(regionFromCountry('Narnia')).toBeNull();
  });
});

describe('file preview', () => {
  it('previews an Excel UTF-8 file with its BOM removed', async () => {
    const p = await preview('bom-utf8.csv');
    expect(p).toMatchObject({
      encoding: 'utf-8',
      delimiter: ',',
      hasHeader: true,
      columns: ['First Name', 'Last Name', 'Phone', 'Email'],
    });
    expect(p.targets).toEqual(['first_name', 'last_name', 'phone', 'email']);
    expect(p.rows[0]).toEqual(['Zoë', 'Müller', '(202) 555-0143', 'zoe@example.com']);
  });

  it('decodes Windows-1252 and Windows-1251 correctly', async () => {
    expect((await preview('windows-1252.csv')).rows[0]).toEqual(['Renée', 'Dubois', '06 12 34 56 78', 'Orléans']);
    const cyrillic = await preview('cyrillic-1251.csv');
    expect(cyrillic.columns).toEqual(['Имя', 'Фамилия', 'Телефон']);
    expect(cyrillic.targets).toEqual(['first_name', 'last_name', 'phone']);
  });

  it('reads Excel’s Unicode Text and pipe-separated text', async () => {
    expect(await preview('utf16-excel.txt')).toMatchObject({
      encoding: 'utf-16le',
      delimiter: '\t',
      columns: ['Name', 'Mobile'],
    });
    expect(await preview('pipes.txt')).toMatchObject({ delimiter: '|', targets: ['full_name', 'phone', 'email'] });
  });

  it('maps a headerless file by its values', async () => {
    expect(await preview('no-header.csv')).toMatchObject({
      hasHeader: false,
      columns: ['Column 1', 'Column 2', 'Column 3'],
      targets: ['custom', 'phone', 'email'],
    });
  });

  it('refuses files that are not CSV, saying what they are', async () => {
    await expect(preview('not-csv.xlsx')).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('Excel workbook'),
    });
    await expect(preview('not-csv.bin')).rejects.toMatchObject({ message: expect.stringContaining('not a text file') });
    await expect(preview('empty.csv')).rejects.toMatchObject({ message: expect.stringContaining('is empty') });
  });
});

describe('the renderer’s region list', () => {
  it('is exactly the regions libphonenumber-js knows', async () => {
    const { getCountries } = await import('libphonenumber-js/max');
    const { regionCodes } = await import('../../../../../src/shared/regions');
    expect([...regionCodes]).toEqual(getCountries());
  });
});
