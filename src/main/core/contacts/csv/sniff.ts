/**
 * A first look at a file: its delimiter (comma, semicolon, tab or pipe), whether the first row
 * is a header, and a preview. Papaparse guesses the delimiter; the header test is ours.
 */
import Papa from 'papaparse';
import { suggestTarget } from '../mapping/fields';
import { uniqueHeaders } from './headers';

export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];

export const delimiterLabels: Readonly<Record<Delimiter, string>> = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab', '|': 'Pipe' };

export interface Sniffed {
  readonly delimiter: Delimiter;
  readonly hasHeader: boolean;
  /** Rows of the sample, as parsed (the first is the header row when hasHeader). */
  readonly rows: string[][];
}

const PHONE_OR_EMAIL = /(?:\d[\s().-]*){7,}|@/;

export function parseSample(text: string, delimiter: Delimiter, limit = 50): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, preview: limit, skipEmptyLines: 'greedy' });
  return result.data;
}

export function guessDelimiter(text: string): Delimiter {
  const result = Papa.parse<string[]>(text, { delimitersToGuess: [...delimiters], preview: 20, skipEmptyLines: 'greedy' });
  const guessed = result.meta.delimiter as Delimiter;
  return (delimiters as readonly string[]).includes(guessed) ? guessed : ',';
}

/** A header row names things; data rows hold numbers and addresses. */
export function looksLikeHeader(first: readonly string[], rest: readonly string[][]): boolean {
  if (first.length === 0) return false;
  if (first.some((cell) => PHONE_OR_EMAIL.test(cell))) return false;
  if (first.some((cell) => suggestTarget(cell) !== 'custom' && suggestTarget(cell) !== 'ignore')) return true;
  const numeric = (cell: string) => /^\s*[\d\s().+-]+\s*$/.test(cell) && /\d/.test(cell);
  if (first.some(numeric)) return false;
  return rest.some((row) => row.some((cell) => numeric(cell) || PHONE_OR_EMAIL.test(cell)));
}

export function sniff(text: string, override: { delimiter?: Delimiter; hasHeader?: boolean } = {}): Sniffed {
  const delimiter = override.delimiter ?? guessDelimiter(text);
  const rows = parseSample(text, delimiter);
  const hasHeader = override.hasHeader ?? looksLikeHeader(rows[0] ?? [], rows.slice(1));
  return { delimiter, hasHeader, rows };
}

/** The column names for a file: its header row, or "Column 1…n" when it has none. */
export function columnNames(sniffed: Sniffed): string[] {
  const width = Math.max(0, ...sniffed.rows.map((r) => r.length));
  const first = sniffed.hasHeader ? (sniffed.rows[0] ?? []) : [];
  return uniqueHeaders(Array.from({ length: width }, (_, i) => first[i] ?? ''));
}
