import type { z } from 'zod';
import { zodIssues } from '../ipc/dispatcher';
import { requestValidationError, type ClientContext } from './provider-error';

/** Checks a request against the provider's documented rules before anything leaves the machine. */
export function validateRequest<S extends z.ZodType>(ctx: ClientContext, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw requestValidationError(ctx, zodIssues(parsed.error));
  return parsed.data;
}

export const E164 = /^\+[1-9]\d{1,14}$/;
