/**
 * Which text encoding a CSV file is in: a byte-order mark if there is one; UTF-16 from Excel's
 * "Unicode Text" (also without a BOM, by its zero bytes); strict UTF-8 if every byte of the file
 * is valid UTF-8; otherwise Windows-1251 when the text reads as Cyrillic (chardet), else
 * Windows-1252, the encoding of Excel's "CSV" on Western Windows.
 */
import chardet from 'chardet';
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';

export const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1251'] as const;
export type Encoding = (typeof encodings)[number];

export interface EncodingGuess {
  readonly encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  readonly bomLength: number;
  /** In words, for the preview: "UTF-8 with BOM", "Windows-1252 (not valid UTF-8 at byte 1,024)". */
  readonly reason: string;
}

export const encodingLabels: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
};

export function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: text that is mostly ASCII has a zero in every other byte. */
function utf16WithoutBom(sample: Uint8Array): Encoding | null {
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(sample.length, 4096) & ~1;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Length of the start of `bytes` that holds only whole UTF-8 sequences (a chunk may cut one). */
export function completeUtf8Length(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

/** Checks a whole file for valid UTF-8, chunk by chunk; returns the offset of the first bad chunk or -1. */
async function firstInvalidUtf8(path: string, start: number): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    let position = start;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return carry.length > 0 ? position - carry.length : -1;
      const chunk = Buffer.concat([carry, buffer.subarray(0, bytesRead)]);
      const whole = completeUtf8Length(chunk);
      if (!isUtf8(chunk.subarray(0, whole))) return position - carry.length;
      carry = Buffer.from(chunk.subarray(whole));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

function cyrillicOrWestern(sample: Uint8Array): Encoding {
  const candidates = chardet.analyse(sample);
  const cyrillic = candidates.find((c) => /1251|KOI8|8859-5|IBM866/i.test(c.name));
  const western = candidates.find((c) => /1252|8859-1|8859-15/i.test(c.name));
  return cyrillic && (!western || cyrillic.confidence > western.confidence) ? 'windows-1251' : 'windows-1252';
}

export async function detectEncoding(path: string, sample: Uint8Array): Promise<EncodingGuess> {
  const bom = bomOf(sample);
  if (bom) {
    const label = encodingLabels[bom.encoding];
    return { encoding: bom.encoding, bomLength: bom.length, reason: `${label} (byte-order mark)` };
  }
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, reason: `${encodingLabels[utf16]} (no byte-order mark)` };
  const bad = await firstInvalidUtf8(path, 0);
  if (bad < 0) return { encoding: 'utf-8', bomLength: 0, reason: 'UTF-8 (every byte is valid UTF-8)' };
  const guess = cyrillicOrWestern(sample);
  return {
    encoding: guess,
    bomLength: 0,
    reason: `${encodingLabels[guess]} (not valid UTF-8 near byte ${bad.toLocaleString('en-US')})`,
  };
}
