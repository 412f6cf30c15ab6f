/**
 * When to send a request again, and how long to wait first. Pure functions, so the rules are
 * tested on their own.
 *
 * The rule that matters: a request that may have reached the provider is sent again only when
 * doing so cannot have a second effect (reads, deletes, calls carrying a deduplication key).
 * A send without one is never repeated after a timeout, a reset or a 5xx: its outcome is unknown
 * and a second attempt could message the same person twice.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for; the caller gets a rate-limit error instead. */
  readonly maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

export type AttemptOutcome =
  | { kind: 'response'; status: number; retryAfterMs?: number | undefined }
  /** `reachedServer: false` when the request provably never left (refused connection, DNS, connect timeout). */
  | { kind: 'network'; reachedServer: boolean };

const RETRYABLE_IF_IDEMPOTENT = new Set([408, 500, 502, 503, 504]);

export function isRetryable(outcome: AttemptOutcome, idempotent: boolean): boolean {
  if (outcome.kind === 'network') return idempotent || !outcome.reachedServer;
  // 429 means the request was refused unprocessed, so even a send may go again.
  if (outcome.status === 429) return true;
  return idempotent && RETRYABLE_IF_IDEMPOTENT.has(outcome.status);
}

/**
 * Exponential backoff with full jitter (a random wait between 0 and the exponential cap), so
 * clients that failed together do not retry together. A Retry-After is a floor.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.floor(random() * cap);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(raw.trim())) return Math.round(Number(raw) * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
