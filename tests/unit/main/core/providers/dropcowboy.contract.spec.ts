/**
 * Drop Cowboy client against its simulator: every call, its documented shapes (field names from
 * the seeds), and each kind of failure.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDropCowboyClient } from '../../../../../src/main/core/providers/dropcowboy/client';
import { ProviderError } from '../../../../../src/main/core/providers/provider-error';
import { startDropCowboySim, type DropCowboySim } from '../../../../../src/simulators/dropcowboy/server';
import { seedBrands, seedPools, seedRecordings } from '../../../../../src/simulators/dropcowboy/seed-data';
import { callbackReceiver, ctx, fastHttp, seedFixture } from '../../../../helpers/provider-test-kit';

const fields = seedFixture<{ rvm: string[]; sms: string[]; list: string[]; contacts: string[]; headers: string[] }>(
  'dropcowboy-fields.json',
);

let sim: DropCowboySim;
const http = () => fastHttp(sim.baseUrl);
const client = (secret = sim.credentials.secret) =>
  createDropCowboyClient(http(), { teamId: sim.credentials.teamId, secret }, ctx('dropcowboy', 'Main'));
const lastRequest = () => sim.server.requests().at(-1)!;

const rvm = {
  brand_id: seedBrands[0]!.brand_id,
  phone_number: '+15550010001',
  foreign_id: 'send-1:contact-1',
  recording_id: seedRecordings[0]!.media_id,
  pool_id: seedPools[0]!.pool_id,
  callback_url: 'https://example.com/hook',
};

beforeAll(async () => {
  sim = await startDropCowboySim({
    faults: { latencyMs: { min: 0, max: 0 }, retryAfterSeconds: 0 },
    settings: { callbackDelayMs: { min: 5, max: 20 } },
  });
});
afterAll(async () => sim.close());
afterEach(() => {
  sim.server.setFaults({ rate429: 0, rate5xx: 0, resetRate: 0, timeoutRate: 0, paths: [] });
  sim.server.clearRequests();
  sim.reset();
});

describe('Drop Cowboy client ↔ simulator', () => {
  it('sends an RVM with credentials in both headers and body, using only documented field names', async () => {
    const result = await client().sendRvm(rvm);
    expect(result).toEqual({ status: 'queued', warnings: [] });
    const sent = lastRequest();
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/rvm');
    expect(sent.headers['x-team-id']).toBe('sandbox-team');
    expect(sent.headers['x-secret']).toBe('sandbox-dropcowboy-secret');
    expect(sent.headers['content-type']).toBe('application/json');
    const body = sent.body as Record<string, unknown>;
    expect(body).toEqual({ team_id: 'sandbox-team', secret: 'sandbox-dropcowboy-secret', ...rvm });
    for (const key of Object.keys(body)) expect(fields.rvm).toContain(key);
    expect(sim.drops()).toHaveLength(1);
  });

  it('sends each audio source with its documented companion fields', async () => {
    await client().sendRvm({
      ...rvm,
      recording_id: undefined,
      voice_id: 'dc786997-e027-4986-8d0b-b1efa0c26937',
      tts_body: 'Hi Joe',
    });
    expect(lastRequest().body).toMatchObject({ voice_id: 'dc786997-e027-4986-8d0b-b1efa0c26937', tts_body: 'Hi Joe' });
    await client().sendRvm({ ...rvm, recording_id: undefined, audio_url: 'https://example.com/a.mp3', audio_type: 'mp3' });
    expect(lastRequest().body).toMatchObject({ audio_url: 'https://example.com/a.mp3', audio_type: 'mp3' });
    expect(Object.keys(lastRequest().body as object)).not.toContain('recording_id');
  });

  it('refuses invalid RVMs before sending, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...rvm, voice_id: 'v', tts_body: 'x' }, 'voice_id'],
      [{ ...rvm, recording_id: undefined }, 'recording_id'],
      [{ ...rvm, recording_id: undefined, voice_id: 'v' }, 'tts_body'],
      [{ ...rvm, recording_id: undefined, audio_url: 'https://x.test/a.mp3' }, 'audio_type'],
      [{ ...rvm, recording_id: undefined, audio_url: 'https://x.test/a.ogg', audio_type: 'ogg' }, 'audio_type'],
      [{ ...rvm, foreign_id: 'x'.repeat(257) }, 'foreign_id'],
      [{ ...rvm, phone_number: '5552223333' }, 'phone_number'],
      [{ ...rvm, pool_id: undefined }, 'forwarding_number'],
    ];
    for (const [input, field] of cases) {
      const error = await client()
        .sendRvm(input as never)
        .catch((e: unknown) => e);
      expect(error, field).toBeInstanceOf(ProviderError);
      expect((error as ProviderError).kind).toBe('validation');
      expect((error as ProviderError).issues?.map((i) => i.path)).toContain(field);
      expect((error as ProviderError).message).toMatch(/^Not sent to Drop Cowboy: /);
    }
    expect(sim.server.requests()).toHaveLength(0);
  });

  it('warns, without refusing, when several call-back routes are given', async () => {
    const result = await client().sendRvm({ ...rvm, forwarding_number: '+15557778888' });
    expect(result.warnings[0]).toMatch(/Several call-back routes/);
  });

  it('sends an SMS with the documented fields and refuses one without opt-in or over 160 characters', async () => {
    const sms = {
      phone_number: '+15550020001',
      caller_id: '+15557778888',
      pool_id: 'text',
      sms_body: 'Your appointment is tomorrow.',
      opt_in: true as const,
    };
    expect(await client().sendSms(sms)).toEqual({ status: 'queued' });
    const body = lastRequest().body as Record<string, unknown>;
    for (const key of Object.keys(body)) expect(fields.sms).toContain(key);
    expect(body['team_id']).toBe('sandbox-team');
    await expect(client().sendSms({ ...sms, opt_in: false as never })).rejects.toMatchObject({ kind: 'validation' });
    await expect(client().sendSms({ ...sms, sms_body: 'x'.repeat(161) })).rejects.toMatchObject({ kind: 'validation' });
    expect(sim.server.requests()).toHaveLength(1);
  });

  it('manages contact lists: create, get, rename, delete', async () => {
    const created = await client().createList('Spring patients');
    expect(created).toMatchObject({ list_name: 'Spring patients' });
    expect(typeof created.created_at).toBe('number');
    expect(lastRequest().body).toEqual({ list_name: 'Spring patients' });
    expect(await client().getList(created.list_id)).toMatchObject({ list_id: created.list_id, contact_count: 0 });
    await client().renameList(created.list_id, 'Spring 2027');
    expect((await client().getList(created.list_id)).list_name).toBe('Spring 2027');
    await client().deleteList(created.list_id);
    sim.updateSettings({ deleteListBody: 'json' });
    const other = await client().createList('Other');
    await client().deleteList(other.list_id);
    expect(sim.lists()).toEqual([]);
    await expect(client().getList(created.list_id)).rejects.toMatchObject({ kind: 'unknown', details: { status: 404 } });
  });

  it('appends contacts in chunks of at most 10,000 and reports rejected rows by their index in the whole input', async () => {
    const list = await client().createList('Big');
    const values = Array.from({ length: 10_005 }, (_, i) => [String(i), `+1202555${String(1000 + (i % 9000)).padStart(4, '0')}`]);
    values[3] = ['3', 'not a phone'];
    values[10_002] = ['10002', ''];
    const progress: number[] = [];
    const result = await client().appendContacts(list.list_id, { fields: ['record_id', 'phone'], values, region: 'US' }, (p) =>
      progress.push(p.sent),
    );
    const appends = sim.server.requests().filter((r) => r.path.endsWith('/contacts'));
    expect(appends.map((r) => (r.body as { values: unknown[] }).values.length)).toEqual([10_000, 5]);
    expect(Object.keys(appends[0]!.body as object).sort()).toEqual([...fields.contacts].sort());
    expect(progress).toEqual([10_000, 10_005]);
    expect(result.rejected).toEqual([
      { index: 3, reason: 'Invalid phone number' },
      { index: 10_002, reason: 'Missing phone number' },
    ]);
    expect(result.accepted_count).toBe(10_003);
  });

  it('refuses contact batches that break the documented shape', async () => {
    const list = await client().createList('x');
    sim.server.clearRequests();
    await expect(
      client().appendContacts(list.list_id, { fields: ['phone_number' as never], values: [['+12025550100']] }),
    ).rejects.toMatchObject({
      kind: 'validation',
    });
    await expect(
      client().appendContacts(list.list_id, { fields: ['phone', 'email'], values: [['+12025550100']] }),
    ).rejects.toMatchObject({
      kind: 'validation',
    });
    expect(sim.server.requests()).toHaveLength(0);
  });

  it('lists brands, recordings (filtered by api_allowed), media and pools in their documented shapes', async () => {
    expect(await client().listBrands()).toEqual(seedBrands);
    expect((await client().listRecordings({ apiAllowed: true })).every((r) => r.api_allowed)).toBe(true);
    expect(lastRequest().query).toEqual({ api_allowed: ['true'] });
    expect(await client().listRecordings()).toHaveLength(seedRecordings.length);
    expect((await client().listMedia())[0]).toEqual({
      media_id: expect.any(String),
      name: expect.any(String),
      created_at: expect.any(Number),
      api_allowed: expect.any(Boolean),
    });
    expect(await client().listPools()).toEqual(seedPools);
    for (const r of sim.server.requests()) expect(Object.keys(r.headers)).toEqual(expect.arrayContaining(fields.headers));
  });

  it('reports wrong credentials as an authentication error an operator can act on', async () => {
    const error = (await client('wrong-secret')
      .listBrands()
      .catch((e: unknown) => e)) as ProviderError;
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.kind).toBe('authentication');
    expect(error.message).toBe(
      'Drop Cowboy refused the credentials of “Main” (HTTP 401: Invalid team_id or secret.). Check the Team ID and Secret under Accounts, then test the connection again.',
    );
    await expect(client('wrong-secret').sendRvm(rvm)).rejects.toMatchObject({ kind: 'authentication' });
    expect(sim.drops()).toHaveLength(0);
  });

  it('passes the simulator’s field-level refusals on, naming the field', async () => {
    await expect(client().sendRvm({ ...rvm, brand_id: seedBrands[1]!.brand_id })).rejects.toMatchObject({
      kind: 'validation',
      details: { status: 400, field: 'brand_id' },
      message: 'Drop Cowboy refused the request (field brand_id): This brand is not registered for API sending.',
    });
  });

  it('retries a rate-limited call, honouring Retry-After, and gives a typed error when it persists', async () => {
    sim.server.setFaults({ rate429: 1 });
    const error = (await client()
      .listBrands()
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('rate_limited');
    expect(sim.server.requests()).toHaveLength(4);
    expect(error.message).toMatch(/HTTP 429, 4 attempt\(s\)/);
  });

  it('never repeats a send after a server error or reset: the outcome is unknown, and says so', async () => {
    sim.server.setFaults({ rate5xx: 1, phase: 'after' });
    const error = (await client()
      .sendRvm(rvm)
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('transient');
    expect(error.details.outcomeUnknown).toBe(true);
    expect(error.message).toMatch(/may or may not have been accepted/);
    expect(sim.server.requests()).toHaveLength(1);
    expect(sim.drops()).toHaveLength(1);

    sim.server.setFaults({ rate5xx: 0, resetRate: 1 });
    await expect(
      client().sendSms({ phone_number: '+15550020001', caller_id: '+15557778888', pool_id: 'text', sms_body: 'x', opt_in: true }),
    ).rejects.toMatchObject({
      kind: 'transient',
      details: { outcomeUnknown: true },
    });
    expect(sim.server.requests()).toHaveLength(2);
  });

  it('retries reads through server errors', async () => {
    sim.server.setFaults({ rate5xx: 1 });
    await expect(client().listPools()).rejects.toMatchObject({ kind: 'transient', details: { outcomeUnknown: false } });
    expect(sim.server.requests()).toHaveLength(4);
  });

  it('delivers v1-shaped callbacks to callback_url, with the foreign_id echoed', async () => {
    const receiver = await callbackReceiver();
    try {
      await client().sendRvm({ ...rvm, callback_url: receiver.url, phone_number: '+15550010003', foreign_id: 'f-vm-full' });
      await client().sendRvm({
        ...rvm,
        callback_url: receiver.url,
        phone_number: '+15550010001',
        foreign_id: 'f-ok',
        status_format: 'v2',
      });
      const [a, b] = (await receiver.waitFor(2)) as Array<Record<string, unknown>>;
      const byId = Object.fromEntries([a, b].map((c) => [c!['foreign_id'], c!]));
      expect(byId['f-vm-full']).toMatchObject({
        status: 'failure',
        reason: 'VoiceMail Full',
        product_cost: 0,
        phone_number: '+15550010003',
      });
      expect(byId['f-ok']).toMatchObject({ status: 'success', reason: '', status_code: 0, network: { type: 'wireless' } });
      expect(Object.keys(byId['f-vm-full']!).sort()).toEqual(
        [
          'attempt_date',
          'compliance_fee',
          'dnc',
          'drop_id',
          'foreign_id',
          'network',
          'phone_number',
          'product_cost',
          'reason',
          'spam',
          'status',
          'tts_fee',
        ].sort(),
      );
      expect(byId['f-ok']!['drop_id']).toMatch(/^[0-9a-f]{24}$/);
    } finally {
      await receiver.close();
    }
  });
});
