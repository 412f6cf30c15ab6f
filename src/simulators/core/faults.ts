/**
 * Fault injection shared by the three simulators: latency, rate limiting, server errors,
 * connection resets, hangs (the client times out) and misbehaving callbacks. A fault strikes
 * before the request takes effect, after it (the effect happened but the answer is lost), or
 * either, so clients are tested against both kinds of ambiguity.
 */
import { between, type Rng } from './rng';

export interface FaultConfig {
  /** Every answer waits a uniform random time in this range. */
  latencyMs: { min: number; max: number };
  rate429: number;
  retryAfterSeconds: number;
  rate5xx: number;
  resetRate: number;
  timeoutRate: number;
  /** How long a "timeout" hangs before the socket is dropped. */
  hangMs: number;
  phase: 'before' | 'after' | 'either';
  duplicateCallbackRate: number;
  outOfOrderCallbackRate: number;
  /** Only requests whose path starts with one of these are faulted (all when empty). */
  paths: string[];
}

export const defaultFaults: FaultConfig = {
  latencyMs: { min: 2, max: 25 },
  rate429: 0,
  retryAfterSeconds: 1,
  rate5xx: 0,
  resetRate: 0,
  timeoutRate: 0,
  hangMs: 120_000,
  phase: 'either',
  duplicateCallbackRate: 0,
  outOfOrderCallbackRate: 0,
  paths: [],
};

export type Fault =
  { kind: '429'; retryAfterSeconds: number } | { kind: '5xx'; status: number } | { kind: 'reset' } | { kind: 'timeout' };

export function mergeFaults(base: FaultConfig, patch: Partial<FaultConfig>): FaultConfig {
  return { ...base, ...patch, latencyMs: { ...base.latencyMs, ...patch.latencyMs } };
}

/** Draws the fault (if any) for one request, and whether it strikes after the effect. */
export function drawFault(config: FaultConfig, path: string, rng: Rng): { fault: Fault; after: boolean } | null {
  if (config.paths.length > 0 && !config.paths.some((p) => path.startsWith(p))) return null;
  const roll = rng();
  let edge = 0;
  const pick = (): Fault | null => {
    if (roll < (edge += config.rate429)) return { kind: '429', retryAfterSeconds: config.retryAfterSeconds };
    if (roll < (edge += config.rate5xx)) return { kind: '5xx', status: [500, 502, 503, 504][between(rng, 0, 3)]! };
    if (roll < (edge += config.resetRate)) return { kind: 'reset' };
    if (roll < (edge += config.timeoutRate)) return { kind: 'timeout' };
    return null;
  };
  const fault = pick();
  if (!fault) return null;
  // A 429 always means "not processed"; the others may strike on either side of the effect.
  const after = fault.kind !== '429' && (config.phase === 'after' || (config.phase === 'either' && rng() < 0.5));
  return { fault, after };
}

export function latency(config: FaultConfig, rng: Rng): number {
  return between(rng, config.latencyMs.min, config.latencyMs.max);
}
