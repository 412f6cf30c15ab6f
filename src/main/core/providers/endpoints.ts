/**
 * Where each provider lives, and how Switchboard talks to it. A sandbox profile always goes to the
 * built-in simulator on loopback and a live profile always to the provider's https endpoint;
 * resolveEndpoint refuses anything else, so the two can never be mixed up.
 */
import type { ProfileKind, ProviderId } from '../../../shared/providers';

export const liveEndpoints: Readonly<Record<ProviderId, string>> = {
  dropcowboy: 'https://api.dropcowboy.com/v1',
  octopush: 'https://api.octopush.com/v1/public',
  revicom: 'https://direct.revicom.ltd/api/v1',
};

/** Per-provider transport: Revicom recommends a 70 s timeout; Drop Cowboy asks for under 100 concurrent requests. */
export const transportSettings: Readonly<Record<ProviderId, { timeoutMs: number; connections: number }>> = {
  dropcowboy: { timeoutMs: 30_000, connections: 50 },
  octopush: { timeoutMs: 30_000, connections: 8 },
  revicom: { timeoutMs: 70_000, connections: 8 },
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function resolveEndpoint(provider: ProviderId, kind: ProfileKind, sandboxUrl: string | null): string {
  if (kind === 'live') {
    const url = new URL(liveEndpoints[provider]);
    if (url.protocol !== 'https:' || LOOPBACK.has(url.hostname))
      throw new Error(`live endpoint of ${provider} is not a public https URL`);
    return url.href.replace(/\/$/, '');
  }
  if (!sandboxUrl) throw new Error('the sandbox simulators are not running');
  const url = new URL(sandboxUrl);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`sandbox endpoint ${url.origin} is not on loopback`);
  return sandboxUrl;
}

export function describeEndpoint(kind: ProfileKind, provider: ProviderId): string {
  return kind === 'sandbox' ? 'Built-in simulator (nothing leaves this computer)' : liveEndpoints[provider];
}
