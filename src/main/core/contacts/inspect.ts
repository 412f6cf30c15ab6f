/**
 * The import wizard's preview: what a file is (refusing files that are not CSV, with a reason),
 * its encoding, delimiter and header, its first rows, and a mapping to start from.
 */
import { open } from 'node:fs/promises';
import { AppError } from '../errors';
import { detectEncoding, encodingLabels, type Encoding, bomOf } from './csv/encoding';
import { columnNames, sniff, type Delimiter } from './csv/sniff';
import { suggestTarget, type FieldTarget } from './mapping/fields';
import type { SavedMappings } from './mapping/saved-mappings';
import type { RegisteredFile } from './files';

const SAMPLE_BYTES = 256 * 1024;
const PREVIEW_ROWS = 20;

export interface PreviewOverrides {
  encoding?: Encoding | undefined;
  delimiter?: Delimiter | undefined;
  hasHeader?: boolean | undefined;
}

export interface FilePreview {
  fileId: string;
  name: string;
  size: number;
  encoding: Encoding;
  encodingReason: string;
  bomLength: number;
  delimiter: Delimiter;
  hasHeader: boolean;
  columns: string[];
  rows: string[][];
  targets: FieldTarget[];
  savedMapping: boolean;
}

async function readSample(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Files people mistake for CSV, by their first bytes. */
export function notCsvReason(sample: Uint8Array, name: string): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => sample[i] === b);
  if (sample.length === 0) return `${name} is empty.`;
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    return `${name} is an Excel workbook or another zipped file, not CSV. In Excel choose File → Save As → “CSV UTF-8”, then import that file.`;
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return `${name} is an old Excel (.xls) workbook, not CSV. Save it as “CSV UTF-8” first.`;
  if (starts(0x25, 0x50, 0x44, 0x46)) return `${name} is a PDF, not CSV.`;
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46))
    return `${name} is an image, not CSV.`;
  if (bomOf(sample)?.encoding.startsWith('utf-16')) return null;
  let control = 0;
  const n = Math.min(sample.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = sample[i]!;
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) control++;
  }
  // UTF-16 without a BOM has zeros in every other byte; anything else with zeros is binary.
  const zeros = sample.subarray(0, n).filter((b) => b === 0).length;
  if (control > n * 0.02 && !(zeros > n * 0.3 && zeros < n * 0.7)) return `${name} is not a text file, so it cannot be CSV.`;
  return null;
}

/** Without a header: a column of mostly phone numbers is Phone, of mostly addresses with @ is Email. */
function guessFromValues(width: number, rows: string[][]): FieldTarget[] {
  const share = (index: number, test: RegExp) => rows.filter((r) => test.test(r[index] ?? '')).length / Math.max(rows.length, 1);
  let phoneTaken = false;
  return Array.from({ length: width }, (_, i): FieldTarget => {
    if (!phoneTaken && share(i, /^\s*\+?[\d\s().-]{7,}\s*$/) > 0.6) {
      phoneTaken = true;
      return 'phone';
    }
    if (share(i, /@/) > 0.6) return 'email';
    return 'custom';
  });
}

export async function previewFile(
  file: RegisteredFile,
  overrides: PreviewOverrides,
  mappings: SavedMappings,
): Promise<FilePreview> {
  const sample = await readSample(file.path);
  const problem = notCsvReason(sample, file.name);
  if (problem) throw new AppError('validation', problem);
  const guess = await detectEncoding(file.path, sample);
  const encoding = overrides.encoding ?? guess.encoding;
  const bom = bomOf(sample);
  const bomLength = bom && bom.encoding === encoding ? bom.length : 0;
  const encodingReason = overrides.encoding
    ? `${encodingLabels[encoding]} (chosen by you; detected: ${guess.reason})`
    : guess.reason;
  // Cut the sample at its last line break so the preview never shows half a row.
  let text = new TextDecoder(encoding).decode(sample.subarray(bomLength));
  if (sample.length === SAMPLE_BYTES) text = text.slice(0, Math.max(text.lastIndexOf('\n'), 0));
  const sniffed = sniff(text, { delimiter: overrides.delimiter, hasHeader: overrides.hasHeader });
  const columns = columnNames(sniffed);
  if (columns.length === 0) throw new AppError('validation', `${file.name} has no rows.`);
  const saved = mappings.find(columns);
  const dataRows = (sniffed.hasHeader ? sniffed.rows.slice(1) : sniffed.rows).filter((r) => r.some((c) => c.trim() !== ''));
  return {
    fileId: file.fileId,
    name: file.name,
    size: file.size,
    encoding,
    encodingReason,
    bomLength,
    delimiter: sniffed.delimiter,
    hasHeader: sniffed.hasHeader,
    columns,
    rows: dataRows.slice(0, PREVIEW_ROWS),
    targets: saved ?? (sniffed.hasHeader ? columns.map(suggestTarget) : guessFromValues(columns.length, dataRows)),
    savedMapping: saved !== null,
  };
}
