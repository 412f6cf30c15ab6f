import { describe, expect, it } from 'vitest';
import { backoffDelayMs, isRetryable, parseRetryAfter, type RetryPolicy } from '../../../../../src/main/core/http/retry-policy';
import { buildPath } from '../../../../../src/main/core/http/http-client';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 30_000 };

describe('retry policy', () => {
  it('retries a 429 for any call: the provider refused it unprocessed', () => {
    expect(isRetryable({ kind: 'response', status: 429 }, false)).toBe(true);
    expect(isRetryable({ kind: 'response', status: 429 }, true)).toBe(true);
  });

  it('retries server errors and lost answers only for calls that are safe to repeat', () => {
    for (const status of [500, 502, 503, 504, 408]) {
      expect(isRetryable({ kind: 'response', status }, true)).toBe(true);
      expect(isRetryable({ kind: 'response', status }, false)).toBe(false);
    }
    expect(isRetryable({ kind: 'network', reachedServer: true }, true)).toBe(true);
    expect(isRetryable({ kind: 'network', reachedServer: true }, false)).toBe(false);
  });

  it('retries any call that provably never left', () => {
    expect(isRetryable({ kind: 'network', reachedServer: false }, false)).toBe(true);
  });

  it('never retries client errors or successes', () => {
    for (const status of [200, 201, 400, 401, 403, 404, 422]) expect(isRetryable({ kind: 'response', status }, true)).toBe(false);
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffDelayMs(1, policy, () => 0.999)).toBe(99);
    expect(backoffDelayMs(2, policy, () => 0.999)).toBe(199);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(200);
    expect(backoffDelayMs(9, policy, () => 0.999)).toBe(999);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });

  it('waits at least as long as Retry-After asks', () => {
    expect(backoffDelayMs(1, policy, () => 0.5, 5000)).toBe(5000);
    expect(backoffDelayMs(4, policy, () => 0.999, 10)).toBe(799);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter(['3'], now)).toBe(3000);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('builds paths with repeated query parameters and without undefined ones', () => {
    expect(buildPath('/api/v1', '/message', { status: ['sent', 'delivered'], page: 2, tags: undefined })).toBe(
      '/api/v1/message?status=sent&status=delivered&page=2',
    );
    expect(buildPath('/v1/', '/brand')).toBe('/v1/brand');
  });
});
