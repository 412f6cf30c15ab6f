/** Simulator behaviours beyond the client contract: settings for the UNKNOWNs, faults, the CLI. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDropCowboyClient } from '../../../src/main/core/providers/dropcowboy/client';
import { startDropCowboySim, type DropCowboySim } from '../../../src/simulators/dropcowboy/server';
import { seedBrands, seedPools, seedRecordings } from '../../../src/simulators/dropcowboy/seed-data';
import { callbackReceiver, ctx, fastHttp } from '../../helpers/provider-test-kit';

let sim: DropCowboySim | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

const rvmBody = (phone: string, extra: Record<string, unknown> = {}) => ({
  brand_id: seedBrands[0]!.brand_id,
  phone_number: phone,
  foreign_id: `f-${phone}-${Math.random()}`,
  recording_id: seedRecordings[0]!.media_id,
  pool_id: seedPools[0]!.pool_id,
  ...extra,
});
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(
    async (r) => ({
      status: r.status,
      body: await r.text(),
    }),
  );

describe('Drop Cowboy simulator settings', () => {
  it('reads send credentials from the body by default, as the legacy note says; "either" also takes headers', async () => {
    sim = await startDropCowboySim({ faults: { latencyMs: { min: 0, max: 0 } } });
    const headers = { 'x-team-id': sim.credentials.teamId, 'x-secret': sim.credentials.secret };
    expect((await post(`${sim.baseUrl}/rvm`, rvmBody('+15550010001'), headers)).status).toBe(401);
    sim.updateSettings({ sendCredentials: 'either' });
    expect((await post(`${sim.baseUrl}/rvm`, rvmBody('+15550010001'), headers)).status).toBe(200);
  });

  it('can accept a send with wrong credentials and fail it by callback, as v2 does', async () => {
    const receiver = await callbackReceiver();
    sim = await startDropCowboySim({
      webhookUrl: receiver.url,
      settings: { badCredentials: 'accept-then-callback', callbackDelayMs: { min: 1, max: 5 } },
    });
    const result = await post(`${sim.baseUrl}/rvm`, { ...rvmBody('+15550010001'), team_id: 'x', secret: 'y' });
    expect(result).toEqual({ status: 200, body: '{"status":"queued"}' });
    const [callback] = (await receiver.waitFor(1)) as Array<Record<string, unknown>>;
    expect(callback).toMatchObject({ status: 'failure', reason: 'Invalid credentials' });
    await receiver.close();
  });

  it('fails the fourth attempt at one number within three days with "Too Many Attempts"', async () => {
    const receiver = await callbackReceiver();
    sim = await startDropCowboySim({ webhookUrl: receiver.url, settings: { callbackDelayMs: { min: 1, max: 5 } } });
    const client = createDropCowboyClient(fastHttp(sim.baseUrl), sim.credentials, ctx('dropcowboy'));
    for (let i = 0; i < 4; i++) await client.sendRvm(rvmBody('+15550010001'));
    const callbacks = (await receiver.waitFor(4)) as Array<{ reason: string }>;
    expect(callbacks.map((c) => c.reason).sort()).toEqual(['', '', '', 'Too Many Attempts']);
    await receiver.close();
  });
});

describe('fault injection', () => {
  it('duplicates callbacks and lets later ones overtake earlier ones', async () => {
    const receiver = await callbackReceiver();
    sim = await startDropCowboySim({
      webhookUrl: receiver.url,
      settings: { callbackDelayMs: { min: 0, max: 0 } },
      faults: { duplicateCallbackRate: 1, latencyMs: { min: 0, max: 0 } },
    });
    const client = createDropCowboyClient(fastHttp(sim.baseUrl), sim.credentials, ctx('dropcowboy'));
    await client.sendRvm(rvmBody('+15550010001'));
    await client.sendRvm(rvmBody('+15550010002'));
    await sim.callbacks.idle();
    expect(receiver.received).toHaveLength(4);
    expect(sim.callbacks.deliveries().filter((d) => d.duplicate)).toHaveLength(2);

    receiver.received.length = 0;
    sim.server.setFaults({ duplicateCallbackRate: 0, outOfOrderCallbackRate: 0.5 });
    for (let i = 0; i < 12; i++)
      await client.sendRvm(rvmBody(`+1202555${1000 + i}`, { foreign_id: `order-${String(i).padStart(2, '0')}` }));
    await sim.callbacks.idle();
    const order = (receiver.received as Array<{ foreign_id: string }>).map((c) => c.foreign_id);
    expect(order).toHaveLength(12);
    expect(order).not.toEqual([...order].sort());
    await receiver.close();
  });

  it('hangs requests so the client times out, and a read is retried each time', async () => {
    sim = await startDropCowboySim({ faults: { timeoutRate: 1, hangMs: 5000, latencyMs: { min: 0, max: 0 } } });
    const client = createDropCowboyClient(
      fastHttp(sim.baseUrl, { timeoutMs: 150, maxAttempts: 3 }),
      sim.credentials,
      ctx('dropcowboy', 'Main'),
    );
    await expect(client.listBrands()).rejects.toMatchObject({
      kind: 'transient',
      message: 'Drop Cowboy did not answer in time after 3 attempt(s). Nothing was sent twice; try again in a few minutes.',
    });
    expect(sim.server.requests()).toHaveLength(3);
  });
});

describe('npm run sim', () => {
  it('prints one JSON line with each simulator’s base URL and credentials', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '../../../src/simulators/cli.ts'), '--json', '--revicom-port', '0'],
      {
        cwd: join(__dirname, '../../..'),
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.on('error', reject);
    });
    const described = JSON.parse(line) as Record<string, Record<string, string>>;
    expect(Object.keys(described)).toEqual(['dropcowboy', 'octopush', 'revicom']);
    expect(Object.keys(described['dropcowboy']!)).toEqual(['baseUrl', 'teamId', 'secret']);
    expect(Object.keys(described['octopush']!)).toEqual(['baseUrl', 'apiLogin', 'apiKey']);
    expect(Object.keys(described['revicom']!)).toEqual(['baseUrl', 'token']);
    // And they answer.
    const brands = await fetch(`${described['dropcowboy']!['baseUrl']}/brand`, {
      headers: { 'x-team-id': described['dropcowboy']!['teamId']!, 'x-secret': described['dropcowboy']!['secret']! },
    });
    expect(brands.status).toBe(200);
    const admin = await fetch(`${new URL(described['revicom']!['baseUrl']!).origin}/__admin/settings`);
    expect(await admin.json()).toMatchObject({ connectionCheckPath: '/connection-check' });
    child.kill('SIGTERM');
  });
});
