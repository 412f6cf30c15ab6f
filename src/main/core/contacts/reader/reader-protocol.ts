import type { ContactQuery, ContactRow, ExportProgress } from '../../../../shared/contract/contacts';
import type { ErrorCode, FieldIssue } from '../../../../shared/contract/result';

/** What the reader thread is started with. */
export interface ReaderWorkerData {
  readonly dbPath: string;
  readonly nativeBinding?: string | undefined;
}

/** The reads that can take seconds at a million rows, and so run on the reader thread. */
export interface ReaderCalls {
  page(query: ContactQuery, offset: number, limit: number): { total: number; rows: ContactRow[] };
  count(query: ContactQuery): number;
  /** Writes a list as CSV to a file; returns how many contacts it wrote. */
  writeListFile(query: ContactQuery, path: string): number;
}
export type ReaderMethod = keyof ReaderCalls;

export interface ToReader<M extends ReaderMethod = ReaderMethod> {
  readonly id: number;
  readonly method: M;
  readonly args: Parameters<ReaderCalls[M]>;
}

export type FromReader =
  /** Along the way, for writeListFile. */
  | { readonly id: number; readonly progress: ExportProgress }
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly code: ErrorCode | null;
      readonly message: string;
      readonly issues?: FieldIssue[] | undefined;
    };
