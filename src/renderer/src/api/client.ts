/**
 * The renderer's way to main: the named functions the preload (or the harness stand-in) put on
 * window.switchboard, unwrapped so a call resolves to its value or throws an ApiError.
 */
import type { BridgeApi, ClientApi } from '../../../shared/api';
import type { ErrorCode, FieldIssue, IpcResult } from '../../../shared/contract/result';

declare global {
  interface Window {
    switchboard?: BridgeApi;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one form field, if main named it. */
  forField(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }
}

type BridgeFn = (...args: unknown[]) => Promise<IpcResult<unknown>>;

export function createClient(bridge: BridgeApi): ClientApi {
  const client: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [group, methods] of Object.entries(bridge as unknown as Record<string, Record<string, BridgeFn>>)) {
    const target: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const [method, call] of Object.entries(methods)) {
      target[method] = async (...args: unknown[]) => {
        const result = await call(...args);
        if (result.ok) return result.value;
        throw new ApiError(result.error.code, result.error.message, result.error.issues);
      };
    }
    client[group] = target;
  }
  return client as unknown as ClientApi;
}

/** A message for any thrown value, for places that just show it. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let instance: ClientApi | null = null;

export function api(): ClientApi {
  if (!instance) {
    if (!window.switchboard) {
      throw new Error(
        'Switchboard’s bridge to the main process is missing. Start the app with npm start or the browser harness.',
      );
    }
    instance = createClient(window.switchboard);
  }
  return instance;
}
