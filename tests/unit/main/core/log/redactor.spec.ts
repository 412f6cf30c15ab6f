import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../../src/main/core/log/logger';
import { REDACTED, Redactor } from '../../../../../src/main/core/log/redactor';
import { tempDir } from '../../../../helpers/temp-dir';

describe('Redactor', () => {
  it('blanks remembered secrets wherever they appear, including inside error messages', () => {
    const r = new Redactor();
    r.remember('hunter2-very-secret');
    const out = r.redact({ note: 'auth failed for hunter2-very-secret!', err: new Error('bad key hunter2-very-secret') });
    expect(JSON.stringify(out)).not.toContain('hunter2-very-secret');
    expect(JSON.stringify(out)).toContain(REDACTED);
  });

  it('blanks fields whose names say they hold a secret, even unremembered ones', () => {
    const r = new Redactor();
    const out = r.redact({
      apiKey: 'k1',
      'api-key': 'k2',
      secret: 's',
      authorization: 'Basic x',
      nested: { token: 't' },
      label: 'Main',
    });
    expect(out).toEqual({
      apiKey: REDACTED,
      'api-key': REDACTED,
      secret: REDACTED,
      authorization: REDACTED,
      nested: { token: REDACTED },
      label: 'Main',
    });
  });

  it('leaves other text alone', () => {
    const r = new Redactor();
    r.remember('abcd1234');
    expect(r.redactText('nothing to hide')).toBe('nothing to hide');
  });
});

describe('logger', () => {
  it('writes JSON lines with redaction applied', () => {
    const t = tempDir();
    try {
      const redactor = new Redactor();
      redactor.remember('s3cr3t-value-xyz');
      const file = join(t.dir, 'logs', 'x.log');
      const log = createLogger({ file, redactor }).child({ component: 'test' });
      log.info('called with s3cr3t-value-xyz', { n: 1 });
      log.debug('not written at info level');
      const lines = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'info', component: 'test', n: 1, msg: `called with ${REDACTED}` });
    } finally {
      t.remove();
    }
  });
});
