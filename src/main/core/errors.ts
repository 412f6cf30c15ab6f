import type { ErrorCode, FieldIssue } from '../../shared/contract/result';

/**
 * An error meant for the operator: its message says what happened and what to do, and it
 * never contains a secret. Anything else that escapes a handler is reported as "internal".
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} no longer exists. It may have been deleted in another window.`);
}
