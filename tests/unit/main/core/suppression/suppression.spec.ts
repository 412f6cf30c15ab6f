import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileRegistry } from '../../../../../src/main/core/contacts/files';
import { createLogger } from '../../../../../src/main/core/log/logger';
import { Redactor } from '../../../../../src/main/core/log/redactor';
import { databasePath, openDatabase, type Db } from '../../../../../src/main/core/storage/database';
import { numberFromLine } from '../../../../../src/main/core/suppression/dnc-file';
import { createSuppressionService, type SuppressionService } from '../../../../../src/main/core/suppression/suppression-service';
import { tempDir } from '../../../../helpers/temp-dir';

let folder: ReturnType<typeof tempDir>;
let db: Db;
let service: SuppressionService;
beforeEach(() => {
  folder = tempDir();
  db = openDatabase(databasePath(folder.dir));
  service = createSuppressionService(
    db,
    createLogger({ file: null, redactor: new Redactor() }),
    () => new Date('2026-11-22T10:00:00Z'),
  );
});
afterEach(() => {
  db.close();
  folder.remove();
});

const add = (phone: string, extra: Partial<Parameters<SuppressionService['add']>[0]> = {}) =>
  service.add({
    phone,
    defaultRegion: 'US',
    channel: 'all',
    kind: 'opt_out',
    reason: 'Asked to stop on a call',
    source: 'Front desk',
    ...extra,
  });

describe('opt-out and DNC lists', () => {
  it('adds by hand with reason, source and date, normalised, once per list', () => {
    expect(add('(202) 555-0143', { date: '2026-11-01' })).toMatchObject({
      e164: '+12025550143',
      channel: 'all',
      kind: 'opt_out',
      reason: 'Asked to stop on a call',
      source: 'Front desk',
      addedAt: '2026-11-01T00:00:00.000Z',
    });
    expect(() => add('+1 202 555 0143')).toThrow(/already on that list/);
    expect(add('2025550143', { channel: 'sms' }).channel).toBe('sms');
    expect(() => add('12')).toThrow(/check the number/);
  });

  it('removing is an explicit action with a reason, and is logged', () => {
    const entry = add('2025550143');
    expect(service.remove(entry.id, 'Consent given again in writing')).toBe(true);
    expect(service.list('', 0, 10).total).toBe(0);
    expect(service.log(10).map((l) => [l.action, l.reason])).toEqual([
      ['removed', 'Consent given again in writing'],
      ['added', 'Asked to stop on a call'],
    ]);
  });

  it('reads the National DNC registry’s formats and plain lists tolerantly', () => {
    expect(numberFromLine('202,5550143')).toEqual({ phone: '2025550143' });
    expect(numberFromLine('"202","555-0143"')).toEqual({ phone: '2025550143' });
    expect(numberFromLine('2025550143')).toEqual({ phone: '2025550143' });
    expect(numberFromLine('Jane Doe, (202) 555-0143, jane@x.io')).toEqual({ phone: '(202) 555-0143' });
    expect(numberFromLine('AreaCode,PhoneNumber')).toEqual({ skip: 'header' });
    expect(numberFromLine('   ')).toEqual({ skip: 'blank' });
    expect(numberFromLine('12')).toEqual({ skip: 'no_number' });
  });

  it('imports a DNC file, counting added, already listed and invalid lines', async () => {
    add('2025550143', { kind: 'dnc', channel: 'voice' });
    const path = join(folder.dir, 'dnc.txt');
    writeFileSync(path, 'AreaCode,PhoneNumber\r\n202,5550143\r\n202,5550144\r\n\r\n415,5550100\r\n99,1\r\n');
    const file = createFileRegistry().register(path);
    expect(
      await service.importFile(file, {
        defaultRegion: 'US',
        channel: 'voice',
        kind: 'dnc',
        source: 'National DNC registry, Nov 2026',
      }),
    ).toEqual({
      lines: 5,
      added: 2,
      alreadyListed: 1,
      invalid: 1,
    });
    expect(service.list('415', 0, 10).entries).toMatchObject([
      { e164: '+14155550100', source: 'National DNC registry, Nov 2026', reason: 'From dnc.txt' },
    ]);
  });
});
