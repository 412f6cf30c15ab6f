/**
 * One entry point for every IPC call, whatever carried it (Electron's ipcMain or the browser
 * harness). It treats the argument as untrusted: parse with the channel's schema, run the
 * handler, and (in development and tests) check the result against its schema too.
 */
import type { z } from 'zod';
import { listChannels, type ContractShape, type OutputOf, type ParsedInputOf } from '../../../shared/contract/channel';
import type { FieldIssue, IpcResult } from '../../../shared/contract/result';
import { isAppError } from '../errors';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';

type Awaitable<T> = T | Promise<T>;

export type HandlersOf<C extends ContractShape> = {
  readonly [G in keyof C]: {
    readonly [M in keyof C[G]]: (input: ParsedInputOf<C[G][M]>) => Awaitable<OutputOf<C[G][M]>>;
  };
};

export interface Dispatcher {
  /** Every channel name this dispatcher answers, in contract order. */
  readonly channels: readonly string[];
  dispatch(channel: string, input: unknown): Promise<IpcResult<unknown>>;
}

export interface DispatcherOptions {
  validateResults: boolean;
  logger: Logger;
  redactor: Redactor;
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function createDispatcher<C extends ContractShape>(
  contract: C,
  handlers: HandlersOf<C>,
  options: DispatcherOptions,
): Dispatcher {
  type Handler = (input: unknown) => Awaitable<unknown>;
  const table = new Map<string, { input: z.ZodType; output: z.ZodType; handler: Handler }>();
  const handlerGroups = handlers as unknown as Record<string, Record<string, Handler | undefined> | undefined>;

  for (const entry of listChannels(contract)) {
    const handler = handlerGroups[entry.group]?.[entry.method];
    // Refusing to start beats a channel that silently answers nothing.
    if (typeof handler !== 'function') throw new Error(`No handler registered for IPC channel ${entry.name}`);
    table.set(entry.name, { input: entry.spec.input, output: entry.spec.output, handler });
  }

  const log = options.logger.child({ component: 'ipc' });

  async function dispatch(channel: string, input: unknown): Promise<IpcResult<unknown>> {
    const route = table.get(channel);
    if (!route) {
      log.warn('call to an unknown channel refused', { channel });
      return { ok: false, error: { code: 'forbidden', message: `Unknown channel ${channel}.` } };
    }
    const parsed = route.input.safeParse(input);
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      log.warn('invalid arguments refused', { channel, issues });
      const detail = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      return { ok: false, error: { code: 'validation', message: `Invalid request: ${detail}`, issues } };
    }
    try {
      const value = await route.handler(parsed.data);
      if (options.validateResults) {
        const checked = route.output.safeParse(value);
        if (!checked.success) {
          log.error('handler returned a value outside its contract', { channel, issues: zodIssues(checked.error) });
          return { ok: false, error: { code: 'internal', message: 'Switchboard produced an unexpected answer; see the log.' } };
        }
        return { ok: true, value: checked.data };
      }
      return { ok: true, value };
    } catch (error) {
      if (isAppError(error)) {
        log.info('request ended with an operator-facing error', { channel, code: error.code, message: error.message });
        return {
          ok: false,
          error: {
            code: error.code,
            message: options.redactor.redactText(error.message),
            ...(error.issues ? { issues: error.issues } : {}),
          },
        };
      }
      log.error('handler failed', { channel, error });
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Switchboard; the log has details.' } };
    }
  }

  return { channels: [...table.keys()], dispatch };
}
