/**
 * Stage one of an import: read the file, normalise each row's phone numbers and build what will
 * be stored, in batches. No database here, so this stage can run on one thread while the
 * writer (persist.ts) works on another.
 */
import type { FieldTarget } from '../mapping/fields';
import { regionFromCountry } from '../mapping/regions';
import { normalizePhone, rejectReasonText } from '../phone/normalize-phone';
import { readRows } from './row-reader';
import type { ImportPlan, ImportProgress } from './types';

export const FIELD_SEPARATOR = '\x1f';
export const BATCH_ROWS = 1024;
// eslint-disable-next-line no-control-regex -- the separator itself is what is looked for
const SEPARATORS_ALL = /\x1f/g;

/**
 * One batch of rows: parallel arrays, cheap to pass between threads. The phone fields are filled
 * by fillPhones, on whichever thread has time for it (see prepareRows).
 */
export interface PreparedBatch {
  /** Each row's phone cells, and the region to read them in. */
  readonly phoneCells: string[][];
  readonly region: string[];
  /** Papaparse's complaint about a row (unbalanced quotes), or ''. */
  readonly problem: string[];
  filled: boolean;
  /** The normalised number, or null when the row has no usable phone. */
  readonly e164: Array<string | null>;
  readonly phoneType: string[];
  /** Why the row is invalid ('' when it is valid). */
  readonly reason: string[];
  readonly name: string[];
  /** The row's cells in file-column order, joined by U+001F. */
  readonly data: string[];
  readonly line: number[];
  readonly width: number[];
  /** Opt-out / DNC / consent / consent-date cells, only when those columns are mapped. */
  readonly optOut: string[];
  readonly dnc: string[];
  readonly consent: string[];
  readonly consentDate: string[];
}

export interface PrepareCounts {
  rows: number;
  blankLines: number;
}

interface Layout {
  readonly phones: number[];
  readonly first: number;
  readonly last: number;
  readonly full: number;
  readonly country: number;
  readonly optOut: number;
  readonly dnc: number;
  readonly consent: number;
  readonly consentDate: number;
}

export function layoutOf(targets: readonly FieldTarget[]): Layout {
  const at = (t: FieldTarget) => targets.indexOf(t);
  return {
    phones: targets.flatMap((t, i) => (t === 'phone' ? [i] : [])),
    first: at('first_name'),
    last: at('last_name'),
    full: at('full_name'),
    country: at('country'),
    optOut: at('opt_out'),
    dnc: at('dnc'),
    consent: at('consent'),
    consentDate: at('consent_date'),
  };
}

const cell = (cells: readonly string[], index: number) => (index >= 0 ? (cells[index] ?? '').trim() : '');

function emptyBatch(): PreparedBatch {
  return {
    phoneCells: [],
    region: [],
    problem: [],
    filled: false,
    e164: [],
    phoneType: [],
    reason: [],
    name: [],
    data: [],
    line: [],
    width: [],
    optOut: [],
    dnc: [],
    consent: [],
    consentDate: [],
  };
}

/** Normalises the batch's phone numbers: the first usable one per row, or the reason none is. */
export function fillPhones(batch: PreparedBatch): void {
  if (batch.filled) return;
  for (let i = 0; i < batch.phoneCells.length; i++) {
    const region = batch.region[i]!;
    let e164: string | null = null;
    let type = '';
    let reason = '';
    for (const text of batch.phoneCells[i]!) {
      const outcome = normalizePhone(text, region);
      if (outcome.ok) {
        e164 = outcome.e164;
        type = outcome.type;
        break;
      }
      if (!reason) reason = rejectReasonText[outcome.reason];
    }
    const problem = batch.problem[i];
    if (problem) {
      e164 = null;
      reason = `Broken quoting (${problem}); check this row and the ones after it`;
    }
    batch.e164.push(e164);
    batch.phoneType.push(type);
    batch.reason.push(e164 ? '' : reason);
  }
  batch.filled = true;
}

/**
 * Reads and prepares the whole file, handing each batch to `onBatch`. When `onBatch` returns a
 * promise, reading waits for it (that is how the writer holds the reader back).
 */
export interface PrepareOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ImportProgress) => void;
  readonly totalBytes: number;
  /**
   * Whether to normalise this batch's phones here. The threaded import says no while the writer is
   * waiting for work, which keeps both cores busy whichever stage is the slower one.
   */
  readonly normalizeHere?: () => boolean;
}

export async function prepareRows(
  plan: ImportPlan,
  onBatch: (batch: PreparedBatch) => void | Promise<void>,
  options: PrepareOptions = { totalBytes: 0 },
): Promise<PrepareCounts> {
  const layout = layoutOf(plan.targets);
  const counts: PrepareCounts = { rows: 0, blankLines: 0 };
  const started = Date.now();
  const flags = layout.optOut >= 0 || layout.dnc >= 0 || layout.consent >= 0;
  let batch = emptyBatch();
  let bytesRead = 0;
  let lastReport = 0;
  let headerSeen = !plan.hasHeader;

  const flush = () => {
    const full = batch;
    batch = emptyBatch();
    if (options.normalizeHere?.() ?? true) fillPhones(full);
    if (Date.now() - lastReport > 100) {
      lastReport = Date.now();
      options.onProgress?.({ bytesRead, totalBytes: options.totalBytes, rows: counts.rows, elapsedMs: Date.now() - started });
    }
    return onBatch(full);
  };

  await readRows(
    {
      path: plan.path,
      encoding: plan.encoding,
      bomLength: plan.bomLength,
      delimiter: plan.delimiter,
      onBytes: (n) => (bytesRead = n),
    },
    (row) => {
      let cells = row.cells;
      if (cells.length === 1 ? cells[0]!.trim() === '' : cells.every((c) => c.trim() === '')) {
        if (headerSeen) counts.blankLines++;
        return;
      }
      if (!headerSeen) {
        headerSeen = true;
        return;
      }
      counts.rows++;
      if (cells.some((c) => c.includes(FIELD_SEPARATOR))) {
        // U+001F separates stored values; a cell cannot contain it.
        cells = cells.map((c) => c.replace(SEPARATORS_ALL, ' '));
      }
      const data = cells.join(FIELD_SEPARATOR);
      batch.region.push(
        layout.country >= 0 ? (regionFromCountry(cell(cells, layout.country)) ?? plan.defaultRegion) : plan.defaultRegion,
      );
      batch.phoneCells.push(
        layout.phones.length === 1 ? [cells[layout.phones[0]!] ?? ''] : layout.phones.map((index) => cells[index] ?? ''),
      );
      batch.problem.push(row.problem ?? '');
      batch.name.push(
        layout.full >= 0 ? cell(cells, layout.full) : `${cell(cells, layout.first)} ${cell(cells, layout.last)}`.trim(),
      );
      batch.data.push(data);
      batch.line.push(row.line);
      batch.width.push(cells.length);
      if (flags) {
        batch.optOut.push(cell(cells, layout.optOut));
        batch.dnc.push(cell(cells, layout.dnc));
        batch.consent.push(cell(cells, layout.consent));
        batch.consentDate.push(cell(cells, layout.consentDate));
      }
      return batch.line.length >= BATCH_ROWS ? flush() : undefined;
    },
    options.signal,
  );
  if (batch.line.length > 0) await flush();
  options.onProgress?.({
    bytesRead: options.totalBytes,
    totalBytes: options.totalBytes,
    rows: counts.rows,
    elapsedMs: Date.now() - started,
  });
  return counts;
}
