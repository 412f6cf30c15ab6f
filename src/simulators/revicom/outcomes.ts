/** VOICECODE outcomes: fixed test numbers, and a mix for the rest. */
import { weighted, type Rng } from '../core/rng';

export type FinalStatus = 'delivered' | 'undelivered' | 'unsent';

export interface CodeOutcome {
  /** null: stays "sent" until its ttl runs out, then becomes undelivered. */
  readonly final: FinalStatus | null;
  readonly errorCode?: number;
  /** Waits this long before sending (so it can still be stopped). */
  readonly holdMs?: number;
}

export const revicomTestNumbers: Readonly<Record<string, CodeOutcome>> = {
  '15550030001': { final: 'delivered' },
  '15550030002': { final: 'undelivered' },
  // 6969 is the only error code the docs show.
  '15550030003': { final: 'unsent', errorCode: 6969 },
  '15550030004': { final: null },
  '15550030005': { final: 'delivered', holdMs: 60_000 },
};

export function drawCodeOutcome(destination: string, rng: Rng, successShare: number, failureErrorCode = 6969): CodeOutcome {
  const fixed = revicomTestNumbers[destination];
  if (fixed) return fixed;
  if (rng() < successShare) return { final: 'delivered' };
  return weighted<CodeOutcome>(rng, [
    [70, { final: 'undelivered' }],
    [30, { final: 'unsent', errorCode: failureErrorCode }],
  ]);
}
