/**
 * A prepared batch in the form it crosses from the reader thread to the writer thread.
 *
 * Structured clone copies strings one by one, and a batch holds about ten strings a row: at a
 * million rows that cost the reader half a second in postMessage and the writer as much again.
 * Packed, each field is one string (its rows' values end to end) plus their lengths in a typed
 * array that is transferred, not copied; the writer cuts the values out again with slice, which
 * copies nothing for all but the shortest strings. Fields the writer will not read are left out:
 * the phone cells, regions and quoting problems once the reader has normalised the batch, and the
 * opt-out, DNC and consent cells when the file maps none of them.
 */
import type { PreparedBatch } from './prepare';

const NULL_LENGTH = -1;

interface PackedStrings {
  readonly text: string;
  /** Each value's length; NULL_LENGTH for null. */
  readonly lengths: Int32Array;
}

type StringField = 'region' | 'problem' | 'phoneType' | 'reason' | 'name' | 'data' | 'optOut' | 'dnc' | 'consent' | 'consentDate';

export interface PackedBatch {
  readonly filled: boolean;
  readonly line: Int32Array;
  readonly width: Int32Array;
  readonly e164: PackedStrings;
  /** How many phone cells each row has (absent once the batch is filled). */
  readonly phoneCounts?: Int32Array;
  readonly phoneCells?: PackedStrings;
  readonly strings: Partial<Record<StringField, PackedStrings>>;
}

function packStrings(values: ReadonlyArray<string | null>): PackedStrings {
  const lengths = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) lengths[i] = values[i] === null ? NULL_LENGTH : values[i]!.length;
  return { text: values.join(''), lengths };
}

function unpackStrings(packed: PackedStrings | undefined): Array<string | null> {
  if (!packed) return [];
  const { text, lengths } = packed;
  const values = new Array<string | null>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (length === NULL_LENGTH) {
      values[i] = null;
      continue;
    }
    values[i] = text.slice(at, at + length);
    at += length;
  }
  return values;
}

const always: StringField[] = ['phoneType', 'reason', 'name', 'data'];
const forFilling: StringField[] = ['region', 'problem'];
const flagFields: StringField[] = ['optOut', 'dnc', 'consent', 'consentDate'];

export function packBatch(batch: PreparedBatch): PackedBatch {
  const strings: Partial<Record<StringField, PackedStrings>> = {};
  const fields = [...always, ...(batch.filled ? [] : forFilling), ...(batch.optOut.length > 0 ? flagFields : [])];
  for (const field of fields) strings[field] = packStrings(batch[field]);
  const packed: PackedBatch = {
    filled: batch.filled,
    line: Int32Array.from(batch.line),
    width: Int32Array.from(batch.width),
    e164: packStrings(batch.e164),
    strings,
  };
  if (batch.filled) return packed;
  return {
    ...packed,
    phoneCounts: Int32Array.from(batch.phoneCells, (cells) => cells.length),
    phoneCells: packStrings(batch.phoneCells.flat()),
  };
}

/** The buffers postMessage can move instead of copying. */
export function transferList(packed: PackedBatch): ArrayBuffer[] {
  const arrays = [packed.line, packed.width, packed.e164.lengths, packed.phoneCounts, packed.phoneCells?.lengths];
  for (const value of Object.values(packed.strings)) arrays.push(value.lengths);
  return arrays.filter((a): a is Int32Array => a !== undefined).map((a) => a.buffer as ArrayBuffer);
}

export function unpackBatch(packed: PackedBatch): PreparedBatch {
  const text = (field: StringField) => unpackStrings(packed.strings[field]) as string[];
  const flat = unpackStrings(packed.phoneCells) as string[];
  const phoneCells: string[][] = [];
  let at = 0;
  for (const count of packed.phoneCounts ?? []) {
    phoneCells.push(flat.slice(at, at + count));
    at += count;
  }
  return {
    phoneCells,
    region: text('region'),
    problem: text('problem'),
    filled: packed.filled,
    e164: unpackStrings(packed.e164),
    phoneType: text('phoneType'),
    reason: text('reason'),
    name: text('name'),
    data: text('data'),
    line: Array.from(packed.line),
    width: Array.from(packed.width),
    optOut: text('optOut'),
    dnc: text('dnc'),
    consent: text('consent'),
    consentDate: text('consentDate'),
  };
}
