/**
 * "Test connection": one cheap authenticated call per provider, and a sentence about what came
 * back. Revicom's balance accepts any token type, so its test also lists messages, which needs the
 * message token that sending needs.
 */
import type { ProviderClients } from './provider-clients';

export interface ConnectionReport {
  latencyMs: number;
  summary: string;
  endpoint: string;
}

const money = (amount: number, unit: string) =>
  `${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${unit}`;

export async function testConnection(
  clients: ProviderClients,
  profileId: string,
  now: () => number = Date.now,
): Promise<ConnectionReport> {
  const resolved = await clients.forProfile(profileId);
  const started = now();
  let summary: string;
  switch (resolved.provider) {
    case 'dropcowboy': {
      const brands = await resolved.client.listBrands();
      const usable = brands.filter((b) => b.registered && b.api_allowed).length;
      summary = `Connected. ${brands.length} brand(s), ${usable} registered for API sending.`;
      break;
    }
    case 'octopush': {
      const balance = await resolved.client.balance();
      summary = `Connected. Balance ${money(balance.amount, balance.unit)}.`;
      break;
    }
    case 'revicom': {
      const balance = await resolved.client.balance();
      await resolved.client.getMessages({ per_page: 1 });
      const amounts = Object.entries(balance).map(([currency, value]) => money(value, currency));
      summary = `Connected with a message token. Balance ${amounts.join(', ') || 'unknown'}.`;
      break;
    }
  }
  const endpoint = resolved.profile.kind === 'sandbox' ? `Built-in simulator at ${resolved.baseUrl}` : resolved.baseUrl;
  return { latencyMs: now() - started, summary, endpoint };
}
