/**
 * Every client under 30% injected faults (10% 429, 10% 5xx, 10% connection resets, striking
 * before or after the effect): each call ends in success or a typed ProviderError, and no logical
 * request has a second effect at the simulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDropCowboyClient } from '../../../../../src/main/core/providers/dropcowboy/client';
import { createOctopushClient } from '../../../../../src/main/core/providers/octopush/client';
import { ProviderError } from '../../../../../src/main/core/providers/provider-error';
import { createRevicomClient } from '../../../../../src/main/core/providers/revicom/client';
import { voicecodeText } from '../../../../../src/main/core/providers/revicom/requests';
import { seedBrands, seedPools, seedRecordings } from '../../../../../src/simulators/dropcowboy/seed-data';
import { startSimulators, type Simulators } from '../../../../../src/simulators/start';
import { ctx, fastHttp } from '../../../../helpers/provider-test-kit';

const faults = {
  rate429: 0.1,
  rate5xx: 0.1,
  resetRate: 0.1,
  phase: 'either' as const,
  retryAfterSeconds: 0,
  latencyMs: { min: 0, max: 2 },
};
const N = 60;

let sims: Simulators;
beforeAll(async () => {
  sims = await startSimulators({
    dropcowboy: { seed: 11, faults },
    octopush: { seed: 12, faults, balance: 10_000 },
    revicom: { seed: 13, faults, settings: { sentAfterMs: 5, finalAfterMs: { min: 5, max: 10 } } },
  });
});
afterAll(async () => sims.close());

type Settled = { ok: true } | { ok: false; error: unknown };
const settle = (p: Promise<unknown>): Promise<Settled> =>
  p.then(
    () => ({ ok: true }) as const,
    (error: unknown) => ({ ok: false, error }) as const,
  );

function expectTyped(results: Settled[]): void {
  for (const r of results) if (!r.ok) expect(r.error).toBeInstanceOf(ProviderError);
}

describe('under 30% injected faults', () => {
  it('idempotent calls end in success (almost always) or a typed error, with no duplicate effect', async () => {
    const dc = createDropCowboyClient(fastHttp(sims.dropcowboy.baseUrl), sims.dropcowboy.credentials, ctx('dropcowboy'));
    const octo = createOctopushClient(fastHttp(sims.octopush.baseUrl), sims.octopush.credentials, ctx('octopush'));
    const rv = createRevicomClient(fastHttp(sims.revicom.baseUrl), sims.revicom.tokens.token, ctx('revicom'));

    const campaign = (i: number) => ({
      text: `Reminder ${i}`,
      recipients: [{ phone_number: '+33600000001' }],
      purpose: 'alert' as const,
      voice_gender: 'male' as const,
      voice_language: 'en-GB' as const,
      request_id: `frame-${i}`,
    });
    const results = await Promise.all([
      ...Array.from({ length: N }, () => settle(dc.listBrands())),
      ...Array.from({ length: N }, () => settle(dc.listPools())),
      ...Array.from({ length: N }, (_, i) => settle(octo.sendVoiceCampaign(campaign(i)))),
      ...Array.from({ length: N }, () => settle(octo.balance())),
      ...Array.from({ length: N }, () => settle(rv.balance())),
      ...Array.from({ length: N }, () => settle(rv.getMessages({ per_page: 5 }))),
    ]);
    expectTyped(results);
    const succeeded = results.filter((r) => r.ok).length;
    // Four attempts at 30% each: about 1 call in 120 fails outright.
    expect(succeeded / results.length).toBeGreaterThan(0.95);

    const campaigns = sims.octopush.campaigns();
    const perRequestId = new Map<string, number>();
    for (const c of campaigns) perRequestId.set(c.request_id!, (perRequestId.get(c.request_id!) ?? 0) + 1);
    expect([...perRequestId.values()].every((n) => n === 1)).toBe(true);
    expect(sims.octopush.balance()).toBeCloseTo(10_000 - 0.05 * campaigns.length, 2);
    // Retried sends reached the simulator more than once, and still made one campaign each.
    expect(sims.octopush.server.requests().filter((r) => r.path === '/voice-campaign/send').length).toBeGreaterThan(
      campaigns.length,
    );
  });

  it('sends without a deduplication key are repeated only after a 429, so none has two effects', async () => {
    const dc = createDropCowboyClient(fastHttp(sims.dropcowboy.baseUrl), sims.dropcowboy.credentials, ctx('dropcowboy'));
    const rv = createRevicomClient(fastHttp(sims.revicom.baseUrl), sims.revicom.tokens.token, ctx('revicom'));
    const rvm = (i: number) =>
      dc.sendRvm({
        brand_id: seedBrands[0]!.brand_id,
        phone_number: `+1202555${String(1000 + i)}`,
        foreign_id: `drop-${i}`,
        recording_id: seedRecordings[0]!.media_id,
        pool_id: seedPools[0]!.pool_id,
      });
    const code = (i: number) =>
      rv.sendMessages([
        {
          channelType: 'VOICECODE',
          senderName: 'voicecode',
          destination: '15550030001',
          content: { contentType: 'text', text: voicecodeText('Acme', String(1000 + i)) },
          externalMessageId: `code-${i}`,
        },
      ]);
    const dcResults = await Promise.all(Array.from({ length: N }, (_, i) => settle(rvm(i))));
    const rvResults = await Promise.all(Array.from({ length: N }, (_, i) => settle(code(i))));
    expectTyped([...dcResults, ...rvResults]);

    const check = (
      results: Settled[],
      effects: (i: number) => number,
      requests: (i: number) => Array<{ status: number | null; fault: string | null }>,
    ) => {
      results.forEach((result, i) => {
        const made = effects(i);
        const sent = requests(i);
        // Every attempt but the last was a 429: nothing else is ever sent again.
        expect(sent.slice(0, -1).every((r) => r.fault === '429')).toBe(true);
        if (result.ok) expect(made).toBe(1);
        else {
          const error = result.error as ProviderError;
          expect(made).toBeLessThanOrEqual(error.details.outcomeUnknown ? 1 : 0);
        }
      });
    };
    check(
      dcResults,
      (i) => sims.dropcowboy.drops().filter((d) => d.foreign_id === `drop-${i}`).length,
      (i) =>
        sims.dropcowboy.server
          .requests()
          .filter((r) => r.path === '/rvm' && (r.body as { foreign_id?: string }).foreign_id === `drop-${i}`),
    );
    check(
      rvResults,
      (i) => sims.revicom.messages().filter((m) => m.externalMessageId === `code-${i}`).length,
      (i) =>
        sims.revicom.server
          .requests()
          .filter(
            (r) =>
              r.method === 'POST' &&
              r.path === '/message' &&
              (r.body as Array<{ externalMessageId?: string }>)[0]?.externalMessageId === `code-${i}`,
          ),
    );
    // The faults did strike, on both sides of the effect.
    const faulted = sims.dropcowboy.server.requests().filter((r) => r.fault && r.fault !== '429');
    expect(faulted.some((r) => r.faultAfterEffect)).toBe(true);
    expect(faulted.some((r) => !r.faultAfterEffect)).toBe(true);
  });
});
