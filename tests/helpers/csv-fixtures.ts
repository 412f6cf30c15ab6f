/**
 * Messy CSV files as spreadsheets really export them, written byte for byte (encodings included)
 * into a temporary folder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Windows-1251: А..я are 0xC0..0xFF, Ё 0xA8, ё 0xB8; ASCII as is. */
export function toWindows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (ch === 'Ё') return 0xa8;
      if (ch === 'ё') return 0xb8;
      throw new Error(`no Windows-1251 byte for ${ch}`);
    }),
  );
}

export const fixtures = {
  /** Excel's "CSV UTF-8": a byte-order mark, CRLF. */
  'bom-utf8.csv': Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(
      'First Name,Last Name,Phone,Email\r\nZoë,Müller,(202) 555-0143,zoe@example.com\r\nJosé,García,+1 415 555 0199,jose@example.com\r\n',
    ),
  ]),
  /** Excel's "CSV" on a French Windows: Windows-1252 and semicolons. */
  'windows-1252.csv': Buffer.from(
    'Prénom;Nom;Téléphone;Ville\r\nRenée;Dubois;06 12 34 56 78;Orléans\r\nChloé;Lefèvre;+33 6 00 00 00 01;Besançon\r\n',
    'latin1',
  ),
  'cyrillic-1251.csv': toWindows1251(
    'Имя;Фамилия;Телефон\r\nОльга;Иванова;+7 912 345-67-89\r\nЁжик;Петров;8 (912) 345-67-80\r\n',
  ),
  /** Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated. */
  'utf16-excel.txt': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('Name\tMobile\r\nAna Lima\t+44 7911 123456\r\nWei Chen\t07911 123457\r\n', 'utf16le'),
  ]),
  'quoted-newlines.csv': Buffer.from(
    'Name,Phone,Notes\n"Smith, John",2025550143,"Prefers calls\nafter 5pm"\n"O\'Neil ""Jr""",2025550144,ok\nLee,2025550145,"three\nline\nnote"\nLast,2025550146,\n',
  ),
  'ragged.csv': Buffer.from('Name,Phone,City\nA,2025550150\nB,2025550151,Austin,extra,more\nC,2025550152,Denver\n'),
  'blank-lines.csv': Buffer.from('Name,Phone\n\nA,2025550160\n\n\nB,2025550161\n   \nC,2025550162\n\n'),
  'duplicate-headers.csv': Buffer.from('Name,Phone,Phone\nA,,2025550170\nB,2025550171,2025550172\nC,not a number,also not\n'),
  'excel-mangled.csv': Buffer.from('Name,Phone\nA,2.02556E+09\nB,1.20255E+10\nC,2025550180\n'),
  'pipes.txt': Buffer.from('name|phone|email\nA|2025550190|a@x.io\nB|2025550191|b@x.io\n'),
  'no-header.csv': Buffer.from('Ana,2025550195,ana@x.io\nBo,2025550196,bo@x.io\nCy,2025550197,cy@x.io\n'),
  'not-csv.xlsx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.alloc(200, 7)]),
  'not-csv.bin': Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)),
  'empty.csv': Buffer.alloc(0),
} as const;

export type FixtureName = keyof typeof fixtures;

export function writeFixture(dir: string, name: FixtureName): string {
  const path = join(dir, name);
  writeFileSync(path, fixtures[name]);
  return path;
}
