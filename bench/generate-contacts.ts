/**
 * Writes a contacts CSV like a small business's export: names, email, company, address, and
 * phone numbers in the formats people type (US mostly, some UK and French, a few Excel-mangled,
 * empty, short or junk values), about 3% repeated numbers. Deterministic for a given seed.
 */
import { createWriteStream } from 'node:fs';

const firstNames = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'José',
  'Zoë',
  'Renée',
  'Chloé',
  'Ana',
  'Wei',
  'Fatima',
  'Olga',
  'Liam',
  'Noah',
];
const lastNames = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'García',
  'Miller',
  'Davis',
  'Martínez',
  'Hernández',
  'López',
  'Wilson',
  "O'Neil",
  'Nguyen',
  'Müller',
  'Dubois',
];
const companies = ['Acme Dental', 'Bright Smiles LLC', '"Quoted, Inc."', 'North Clinic', 'Sunrise Realty', 'Main St. Auto', ''];
const cities = [
  ['Austin', 'TX', '78701'],
  ['Boston', 'MA', '02101'],
  ['Denver', 'CO', '80202'],
  ['Seattle', 'WA', '98101'],
  ['Miami', 'FL', '33101'],
  ['Chicago', 'IL', '60601'],
];
/** Area codes in service, so most generated US numbers are valid ones. */
const areaCodes = [
  201, 202, 203, 205, 206, 207, 208, 210, 212, 213, 214, 215, 216, 217, 303, 305, 310, 312, 313, 314, 315, 317, 404, 407, 412,
  415, 469, 512, 602, 617, 702, 713, 718, 720, 786, 805, 808, 818, 917, 949, 972,
];

export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function phoneLike(r: () => number): string {
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const d = (n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');
  const area = pick(areaCodes);
  const exchange = 200 + Math.floor(r() * 800);
  const line = d(4);
  const roll = r();
  if (roll < 0.2) return `(${area}) ${exchange}-${line}`;
  if (roll < 0.35) return `${area}-${exchange}-${line}`;
  if (roll < 0.5) return `${area}${exchange}${line}`;
  if (roll < 0.6) return `+1 ${area} ${exchange} ${line}`;
  if (roll < 0.68) return `1${area}${exchange}${line}`;
  if (roll < 0.74) return `${area}.${exchange}.${line}`;
  if (roll < 0.8) return `+1${area}${exchange}${line}`;
  if (roll < 0.86) return `+44 7${d(3)} ${d(6)}`;
  if (roll < 0.9) return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
  if (roll < 0.93) return `${area}-${exchange}`; // too short
  if (roll < 0.95) return `${area}${exchange}${line}.0`.replace(/^(\d)(\d{5}).*$/, '$1.$2E+09'); // Excel
  if (roll < 0.97) return ''; // empty
  if (roll < 0.98) return pick(['n/a', 'call office', '555', '12345']);
  return `(${area}) ${exchange}-${line} ext. ${d(3)}`;
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export async function generateContactsCsv(path: string, rows: number, seed = 42): Promise<void> {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const out = createWriteStream(path);
  const recent: string[] = [];
  out.write('First Name,Last Name,Mobile Phone,Email,Company,City,State,Zip\n');
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const first = pick(firstNames);
    const last = pick(lastNames);
    let phone = phoneLike(r);
    if (recent.length > 0 && r() < 0.03) phone = pick(recent);
    else if (recent.length < 1000) recent.push(phone);
    else recent[Math.floor(r() * 1000)] = phone;
    const [city, state, zip] = pick(cities);
    // Now and then a company name with a line break in it, as multi-line cells come out of Excel.
    const company = r() < 0.01 ? 'Acme\nDental Group' : pick(companies);
    buffer +=
      [first, last, phone, `${first.toLowerCase()}${i}@mail.io`, company, city, state, zip].map((v) => csvCell(v!)).join(',') +
      '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}
