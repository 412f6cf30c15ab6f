/**
 * A corpus of phone-number inputs for differential testing: every country's example number in
 * many spellings (international, national, with IDD prefixes, with and without the calling code),
 * mutations of their digits, random digit strings and assorted junk, each paired with a default
 * region. Seeded, so a failure can be replayed.
 */
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountryCallingCode, type CountryCode } from 'libphonenumber-js/core';
import { maxMetadata } from '../../src/main/core/contacts/phone/numbering-plans';

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const countries = Object.keys(examples as Record<string, string>) as CountryCode[];
export const regions: readonly CountryCode[] = [
  'US',
  'CA',
  'GB',
  'FR',
  'DE',
  'ES',
  'IT',
  'NL',
  'BE',
  'CH',
  'AU',
  'NZ',
  'IN',
  'BR',
  'MX',
  'RU',
  'JP',
  'ZA',
  'IE',
  'PR',
  'AG',
  'SG',
  'AR',
  'UA',
  'PL',
];

function spell(digits: string, r: () => number): string {
  const style = Math.floor(r() * 6);
  if (style === 0) return digits;
  const groups: string[] = [];
  for (let i = 0; i < digits.length;) {
    const n = 2 + Math.floor(r() * 3);
    groups.push(digits.slice(i, i + n));
    i += n;
  }
  const sep = [' ', '-', '.', ' ', '-'][style - 1]!;
  if (style === 5 && groups.length > 2) return `(${groups[0]}) ${groups.slice(1).join('-')}`;
  return groups.join(sep);
}

export function phoneCorpus(size: number, seed = 1): Array<[string, CountryCode]> {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const randomDigits = (n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');
  const out: Array<[string, CountryCode]> = [];
  while (out.length < size) {
    const country = pick(countries);
    const nsn = (examples as Record<string, string>)[country]!;
    const cc = getCountryCallingCode(country, maxMetadata);
    const region = r() < 0.5 ? country : pick(regions);
    const mutated = r() < 0.5 ? nsn.slice(0, Math.max(1, nsn.length - 4)) + randomDigits(4) : nsn;
    const kind = Math.floor(r() * 13);
    let text: string;
    switch (kind) {
      case 0:
        text = `+${cc}${mutated}`;
        break;
      case 1:
        text = `+${cc} ${spell(mutated, r)}`;
        break;
      case 2:
        text = spell(mutated, r);
        break;
      case 3:
        text = spell(`0${mutated}`, r);
        break;
      case 4:
        text = spell(`00${cc}${mutated}`, r);
        break;
      case 5:
        text = spell(`011${cc}${mutated}`, r);
        break;
      case 6:
        text = `${cc}${mutated}`;
        break;
      case 7:
        text = spell(`1${mutated}`, r);
        break;
      case 8:
        text = (r() < 0.5 ? '+' : '') + randomDigits(3 + Math.floor(r() * 15));
        break;
      case 9:
        text = spell(randomDigits(7 + Math.floor(r() * 8)), r);
        break;
      case 10:
        text = pick([
          '',
          ' ',
          'n/a',
          '12345',
          '911',
          '1.20255E+10',
          '+',
          '()',
          '+0123',
          '+1',
          'tel:+12025550143',
          '202-555-0143 x12',
          '(202) 555-0143 ext. 5',
          '+1 (202) 555-0143',
          '  +44 20 7946 0958  ',
          '２０２５５５０１４３',
          '+800 1234 5678',
          '+882 1234 5678',
          '00 33 6 12 34 56 78',
        ]);
        break;
      case 11:
        text = `${spell(r() < 0.5 ? mutated : `+${cc}${mutated}`, r)}${pick([' ext. ', ' ext ', 'x', ' x ', ' EXT.', ', ext ', ' ext: ', ' ext-'])}${randomDigits(1 + Math.floor(r() * 7))}`;
        break;
      default:
        text = `+${cc}${randomDigits(Math.max(2, nsn.length - 2 + Math.floor(r() * 5)))}`;
    }
    out.push([text, region]);
  }
  return out;
}
