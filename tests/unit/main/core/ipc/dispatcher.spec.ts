import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channel } from '../../../../../src/shared/contract/channel';
import { AppError } from '../../../../../src/main/core/errors';
import { createDispatcher } from '../../../../../src/main/core/ipc/dispatcher';
import { createLogger } from '../../../../../src/main/core/log/logger';
import { Redactor } from '../../../../../src/main/core/log/redactor';
import { tempDir } from '../../../../helpers/temp-dir';

const contract = {
  demo: {
    echo: channel({ doc: 'echo', input: z.strictObject({ n: z.number().int() }), output: z.strictObject({ n: z.number() }) }),
    leak: channel({ doc: 'leak', input: z.undefined(), output: z.strictObject({ label: z.string() }) }),
    fail: channel({ doc: 'fail', input: z.undefined(), output: z.null() }),
    crash: channel({ doc: 'crash', input: z.undefined(), output: z.null() }),
  },
};

function setup(validateResults = true) {
  const folder = tempDir();
  const redactor = new Redactor();
  redactor.remember('top-secret-value');
  const file = join(folder.dir, 'log.jsonl');
  const logger = createLogger({ file, redactor });
  let echoCalls = 0;
  const dispatcher = createDispatcher(
    contract,
    {
      demo: {
        echo: ({ n }) => {
          echoCalls++;
          return { n: n * 2 };
        },
        // Returns a field outside its contract, as a careless handler might with a secret.
        leak: () => ({ label: 'x', secret: 'top-secret-value' }) as unknown as { label: string },
        fail: () => {
          throw new AppError('conflict', 'Name taken.', [{ path: 'label', message: 'Name taken.' }]);
        },
        crash: () => {
          throw new Error('database exploded near top-secret-value');
        },
      },
    },
    { validateResults, logger, redactor },
  );
  return { dispatcher, log: () => readFileSync(file, 'utf8'), calls: () => echoCalls, done: folder.remove };
}

describe('dispatcher', () => {
  it('answers a valid call with the handler’s value', async () => {
    const t = setup();
    expect(await t.dispatcher.dispatch('demo:echo', { n: 21 })).toEqual({ ok: true, value: { n: 42 } });
    t.done();
  });

  it('lists every contract channel', () => {
    const t = setup();
    expect(t.dispatcher.channels).toEqual(['demo:echo', 'demo:leak', 'demo:fail', 'demo:crash']);
    t.done();
  });

  it('rejects malformed arguments with field issues and never calls the handler', async () => {
    const t = setup();
    for (const bad of [undefined, null, { n: 1.5 }, { n: '1' }, { n: 1, extra: true }, [1]]) {
      const result = await t.dispatcher.dispatch('demo:echo', bad);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('validation');
        expect(result.error.issues?.length).toBeGreaterThan(0);
      }
    }
    expect(t.calls()).toBe(0);
    t.done();
  });

  it('refuses unknown channels', async () => {
    const t = setup();
    const result = await t.dispatcher.dispatch('demo:nope', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    t.done();
  });

  it('passes operator-facing errors through with their code and issues', async () => {
    const t = setup();
    expect(await t.dispatcher.dispatch('demo:fail', undefined)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Name taken.', issues: [{ path: 'label', message: 'Name taken.' }] },
    });
    t.done();
  });

  it('hides unexpected errors from the caller and logs them without secrets', async () => {
    const t = setup();
    const result = await t.dispatcher.dispatch('demo:crash', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('exploded');
    expect(t.log()).toContain('database exploded');
    expect(t.log()).not.toContain('top-secret-value');
    t.done();
  });

  it('in validating mode, refuses a result that breaks its schema', async () => {
    const t = setup(true);
    const result = await t.dispatcher.dispatch('demo:leak', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('top-secret-value');
    t.done();
  });

  it('refuses to start when a channel has no handler', () => {
    const logger = createLogger({ file: null, redactor: new Redactor() });
    expect(() =>
      createDispatcher(contract, { demo: { echo: () => ({ n: 1 }) } } as never, {
        validateResults: true,
        logger,
        redactor: new Redactor(),
      }),
    ).toThrow(/No handler registered for IPC channel demo:leak/);
  });
});
