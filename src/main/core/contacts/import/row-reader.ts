/**
 * Streams a CSV file as rows, in whatever encoding it is in, with the file line each row starts
 * on (a quoted cell may span lines) and the bytes read so far. Papaparse does the parsing.
 */
import Papa from 'papaparse';
import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import type { Encoding } from '../csv/encoding';
import type { Delimiter } from '../csv/sniff';

export interface CsvRow {
  readonly cells: string[];
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  /** Papaparse's complaint about this row (unbalanced quotes), if any. */
  readonly problem: string | null;
}

export interface RowReaderOptions {
  readonly path: string;
  readonly encoding: Encoding;
  readonly bomLength: number;
  readonly delimiter: Delimiter;
  readonly onBytes?: (bytesRead: number) => void;
}

/** Decodes a byte stream into text chunks with TextDecoder (keeps multi-byte characters whole across chunks). */
function decoder(encoding: Encoding): Transform {
  const text = new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      done(null, text.decode(chunk, { stream: true }));
    },
    flush(done) {
      const rest = text.decode();
      done(null, rest.length > 0 ? rest : undefined);
    },
  });
}

function openText(options: RowReaderOptions): Readable {
  const bytes = createReadStream(options.path, { start: options.bomLength, highWaterMark: 1 << 20 });
  let read = options.bomLength;
  bytes.on('data', (chunk: Buffer | string) => {
    read += chunk.length;
    options.onBytes?.(read);
  });
  if (options.encoding === 'utf-8') {
    // Node's own UTF-8 decoding of a stream is the fastest path.
    bytes.setEncoding('utf8');
    return bytes;
  }
  return bytes.pipe(decoder(options.encoding));
}

function countBreaks(cells: readonly string[], linebreak: string): number {
  const mark = linebreak === '\r' ? '\r' : '\n';
  let n = 0;
  for (const cell of cells) {
    if (cell.length < 2 && cell !== mark) continue;
    let at = cell.indexOf(mark);
    while (at >= 0) {
      n++;
      at = cell.indexOf(mark, at + 1);
    }
  }
  return n;
}

/**
 * Calls `onRow` for each row (blank lines included, as rows of one empty cell). `onRow` may
 * return a promise; while it is pending, reading pauses, which is how the importer keeps its
 * pipeline bounded.
 */
export function readRows(
  options: RowReaderOptions,
  onRow: (row: CsvRow) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = openText(options);
    let line = 1;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stream.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    signal?.addEventListener('abort', () => fail(signal.reason), { once: true });
    stream.on('error', fail);

    Papa.parse<string[]>(stream as unknown as File, {
      delimiter: options.delimiter,
      header: false,
      skipEmptyLines: false,
      step: (result, parser) => {
        if (failed) return parser.abort();
        const cells = result.data;
        const problem = result.errors.find((e) => e.type === 'Quotes')?.message ?? null;
        const row: CsvRow = { cells, line, problem };
        line += 1 + countBreaks(cells, result.meta.linebreak);
        let pending: void | Promise<void>;
        try {
          pending = onRow(row);
        } catch (error) {
          parser.abort();
          return fail(error);
        }
        if (pending) {
          parser.pause();
          pending.then(
            () => {
              if (!failed) parser.resume();
            },
            (error: unknown) => {
              parser.abort();
              fail(error);
            },
          );
        }
      },
      complete: () => {
        if (!failed) resolve();
      },
      error: (error) => fail(error),
    });
  });
}
