/** The account resources the Accounts screen can browse, per provider. */
import type { ResourceResult } from '../../../shared/contract/providers';
import { providerResources, providers, resourceLabels, type ResourceKind } from '../../../shared/providers';
import { AppError } from '../errors';
import { dropCowboyVoices } from './dropcowboy/requests';
import { voiceGenders, voiceLanguages } from './octopush/requests';
import type { ProviderClients } from './provider-clients';

export async function fetchResource(
  clients: ProviderClients,
  profileId: string,
  resource: ResourceKind,
): Promise<ResourceResult> {
  const resolved = await clients.forProfile(profileId);
  if (!providerResources[resolved.provider].includes(resource)) {
    const why =
      resolved.provider === 'dropcowboy' && resource === 'balance'
        ? ' (its v1 API has no balance endpoint; see your dashboard)'
        : '';
    throw new AppError(
      'validation',
      `${providers[resolved.provider].name} offers no ${resourceLabels[resource].toLowerCase()}${why}.`,
    );
  }
  if (resolved.provider === 'dropcowboy') {
    const dc = resolved.client;
    switch (resource) {
      case 'brands':
        return { resource, items: (await dc.listBrands()).map((b) => ({ ...b, dba_name: b.dba_name ?? null })) };
      case 'recordings':
        return { resource, items: await dc.listRecordings() };
      case 'media':
        return { resource, items: await dc.listMedia() };
      case 'pools':
        return { resource, items: (await dc.listPools()).map((p) => ({ ...p, brand_id: p.brand_id ?? null })) };
      default:
        return {
          resource: 'voices',
          items: dropCowboyVoices.map((v) => ({ id: v.id, name: v.name, detail: 'Mimic AI pro voice' })),
          note: 'The documented pro voices. Drop Cowboy’s v1 API cannot list your account’s own voices; find them on its Voices tab.',
        };
    }
  }
  if (resolved.provider === 'octopush') {
    if (resource === 'balance') {
      const balance = await resolved.client.balance();
      return { resource, items: [{ label: 'Wallet', amount: balance.amount, unit: balance.unit }] };
    }
    return {
      resource: 'voices',
      items: voiceLanguages.map((language) => ({ id: language, name: language, detail: voiceGenders.join(' or ') })),
      note: 'The voice languages Octopush documents for voice SMS; not every language has both genders.',
    };
  }
  const balance = await resolved.client.balance();
  return { resource: 'balance', items: Object.entries(balance).map(([unit, amount]) => ({ label: 'Account', amount, unit })) };
}
