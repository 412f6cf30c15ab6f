/**
 * Contacts through the IPC dispatcher of the real core: an import in its worker threads with
 * progress and summary, the saved mapping offered again, and a push to the Drop Cowboy simulator.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../../helpers/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore({ seedSandbox: true });
});
afterEach(async () => t.close());

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const result = await t.core.dispatcher.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

function register(name: string, content: string): string {
  const path = join(t.dataDir, name);
  writeFileSync(path, content);
  return t.core.files.register(path, name).fileId;
}

describe('contacts through the app core', () => {
  it('previews, imports in worker threads with progress, and remembers the mapping', async () => {
    const csv = 'Full Name,Cell,Country,Notes\nAna,2025550143,,x\nBo,07911 123456,United Kingdom,\nCy,bad,,\n';
    const fileId = register('people.csv', csv);
    const preview = await call<{ targets: string[]; savedMapping: boolean; columns: string[] }>('contacts:preview', { fileId });
    expect(preview).toMatchObject({ targets: ['full_name', 'phone', 'country', 'custom'], savedMapping: false });
    const targets = ['full_name', 'phone', 'country', 'ignore'];
    const { jobId } = await call<{ jobId: string }>('contacts:startImport', {
      fileId,
      encoding: 'utf-8',
      delimiter: ',',
      hasHeader: true,
      targets,
      defaultRegion: 'US',
      policy: 'skip',
      list: { name: 'People' },
    });
    const job = await t.core.imports.finished(jobId);
    expect(job).toMatchObject({ state: 'done', rows: 3, summary: { rows: 3, imported: 2, invalid: 1 } });
    expect(await call('contacts:importStatus', { jobId })).toMatchObject({ state: 'done', secondsLeft: null });
    const lists = await call<Array<{ name: string; total: number }>>('contacts:lists');
    expect(lists).toMatchObject([{ name: 'People', total: 3 }]);
    const page = await call<{ rows: Array<{ e164: string | null }> }>('contacts:page', {
      query: { listId: job.summary!.listId },
      offset: 0,
      limit: 10,
    });
    expect(page.rows.map((r) => r.e164)).toEqual(['+12025550143', '+447911123456', null]);
    // A file with the same headers gets the mapping the operator chose.
    const again = await call<{ targets: string[]; savedMapping: boolean }>('contacts:preview', {
      fileId: register('more.csv', csv),
    });
    expect(again).toMatchObject({ targets, savedMapping: true });
  });

  it('refuses an import without a phone column, or into a name already taken', async () => {
    const fileId = register('x.csv', 'Name,Phone\nA,2025550143\n');
    const base = { fileId, encoding: 'utf-8', delimiter: ',', hasHeader: true, defaultRegion: 'US', policy: 'skip' };
    await expect(
      call('contacts:startImport', { ...base, targets: ['full_name', 'custom'], list: { name: 'L' } }),
    ).rejects.toThrow(/Map at least one column to Phone/);
    await call('contacts:createList', { name: 'Taken' });
    await expect(
      call('contacts:startImport', { ...base, targets: ['full_name', 'phone'], list: { name: 'taken' } }),
    ).rejects.toThrow(/already exists/);
  });

  it('cancels a running import, leaving no list behind', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `N${i},+1202555${String(1000 + (i % 9000))}`).join('\n');
    const fileId = register('big.csv', `Name,Phone\n${rows}\n`);
    const { jobId } = await call<{ jobId: string }>('contacts:startImport', {
      fileId,
      encoding: 'utf-8',
      delimiter: ',',
      hasHeader: true,
      targets: ['full_name', 'phone'],
      defaultRegion: 'US',
      policy: 'skip',
      list: { name: 'Big' },
    });
    expect(await call('contacts:cancelImport', { jobId })).toEqual({ cancelled: true });
    expect(await t.core.imports.finished(jobId)).toMatchObject({
      state: 'cancelled',
      error: 'Import cancelled; the list is as it was.',
    });
    expect(await call('contacts:lists')).toEqual([]);
  });

  it('pushes a list’s valid, unsuppressed contacts to Drop Cowboy in chunks of 10,000, reports refusals by line, then renames and deletes it there', async () => {
    const lines = ['Name,Phone,City'];
    const areas = [202, 415, 312];
    for (let i = 0; i < 20_050; i++) lines.push(`N${i},+1${areas[i % 3]}555${String(Math.floor(i / 3)).padStart(4, '0')},Austin`);
    lines.push('Test,+15550010001,Denver', 'Broken,12,Nowhere');
    const fileId = register('push.csv', lines.join('\n'));
    const { jobId } = await call<{ jobId: string }>('contacts:startImport', {
      fileId,
      encoding: 'utf-8',
      delimiter: ',',
      hasHeader: true,
      targets: ['full_name', 'phone', 'city'],
      defaultRegion: 'US',
      policy: 'skip',
      list: { name: 'Push' },
    });
    const { summary } = await t.core.imports.finished(jobId);
    // An opted-out number must stay behind.
    await call('suppression:add', {
      phone: '+12025550000',
      defaultRegion: 'US',
      channel: 'sms',
      kind: 'opt_out',
      reason: 'Replied STOP',
      source: 'test',
    });
    // A number Drop Cowboy refuses (its own validation can differ from ours): line 10,005 of the file,
    // in the second chunk, must come back as line 10,005.
    t.core.db.prepare('UPDATE contact SET e164 = ? WHERE list_id = ? AND line = ?').run('+19995550123', summary!.listId, 10_005);
    const profileId = (await t.core.profiles.list()).profiles.find((p) => p.provider === 'dropcowboy')!.id;
    const pushed = await call<{
      dropCowboyListId: string;
      sent: number;
      accepted: number;
      suppressed: number;
      rejected: unknown[];
    }>('contacts:pushToDropCowboy', {
      listId: summary!.listId,
      profileId,
      name: 'Spring campaign',
    });
    const sim = await t.core.sandbox.simulators();
    const appends = sim.dropcowboy.server.requests().filter((r) => r.path.endsWith('/contacts'));
    expect(appends.map((r) => (r.body as { values: unknown[] }).values.length)).toEqual([10_000, 10_000, 50]);
    expect(pushed).toMatchObject({
      sent: 20_050,
      accepted: 20_049,
      suppressed: 1,
      rejected: [{ line: 10_005, phone: '+19995550123', reason: 'Invalid phone number' }],
    });
    const sentPhones = appends.flatMap((r) => (r.body as { values: string[][] }).values.map((v) => v[1]));
    expect(sentPhones).not.toContain('+12025550000');
    expect((appends[0]!.body as { fields: string[] }).fields).toEqual(['record_id', 'phone', 'city']);
    expect(await call('contacts:dropCowboyLists', { listId: summary!.listId })).toMatchObject([
      { name: 'Spring campaign', contactCount: 20_049 },
    ]);
    await call('contacts:renameDropCowboyList', { profileId, dropCowboyListId: pushed.dropCowboyListId, name: 'Spring 2027' });
    expect(sim.dropcowboy.lists()).toMatchObject([{ list_name: 'Spring 2027' }]);
    await call('contacts:deleteDropCowboyList', { profileId, dropCowboyListId: pushed.dropCowboyListId });
    expect(sim.dropcowboy.lists()).toEqual([]);
  });
});
