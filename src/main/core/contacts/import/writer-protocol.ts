import type { ErrorCode } from '../../../../shared/contract/result';
import type { PackedBatch } from './batch-transfer';
import type { ImportPlan, ImportSummary } from './types';

/** Messages to the writer thread. */
export type ToWriter =
  | {
      readonly type: 'start';
      readonly dbPath: string;
      readonly plan: ImportPlan;
      readonly nativeBinding?: string | undefined;
      readonly now: string;
    }
  | { readonly type: 'batch'; readonly batch: PackedBatch }
  | { readonly type: 'finish'; readonly counts: { rows: number; blankLines: number }; readonly elapsedMs: number }
  | { readonly type: 'abort' }
  | { readonly type: 'exit' };

/** Messages from the writer thread. */
export type FromWriter =
  | { readonly type: 'started'; readonly listId: number; readonly importId: number }
  | { readonly type: 'ack' }
  | { readonly type: 'done'; readonly summary: ImportSummary }
  | { readonly type: 'aborted' }
  | { readonly type: 'error'; readonly code: ErrorCode | null; readonly message: string };
