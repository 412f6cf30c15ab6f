/** Octopush client against its simulator: the seed's field names and bodies, and each failure. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOctopushClient } from '../../../../../src/main/core/providers/octopush/client';
import { type ProviderError } from '../../../../../src/main/core/providers/provider-error';
import { startOctopushSim, type OctopushSim } from '../../../../../src/simulators/octopush/server';
import { callbackReceiver, ctx, fastHttp, seedFixture } from '../../../../helpers/provider-test-kit';

const documented = seedFixture<{ fields: string[]; recipient: string[]; headers: string[] }>('octopush-send-fields.json');

let sim: OctopushSim;
const client = (apiKey = sim.credentials.apiKey) =>
  createOctopushClient(fastHttp(sim.baseUrl), { apiLogin: sim.credentials.apiLogin, apiKey }, ctx('octopush', 'Campaigns'));
const lastRequest = () => sim.server.requests().at(-1)!;

const campaign = {
  text: 'Your appointment is tomorrow at 10.',
  recipients: [{ phone_number: '+33600000001' }],
  purpose: 'alert' as const,
  voice_gender: 'female' as const,
  voice_language: 'fr-FR' as const,
  sender: 'AcmeDental',
};

beforeAll(async () => {
  sim = await startOctopushSim({
    faults: { latencyMs: { min: 0, max: 0 }, retryAfterSeconds: 0 },
    settings: { callbackDelayMs: { min: 5, max: 20 } },
  });
});
afterAll(async () => sim.close());
afterEach(() => {
  sim.server.setFaults({ rate429: 0, rate5xx: 0, resetRate: 0, timeoutRate: 0 });
  sim.server.clearRequests();
  sim.reset();
  sim.updateSettings({ voiceSmsEnabled: true });
});

describe('Octopush client ↔ simulator', () => {
  it('sends a voice campaign with the seed’s field names and gets the seed’s success shape', async () => {
    const result = await client().sendVoiceCampaign(campaign);
    const example = seedFixture<Record<string, unknown>>('octopush-send-success.json');
    expect(Object.keys(result).sort()).toEqual(Object.keys(example).sort());
    expect(result).toMatchObject({ number_of_contacts: 1, total_cost: 0.05, residual_credit: 149.95 });
    expect(result.ticket_number).toMatch(/^voice_[0-9a-f]{13}$/);
    const sent = lastRequest();
    expect(sent.path).toBe('/voice-campaign/send');
    expect(sent.headers['api-key']).toBe('sandbox-octopush-key');
    expect(sent.headers['api-login']).toBe('sandbox@switchboard.test');
    const body = sent.body as Record<string, unknown>;
    for (const key of Object.keys(body)) expect(documented.fields).toContain(key);
    expect(body['type']).toBe('voice_sms');
    expect(Object.keys((body['recipients'] as object[])[0]!)).toEqual(documented.recipient);
  });

  it('refuses, before sending, what the seed rules out', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...campaign, text: '' }, 'text'],
      [{ ...campaign, text: 'x'.repeat(1225) }, 'text'],
      [{ ...campaign, recipients: Array.from({ length: 501 }, () => ({ phone_number: '+33600000001' })) }, 'recipients'],
      [{ ...campaign, recipients: [{ phone_number: '0612345678' }] }, 'recipients.0.phone_number'],
      [{ ...campaign, sender: 'AB' }, 'sender'],
      [{ ...campaign, sender: 'Acme-Dental' }, 'sender'],
      [{ ...campaign, voice_language: 'nl-NL' }, 'voice_language'],
      [{ ...campaign, voice_gender: 'robot' }, 'voice_gender'],
      [{ ...campaign, purpose: 'promo' }, 'purpose'],
      [{ ...campaign, send_at: '2026-10-03 07:42' }, 'send_at'],
      [{ ...campaign, request_id: 'x'.repeat(21) }, 'request_id'],
    ];
    for (const [input, field] of cases) {
      const error = (await client()
        .sendVoiceCampaign(input as never)
        .catch((e: unknown) => e)) as ProviderError;
      expect(error.kind, field).toBe('validation');
      expect(error.issues?.map((i) => i.path)).toContain(field);
    }
    expect(sim.server.requests()).toHaveLength(0);
  });

  it('answers an unsupported voice language exactly as the seed documents (400, nested 442)', async () => {
    // Sent raw, past the client's own check, to see the simulator's answer.
    const response = await fetch(`${sim.baseUrl}/voice-campaign/send`, {
      method: 'POST',
      headers: { 'api-key': sim.credentials.apiKey, 'api-login': sim.credentials.apiLogin, 'content-type': 'application/json' },
      body: JSON.stringify({ ...campaign, voice_language: 'nl-NL' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(seedFixture('octopush-400-voice-language.json'));
  });

  it('is lenient like the real API: casts, strips and ignores', async () => {
    const http = fastHttp(sim.baseUrl);
    const response = await http.request({
      method: 'POST',
      path: '/voice-campaign/send',
      headers: { 'api-key': sim.credentials.apiKey, 'api-login': sim.credentials.apiLogin },
      json: {
        text: 12345,
        recipients: [{ phone_number: 33700000001 }, { phone_number: 'garbage' }],
        voice_language: 'en-GB',
        surprise: true,
        simulation_mode: 'true',
      },
      idempotent: false,
    });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ ticket_number: 'voice_simulation', number_of_contacts: 1, residual_credit: 150 });
  });

  it('deduplicates by request_id for 24 h, so a retried send charges once', async () => {
    const first = await client().sendVoiceCampaign({ ...campaign, request_id: 'send-42-frame-1' });
    const second = await client().sendVoiceCampaign({ ...campaign, request_id: 'send-42-frame-1' });
    expect(second).toEqual(first);
    expect(sim.campaigns()).toHaveLength(1);
    expect(sim.balance()).toBe(149.95);
  });

  it('reads the balance and per-country credits', async () => {
    expect(await client().balance({ with_details: true, country_code: 'FR', product_name: 'vocal_sms' })).toMatchObject({
      amount: 150,
      unit: '€',
      wallet_packs: [expect.objectContaining({ credit: 150 })],
    });
    expect(lastRequest().query).toEqual({ with_details: ['true'], country_code: ['FR'], product_name: ['vocal_sms'] });
    expect(await client().credits(['FR', 'DE'])).toEqual({
      FR: expect.objectContaining({ vocal_sms: 3000 }),
      DE: expect.any(Object),
    });
    expect(lastRequest().query).toEqual({ 'country_codes[]': ['FR', 'DE'] });
  });

  it('reports bad credentials, a disabled product and missing credit in words an operator can act on', async () => {
    await expect(client('nope').balance()).rejects.toMatchObject({
      kind: 'authentication',
      message: expect.stringMatching(
        /^Octopush refused the credentials of “Campaigns” \(HTTP 401, code 401: Unauthorized: check your api-login and api-key\.\)\. Check the API login and API key/,
      ),
    });
    sim.updateSettings({ voiceSmsEnabled: false });
    await expect(client().sendVoiceCampaign(campaign)).rejects.toMatchObject({
      kind: 'authentication',
      message: expect.stringContaining('turn on VOICE SMS'),
    });
    sim.updateSettings({ voiceSmsEnabled: true });
    const many = Array.from({ length: 500 }, (_, i) => ({ phone_number: `+3361234${String(i).padStart(4, '0')}` }));
    for (let i = 0; i < 6; i++) await client().sendVoiceCampaign({ ...campaign, recipients: many });
    await expect(client().sendVoiceCampaign({ ...campaign, recipients: many })).rejects.toMatchObject({
      kind: 'validation',
      details: { field: 'credit', providerCode: 460 },
    });
  });

  it('retries a send carrying request_id through faults, and never one without', async () => {
    sim.server.setFaults({ rate5xx: 1, phase: 'after' });
    await expect(client().sendVoiceCampaign(campaign)).rejects.toMatchObject({
      kind: 'transient',
      details: { outcomeUnknown: true },
    });
    expect(sim.server.requests()).toHaveLength(1);
    sim.server.clearRequests();
    await expect(client().sendVoiceCampaign({ ...campaign, request_id: 'r-1' })).rejects.toMatchObject({
      kind: 'transient',
      details: { outcomeUnknown: false },
    });
    expect(sim.server.requests()).toHaveLength(4);
    // Every attempt reached the simulator, but request_id kept it to one campaign.
    expect(sim.campaigns().filter((c) => c.request_id === 'r-1')).toHaveLength(1);
  });

  it('sends delivery reports and opt-outs to the account callback URL, in the documented shape', async () => {
    const receiver = await callbackReceiver();
    sim.setCallbackUrl(receiver.url);
    try {
      const sent = await client().sendVoiceCampaign({
        ...campaign,
        get_back_pressed_keys: true,
        recipients: [{ phone_number: '+33600000003' }, { phone_number: '+33600000007' }],
      });
      const got = (await receiver.waitFor(3)) as Array<Record<string, unknown>>;
      const busy = got.find((c) => c['number'] === '+33600000003');
      expect(busy).toMatchObject({ channel: 'voice_sms', message_id: sent.ticket_number, status: 'BUSY', unit_price: 0.05 });
      expect(busy!['delivery_date']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(got.find((c) => c['stop_date'])).toMatchObject({
        message_id: sent.ticket_number,
        number: '+33600000007',
        text: 'STOP',
      });
      expect(got.find((c) => c['number'] === '+33600000007' && c['status'])).toMatchObject({
        meta_data: { pressed_keys_code: '9' },
      });
    } finally {
      sim.setCallbackUrl(null);
      await receiver.close();
    }
  });
});
