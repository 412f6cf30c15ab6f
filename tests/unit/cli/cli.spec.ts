import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src/cli/data-dir';
import { tempDir } from '../../helpers/temp-dir';

const root = join(__dirname, '../../..');
const folder = tempDir();
afterAll(() => folder.remove());
const cli = (...args: string[]) =>
  execFileSync(process.execPath, [join(root, 'bin/switchboard.cjs'), ...args], { cwd: root, encoding: 'utf8' });

describe('npx switchboard', () => {
  it('imports with the app’s defaults and prints the summary as JSON', () => {
    const file = join(folder.dir, 'people.csv');
    writeFileSync(
      file,
      'Name,Mobile,Country\nAna,07911 123456,United Kingdom\nBo,2025550143,\nCy,1.20255E+10,\nBo again,(202) 555-0143,\n',
    );
    const report = JSON.parse(cli('import', file, '--list', 'People', '--data-dir', folder.dir, '--json'));
    expect(report).toEqual({
      rows: 4,
      imported: 2,
      updated: 0,
      duplicates: 1,
      invalid: 1,
      suppressed: 0,
      rejected: [{ line: 4, value: '1.20255E+10', reason: expect.stringContaining('scientific notation') }],
    });
  });

  it('exports the list as CSV to standard output', () => {
    const lines = cli('export', '--list', 'People', '--data-dir', folder.dir).trim().split('\r\n');
    expect(lines[0]).toBe('Name,Mobile,Country,Phone (E.164),Phone type,Status,Reason,Suppressed');
    expect(lines.slice(1)).toEqual([
      'Ana,07911 123456,United Kingdom,+447911123456,MOBILE,valid,,no',
      'Bo,2025550143,,+12025550143,FIXED_LINE_OR_MOBILE,valid,,no',
      'Cy,1.20255E+10,,,,invalid,Mangled by Excel into scientific notation (digits are lost): re-export the column as text,no',
    ]);
  });

  it('says plainly what is wrong', () => {
    expect(() => cli('export', '--list', 'Nope', '--data-dir', folder.dir)).toThrow(/There is no list named “Nope”/);
    expect(() => cli('import', join(folder.dir, 'missing.csv'), '--list', 'X', '--data-dir', folder.dir)).toThrow(
      /cannot read missing.csv/,
    );
  });

  it('defaults to the app’s own user-data folder', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toBe('/home/u/.config/Switchboard');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming[\\/]Switchboard$/);
  });
});
