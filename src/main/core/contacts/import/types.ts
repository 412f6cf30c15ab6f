import type { Encoding } from '../csv/encoding';
import type { Delimiter } from '../csv/sniff';
import type { FieldTarget } from '../mapping/fields';

export type MergePolicy = 'skip' | 'update';

/** Everything an import needs to know, as chosen in the wizard (or by the command line's defaults). */
export interface ImportPlan {
  readonly path: string;
  readonly fileName: string;
  readonly encoding: Encoding;
  readonly bomLength: number;
  readonly delimiter: Delimiter;
  readonly hasHeader: boolean;
  /** Names of the file's columns, in order. */
  readonly columns: readonly string[];
  /** What each column maps to, by index. */
  readonly targets: readonly FieldTarget[];
  readonly defaultRegion: string;
  readonly policy: MergePolicy;
  /** An existing list, or the name of one to create. */
  readonly list: { readonly id: number } | { readonly name: string };
  /** For a mapped consent column: what it is consent to. */
  readonly consentChannel: 'voice' | 'sms' | 'all';
  /** A guess of the row count (file size / 70), to size the deduplication table once. */
  readonly expectedRows?: number;
}

export interface RejectedRow {
  readonly line: number;
  readonly value: string;
  readonly reason: string;
}

/** Every data row lands in exactly one of the five counts. */
export interface ImportSummary {
  readonly rows: number;
  readonly imported: number;
  readonly updated: number;
  readonly duplicates: number;
  readonly invalid: number;
  readonly suppressed: number;
  readonly blankLines: number;
  readonly listId: number;
  readonly importId: number;
  readonly elapsedMs: number;
}

export interface ImportProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rows: number;
  readonly elapsedMs: number;
}
