/**
 * Turning a provider's HTTP answer into a value or a typed error. Each provider supplies how to
 * read its error bodies; the status rules are shared.
 */
import type { z } from 'zod';
import type { HttpClient, HttpRequest, HttpResponse } from '../http/http-client';
import { parseRetryAfter } from '../http/retry-policy';
import {
  authenticationError,
  guardTransport,
  rateLimitedError,
  serverValidationError,
  transientError,
  unknownError,
  type ClientContext,
} from './provider-error';

export interface ErrorBody {
  message?: string | undefined;
  field?: string | undefined;
  code?: number | string | undefined;
}

export type ErrorBodyReader = (response: HttpResponse) => ErrorBody;

/** Throws the typed error for a non-2xx answer. */
export function failOnError(ctx: ClientContext, response: HttpResponse, idempotent: boolean, read: ErrorBodyReader): void {
  const { status } = response;
  if (status >= 200 && status < 300) return;
  const body = read(response);
  if (status === 401 || status === 403) throw authenticationError(ctx, status, body.code, body.message);
  if (status === 429) throw rateLimitedError(ctx, response, parseRetryAfter(response.headers['retry-after']));
  if (status === 400 || status === 422) {
    throw serverValidationError(
      ctx,
      status,
      body.message ?? (response.text.slice(0, 200) || 'invalid request'),
      body.field,
      body.code,
    );
  }
  if (status === 408 || status >= 500) throw transientError(ctx, response, idempotent);
  throw unknownError(ctx, response);
}

/** Reads a 2xx body with a lenient schema (unknown fields are ignored, as providers add them). */
export function readBody<S extends z.ZodType>(ctx: ClientContext, response: HttpResponse, schema: S): z.output<S> {
  const parsed = schema.safeParse(response.json);
  if (!parsed.success) throw unknownError(ctx, response);
  return parsed.data;
}

export type ProviderCall = (request: Omit<HttpRequest, 'headers'>) => Promise<HttpResponse>;

/** A provider's request function: its auth headers on every call, its errors typed. */
export function providerCaller(
  http: HttpClient,
  ctx: ClientContext,
  headers: Readonly<Record<string, string>>,
  read: ErrorBodyReader,
): ProviderCall {
  return async (request) => {
    const response = await guardTransport(ctx, request.idempotent, () => http.request({ ...request, headers }));
    failOnError(ctx, response, request.idempotent, read);
    return response;
  };
}
