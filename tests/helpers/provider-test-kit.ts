import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createHttpClient, type HttpClient } from '../../src/main/core/http/http-client';
import type { ProviderId } from '../../src/shared/providers';
import type { ClientContext } from '../../src/main/core/providers/provider-error';

/** A fixture copied from the seed documents (tests/fixtures/seeds). */
export function seedFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, '../fixtures/seeds', name), 'utf8')) as T;
}

/** The production HTTP client with short waits, so retries do not slow the suite. */
export function fastHttp(baseUrl: string, overrides: { timeoutMs?: number; maxAttempts?: number } = {}): HttpClient {
  return createHttpClient({
    baseUrl,
    timeoutMs: overrides.timeoutMs ?? 3000,
    connections: 8,
    retry: { maxAttempts: overrides.maxAttempts ?? 4, baseDelayMs: 2, maxDelayMs: 20, maxRetryAfterMs: 5000 },
  });
}

export const ctx = (provider: ProviderId, label = 'Test profile'): ClientContext => ({ provider, label });

/** A loopback receiver for simulator callbacks. */
export async function callbackReceiver(): Promise<{
  url: string;
  received: unknown[];
  waitFor: (n: number, ms?: number) => Promise<unknown[]>;
  close: () => Promise<void>;
}> {
  const received: unknown[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    received,
    waitFor: async (n, ms = 5000) => {
      const until = Date.now() + ms;
      while (received.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
