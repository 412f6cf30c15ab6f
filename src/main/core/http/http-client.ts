/**
 * HTTP for provider clients: an undici keep-alive Pool per base URL (its connection limit is
 * the concurrency bound), a timeout per request, and the retry policy applied per call.
 */
import { Pool, errors as undiciErrors } from 'undici';
import {
  backoffDelayMs,
  defaultRetryPolicy,
  isRetryable,
  parseRetryAfter,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry-policy';

export type QueryValue = string | number | boolean | ReadonlyArray<string | number> | undefined;

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the base URL, e.g. "/rvm". */
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  /** True when sending it twice cannot have a second effect. */
  readonly idempotent: boolean;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  readonly json: unknown;
  readonly attempts: number;
  readonly elapsedMs: number;
}

/** The request never got a usable answer. */
export class HttpFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'reset' | 'refused' | 'network',
    readonly reachedServer: boolean,
    readonly attempts: number,
    readonly lastResponse?: HttpResponse,
  ) {
    super(`HTTP ${reason} after ${attempts} attempt(s)`);
    this.name = 'HttpFailure';
  }
}

export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** Concurrent connections to this base URL; requests beyond it queue. */
  readonly connections: number;
  readonly retry?: RetryPolicy;
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly userAgent?: string;
}

export interface HttpClient {
  readonly baseUrl: string;
  request(request: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function classify(error: unknown): { reason: HttpFailure['reason']; reachedServer: boolean } {
  const code = (error as { code?: string }).code ?? '';
  const name = (error as { name?: string }).name ?? '';
  if (NOT_SENT_CODES.has(code))
    return { reason: code === 'UND_ERR_CONNECT_TIMEOUT' ? 'timeout' : 'refused', reachedServer: false };
  if (error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) {
    return { reason: 'timeout', reachedServer: true };
  }
  if (name === 'TimeoutError' || name === 'AbortError') return { reason: 'timeout', reachedServer: true };
  if (error instanceof undiciErrors.SocketError || code === 'ECONNRESET' || code === 'EPIPE')
    return { reason: 'reset', reachedServer: true };
  return { reason: 'network', reachedServer: true };
}

export function buildPath(basePath: string, path: string, query?: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, String(value));
  }
  const search = params.toString();
  return `${basePath.replace(/\/$/, '')}${path}${search ? `?${search}` : ''}`;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = new URL(options.baseUrl);
  const pool = new Pool(base.origin, {
    connections: options.connections,
    keepAliveTimeout: 30_000,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  const policy = options.retry ?? defaultRetryPolicy;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function once(request: HttpRequest): Promise<Omit<HttpResponse, 'attempts' | 'elapsedMs'>> {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    if (options.userAgent) headers['user-agent'] = options.userAgent;
    let body: string | undefined;
    if (request.json !== undefined) {
      body = JSON.stringify(request.json);
      headers['content-type'] = 'application/json';
    }
    const response = await pool.request({
      origin: base.origin,
      path: buildPath(base.pathname, request.path, request.query),
      method: request.method,
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await response.body.text();
    let json: unknown;
    try {
      json = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.statusCode, headers: response.headers, text, json };
  }

  return {
    baseUrl: options.baseUrl,
    async request(request) {
      const started = Date.now();
      for (let attempt = 1; ; attempt++) {
        let outcome: AttemptOutcome;
        let response: HttpResponse | undefined;
        let failure: ReturnType<typeof classify> | undefined;
        try {
          const raw = await once(request);
          response = { ...raw, attempts: attempt, elapsedMs: Date.now() - started };
          outcome = { kind: 'response', status: raw.status, retryAfterMs: parseRetryAfter(raw.headers['retry-after']) };
        } catch (error) {
          failure = classify(error);
          outcome = { kind: 'network', reachedServer: failure.reachedServer };
        }
        const retryAfter = outcome.kind === 'response' ? outcome.retryAfterMs : undefined;
        const canRetry =
          attempt < policy.maxAttempts &&
          isRetryable(outcome, request.idempotent) &&
          (retryAfter === undefined || retryAfter <= policy.maxRetryAfterMs);
        if (!canRetry) {
          if (response) return response;
          throw new HttpFailure(failure!.reason, failure!.reachedServer, attempt);
        }
        await sleep(backoffDelayMs(attempt, policy, random, retryAfter));
      }
    },
    close: () => pool.close(),
  };
}
