/**
 * Typed provider failures. Each carries a message written for the operator (what happened, what
 * to do) and the facts a program needs (kind, HTTP status, field, retry-after, per-item reasons).
 */
import type { FieldIssue } from '../../../shared/contract/result';
import { providers, type ProviderId } from '../../../shared/providers';
import { AppError } from '../errors';
import { HttpFailure, type HttpResponse } from '../http/http-client';

export type ProviderErrorKind = 'authentication' | 'validation' | 'rate_limited' | 'transient' | 'rejected' | 'unknown';

export interface ProviderErrorDetails {
  readonly status?: number | undefined;
  /** The request field at fault, named as the provider names it. */
  readonly field?: string | undefined;
  readonly retryAfterMs?: number | undefined;
  /** The provider's own error code (Revicom 4012, Octopush 442, …). */
  readonly providerCode?: number | string | undefined;
  /** Items refused one by one, by their index in the request. */
  readonly items?: ReadonlyArray<{ index: number; reason: string }> | undefined;
  /** With a partial refusal: the items that were accepted (they will be delivered). */
  readonly accepted?: ReadonlyArray<{ index: number; id: string }> | undefined;
  /** A send that may or may not have been accepted: do not send it again blindly. */
  readonly outcomeUnknown?: boolean | undefined;
}

export class ProviderError extends AppError {
  constructor(
    readonly kind: ProviderErrorKind,
    readonly provider: ProviderId,
    message: string,
    readonly details: ProviderErrorDetails = {},
    issues?: FieldIssue[],
  ) {
    super(kind === 'validation' && issues ? 'validation' : 'provider', message, issues);
    this.name = 'ProviderError';
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** Who is talking, for messages: “Drop Cowboy profile “Main””. */
export interface ClientContext {
  readonly provider: ProviderId;
  readonly label: string;
}

const name = (ctx: ClientContext) => providers[ctx.provider].name;

export function authenticationError(
  ctx: ClientContext,
  status: number,
  providerCode?: number | string,
  detail?: string,
): ProviderError {
  const descriptor = providers[ctx.provider];
  const what = descriptor.identifier
    ? `the ${descriptor.identifier.label} and ${descriptor.secret.label}`
    : `the ${descriptor.secret.label}`;
  const code = providerCode !== undefined ? `, code ${providerCode}` : '';
  const extra = detail ? `: ${detail}` : '';
  return new ProviderError(
    'authentication',
    ctx.provider,
    `${name(ctx)} refused the credentials of “${ctx.label}” (HTTP ${status}${code}${extra}). Check ${what} under Accounts, then test the connection again.`,
    { status, providerCode },
  );
}

export function requestValidationError(ctx: ClientContext, issues: FieldIssue[]): ProviderError {
  const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new ProviderError('validation', ctx.provider, `Not sent to ${name(ctx)}: ${list}`, { field: issues[0]?.path }, issues);
}

export function serverValidationError(
  ctx: ClientContext,
  status: number,
  message: string,
  field?: string,
  providerCode?: number | string,
): ProviderError {
  const where = field ? ` (field ${field})` : '';
  return new ProviderError('validation', ctx.provider, `${name(ctx)} refused the request${where}: ${message}`, {
    status,
    field,
    providerCode,
  });
}

export function rateLimitedError(ctx: ClientContext, response: HttpResponse, retryAfterMs?: number): ProviderError {
  const wait = retryAfterMs !== undefined ? ` Try again in ${Math.ceil(retryAfterMs / 1000)} s.` : ' Try again in a minute.';
  return new ProviderError(
    'rate_limited',
    ctx.provider,
    `${name(ctx)} is limiting how fast “${ctx.label}” may send (HTTP 429, ${response.attempts} attempt(s)).${wait}`,
    { status: 429, retryAfterMs },
  );
}

/** A failure of the connection or of the provider's servers. */
export function transientError(ctx: ClientContext, failure: HttpFailure | HttpResponse, idempotent: boolean): ProviderError {
  const what =
    failure instanceof HttpFailure
      ? {
          timeout: 'did not answer in time',
          reset: 'dropped the connection',
          refused: 'could not be reached',
          network: 'could not be reached',
        }[failure.reason]
      : `answered with a server error (HTTP ${failure.status})`;
  const attempts = failure.attempts;
  const reached = failure instanceof HttpFailure ? failure.reachedServer : true;
  const outcomeUnknown = !idempotent && reached;
  const advice = outcomeUnknown
    ? ' The request may or may not have been accepted: wait for its delivery result before sending it again.'
    : ' Nothing was sent twice; try again in a few minutes.';
  return new ProviderError('transient', ctx.provider, `${name(ctx)} ${what} after ${attempts} attempt(s).${advice}`, {
    status: failure instanceof HttpFailure ? undefined : failure.status,
    outcomeUnknown,
  });
}

export function unknownError(ctx: ClientContext, response: HttpResponse): ProviderError {
  const snippet = response.text.replace(/\s+/g, ' ').slice(0, 200);
  if (response.status === 404) {
    return new ProviderError(
      'unknown',
      ctx.provider,
      `${name(ctx)} has no such item (HTTP 404${snippet ? `: ${snippet}` : ''}). It may have been deleted in the ${name(ctx)} dashboard.`,
      { status: 404 },
    );
  }
  return new ProviderError(
    'unknown',
    ctx.provider,
    `${name(ctx)} answered unexpectedly (HTTP ${response.status}${snippet ? `: ${snippet}` : ''}). If this persists, contact ${name(ctx)} support with the time of the request.`,
    { status: response.status },
  );
}

export function rejectedItemsError(
  ctx: ClientContext,
  items: Array<{ index: number; reason: string }>,
  total: number,
  accepted: Array<{ index: number; id: string }> = [],
): ProviderError {
  const sample = items
    .slice(0, 3)
    .map((i) => `#${i.index + 1}: ${i.reason}`)
    .join('; ');
  return new ProviderError(
    'rejected',
    ctx.provider,
    `${name(ctx)} refused ${items.length} of ${total} item(s) (${sample}${items.length > 3 ? '; …' : ''}).` +
      (accepted.length > 0 ? ` The other ${accepted.length} were accepted and will be delivered.` : ''),
    { items, accepted },
  );
}

/** Runs a provider call, turning transport failures into typed errors. */
export async function guardTransport<T>(ctx: ClientContext, idempotent: boolean, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof HttpFailure) throw transientError(ctx, error, idempotent);
    throw error;
  }
}
