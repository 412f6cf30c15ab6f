/** Revicom client against its simulator: the seed's example request and error bodies, the lifecycle, stop and polling. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderError } from '../../../../../src/main/core/providers/provider-error';
import { createRevicomClient } from '../../../../../src/main/core/providers/revicom/client';
import { voicecodeText, type VoicecodeMessage } from '../../../../../src/main/core/providers/revicom/requests';
import { startRevicomSim, type RevicomSim } from '../../../../../src/simulators/revicom/server';
import { callbackReceiver, ctx, fastHttp, seedFixture } from '../../../../helpers/provider-test-kit';

let sim: RevicomSim;
const client = (token = sim.tokens.token) => createRevicomClient(fastHttp(sim.baseUrl), token, ctx('revicom', 'Codes'));
const lastRequest = () => sim.server.requests().at(-1)!;
const raw = (path: string, init: RequestInit = {}) =>
  fetch(`${sim.baseUrl}${path}`, init).then(async (r) => ({ status: r.status, body: await r.json() }));
const message = (destination: string, extra: Partial<VoicecodeMessage> = {}): VoicecodeMessage => ({
  channelType: 'VOICECODE',
  senderName: 'voicecode',
  destination,
  content: { contentType: 'text', text: voicecodeText('Acme', '4 8 1 5') },
  ...extra,
});
const until = async (check: () => boolean, ms = 4000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return check();
};

beforeAll(async () => {
  sim = await startRevicomSim({
    faults: { latencyMs: { min: 0, max: 0 }, retryAfterSeconds: 0 },
    settings: { sentAfterMs: 20, finalAfterMs: { min: 30, max: 60 }, stopAfterMs: 30, callbackBatchMs: 20 },
  });
});
afterAll(async () => sim.close());
afterEach(() => {
  sim.server.setFaults({ rate429: 0, rate5xx: 0, resetRate: 0, timeoutRate: 0 });
  sim.server.clearRequests();
  sim.reset();
});

describe('Revicom client ↔ simulator', () => {
  it('sends the seed’s example request exactly, with the token as given', async () => {
    const example = seedFixture<VoicecodeMessage[]>('revicom-voicecode-request.json');
    const built = [
      message('14085553911', {
        content: { contentType: 'text', text: voicecodeText('revicom', '3 4 5 6') },
        callbackUrl: 'https://company.com/callback',
        callbackEvents: ['sent', 'delivered'],
        tags: ['tag1', 'tag2'],
      }),
    ];
    const result = await client().sendMessages(built);
    expect(lastRequest().body).toEqual(example);
    expect(lastRequest().headers['authorization']).toBe(`Basic ${sim.tokens.token}`);
    const success = seedFixture<{ errors: boolean; items: Array<Record<string, unknown>> }>('revicom-send-success.json');
    expect(Object.keys(result).sort()).toEqual(Object.keys(success).sort());
    expect(Object.keys(result.items[0]!).sort()).toEqual(Object.keys(success.items[0]!).sort());
    expect(result).toEqual({ errors: false, items: [{ messageUuid: expect.stringMatching(/^[0-9a-f-]{36}$/), code: 201 }] });
  });

  it('answers auth and validation failures with exactly the documented bodies', async () => {
    const body = JSON.stringify([message('15550030001')]);
    const post = (headers: Record<string, string>, payload = body) =>
      raw('/message', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });
    expect(await post({})).toEqual({ status: 401, body: seedFixture('revicom-401-not-authenticated.json') });
    expect(await post({ authorization: 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' })).toEqual({
      status: 401,
      body: seedFixture('revicom-401-bad-credentials.json'),
    });
    expect(await post({ authorization: `Basic ${sim.tokens.systemToken}` })).toEqual({
      status: 403,
      body: seedFixture('revicom-403-access-denied.json'),
    });
    const auth = { authorization: `Basic ${sim.tokens.token}` };
    expect(
      await post(auth, JSON.stringify([message('15550030001', { content: { contentType: 'text', text: 'Your code is 1234' } })])),
    ).toEqual({
      status: 422,
      body: seedFixture('revicom-4220-invalid-content.json'),
    });
    expect(await post(auth, JSON.stringify([message('+1 408 555')]))).toEqual({
      status: 422,
      body: seedFixture('revicom-4220-invalid-msisdn.json'),
    });
    expect(sim.messages()).toHaveLength(0);
  });

  it('turns each documented failure into a typed error with an actionable message', async () => {
    const bad = (await client('QWxhZGRpbjpvcGVuIHNlc2FtZQ==')
      .balance()
      .catch((e: unknown) => e)) as ProviderError;
    expect(bad).toMatchObject({ kind: 'authentication', details: { status: 401, providerCode: 4012 } });
    expect(bad.message).toBe(
      'Revicom refused the credentials of “Codes” (HTTP 401, code 4012: Bad credentials). Check the API token under Accounts, then test the connection again.',
    );
    await expect(client(sim.tokens.systemToken).getMessages()).rejects.toMatchObject({
      kind: 'authentication',
      details: { status: 403, providerCode: 4030 },
      message: expect.stringContaining('not a message token (TOKEN_1)'),
    });
    // Balance accepts a token of any type.
    expect(await client(sim.tokens.systemToken).balance()).toEqual({ USD: 1200 });
  });

  it('refuses, before sending, what the VOICECODE rules forbid', async () => {
    const cases: Array<[unknown, string]> = [
      [[], ''],
      [Array.from({ length: 1001 }, () => message('15550030001')), ''],
      [[message('15550030001', { content: { contentType: 'text', text: 'Code: 1234' } })], '0.content.text'],
      [[message('+15550030001')], '0.destination'],
      [[message('15550030001', { tags: ['ok', 'not ok'] })], '0.tags.1'],
      [[message('15550030001', { ttl: 29 })], '0.ttl'],
      [[message('15550030001', { ttl: 86_401 })], '0.ttl'],
      [[message('15550030001', { externalMessageId: 'x'.repeat(101) })], '0.externalMessageId'],
      [[message('15550030001', { callbackEvents: ['opened' as never] })], '0.callbackEvents.0'],
      [[{ ...message('15550030001'), senderName: 'acme' }], '0.senderName'],
    ];
    for (const [input, path] of cases) {
      const error = (await client()
        .sendMessages(input as never)
        .catch((e: unknown) => e)) as ProviderError;
      expect(error.kind, path).toBe('validation');
      expect(error.issues?.map((i) => i.path)).toContain(path);
    }
    expect(sim.server.requests()).toHaveLength(0);
  });

  it('accepts every documented code format in the template', async () => {
    const texts = ['1234', '1 2 3 4', '1-2-3-4'].map((code) =>
      message('15550030001', { content: { contentType: 'text', text: voicecodeText('Acme Dental', code) } }),
    );
    expect((await client().sendMessages(texts)).items).toHaveLength(3);
  });

  it('runs the status lifecycle, and polling sees it', async () => {
    const { items } = await client().sendMessages([
      message('15550030001', { tags: ['otp'] }),
      message('15550030003'),
      message('15550030002'),
    ]);
    const ids = items.map((i) => i.messageUuid!);
    expect(await until(() => sim.messages().every((m) => ['delivered', 'undelivered', 'unsent'].includes(m.status)))).toBe(true);
    const page = await client().getMessages({ message_uuid: ids, per_page: 10 });
    expect(page.total).toBe(3);
    const byId = Object.fromEntries(page.items.map((m) => [m.messageUuid, m]));
    expect(byId[ids[0]!]).toMatchObject({ status: 'delivered', tags: ['otp'], destination: '15550030001' });
    expect(byId[ids[1]!]).toMatchObject({ status: 'unsent', errorCode: 6969 });
    expect(byId[ids[2]!]).toMatchObject({ status: 'undelivered' });
    expect(lastRequest().query).toEqual({ message_uuid: ids, per_page: ['10'] });
    expect((await client().getMessages({ status: ['delivered'] })).total).toBe(1);
    await expect(client().getMessages({ page: 101, per_page: 100 })).rejects.toMatchObject({ kind: 'validation' });
  });

  it('stops a queued message (200), not a sent one (403), and reports unknown ones (404)', async () => {
    const { items } = await client().sendMessages([message('15550030005'), message('15550030001')]);
    const [held, quick] = items.map((i) => i.messageUuid!);
    await until(() => sim.messages().find((m) => m.messageUuid === quick)?.status !== 'sending');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const result = await client().stopMessages([held!, quick!, unknown]);
    expect(result).toEqual({
      errors: true,
      items: [
        { messageUuid: held, code: 200 },
        { messageUuid: quick, code: 403 },
        { messageUuid: unknown, code: 404 },
      ],
    });
    expect(lastRequest().body).toEqual({ uuids: [held, quick, unknown] });
    expect(await until(() => sim.messages().find((m) => m.messageUuid === held)?.status === 'unsent')).toBe(true);
  });

  it('sends callbacks as arrays of events, only for the events asked for', async () => {
    const receiver = await callbackReceiver();
    try {
      await client().sendMessages([
        message('15550030001', { callbackUrl: receiver.url, callbackEvents: ['sent', 'delivered'] }),
        message('15550030003', { callbackUrl: receiver.url }),
      ]);
      await until(() => receiver.received.flat().length >= 3);
      const events = receiver.received.flat() as Array<Record<string, unknown>>;
      expect(receiver.received.every(Array.isArray)).toBe(true);
      expect(events.map((e) => `${e['callback_event']}:${e['status']}`).sort()).toEqual([
        'delivered:delivered',
        'delivered:unsent',
        'sent:sent',
      ]);
      const unsent = events.find((e) => e['status'] === 'unsent')!;
      expect(unsent).toMatchObject({ channel_type: 'VOICECODE', error_code: 6969 });
      expect(unsent['status_time']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    } finally {
      await receiver.close();
    }
  });

  it('charges per message, and never re-sends after an ambiguous failure', async () => {
    sim.server.setFaults({ resetRate: 1, phase: 'after' });
    await expect(client().sendMessages([message('15550030001')])).rejects.toMatchObject({
      kind: 'transient',
      details: { outcomeUnknown: true },
    });
    expect(sim.server.requests()).toHaveLength(1);
    expect(sim.messages()).toHaveLength(1);
    expect(sim.balance()).toBe(1199.95);
  });

  it('reports refused items one by one when the simulator answers per item', async () => {
    // A stricter destination rule on the simulator than the client's, so a message passes the
    // client and is refused by the provider.
    sim.updateSettings({ itemErrors: 'per-item', destinationPattern: '^1\\d{10}$' });
    try {
      const error = (await client()
        .sendMessages([message('15550030001'), message('33612345678')])
        .catch((e: unknown) => e)) as ProviderError;
      const [created] = sim.messages();
      expect(error).toMatchObject({
        kind: 'rejected',
        details: { items: [{ index: 1, reason: 'code 400' }], accepted: [{ index: 0, id: created!.messageUuid }] },
      });
      expect(error.message).toBe(
        'Revicom refused 1 of 2 item(s) (#2: code 400). The other 1 were accepted and will be delivered.',
      );
      expect(sim.messages()).toHaveLength(1);
    } finally {
      sim.updateSettings({ itemErrors: 'reject-request', destinationPattern: '^[1-9]\\d{6,14}$' });
    }
  });
});
