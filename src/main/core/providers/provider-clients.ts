/**
 * Clients for a profile: its secret from the keychain, its endpoint by kind (simulator or live),
 * and one keep-alive HTTP pool per endpoint shared by every call.
 */
import { AppError } from '../errors';
import { createHttpClient, type HttpClient } from '../http/http-client';
import type { ProfileMetadata, ProfileService } from '../accounts/profile-service';
import type { SandboxHost } from '../sandbox/sandbox-host';
import { createDropCowboyClient, type DropCowboyClient } from './dropcowboy/client';
import { resolveEndpoint, transportSettings } from './endpoints';
import { createOctopushClient, type OctopushClient } from './octopush/client';
import { createRevicomClient, type RevicomClient } from './revicom/client';

export type AnyClient =
  | { provider: 'dropcowboy'; client: DropCowboyClient }
  | { provider: 'octopush'; client: OctopushClient }
  | { provider: 'revicom'; client: RevicomClient };

export interface ProviderClients {
  /** The profile's client, and the URL it talks to. */
  forProfile(profileId: string): Promise<{ profile: ProfileMetadata; baseUrl: string } & AnyClient>;
  close(): Promise<void>;
}

export interface ProviderClientsDeps {
  profiles: ProfileService;
  sandbox: SandboxHost;
  userAgent?: string;
}

export function createProviderClients(deps: ProviderClientsDeps): ProviderClients {
  const pools = new Map<string, HttpClient>();

  const http = (provider: ProfileMetadata['provider'], baseUrl: string): HttpClient => {
    let client = pools.get(baseUrl);
    if (!client) {
      client = createHttpClient({ baseUrl, ...transportSettings[provider], userAgent: deps.userAgent });
      pools.set(baseUrl, client);
    }
    return client;
  };

  return {
    async forProfile(profileId) {
      const profile = deps.profiles.metadata(profileId);
      const secret = await deps.profiles.readSecret(profileId);
      if (!secret) {
        throw new AppError(
          'not_found',
          `The secret of “${profile.label}” is missing from the OS keychain. Replace it under Accounts.`,
        );
      }
      const sandboxUrl = profile.kind === 'sandbox' ? await deps.sandbox.baseUrl(profile.provider) : null;
      const baseUrl = resolveEndpoint(profile.provider, profile.kind, sandboxUrl);
      const transport = http(profile.provider, baseUrl);
      const ctx = { provider: profile.provider, label: profile.label };
      switch (profile.provider) {
        case 'dropcowboy':
          return {
            profile,
            baseUrl,
            provider: 'dropcowboy',
            client: createDropCowboyClient(transport, { teamId: profile.identifier ?? '', secret }, ctx),
          };
        case 'octopush':
          return {
            profile,
            baseUrl,
            provider: 'octopush',
            client: createOctopushClient(transport, { apiLogin: profile.identifier ?? '', apiKey: secret }, ctx),
          };
        case 'revicom':
          return { profile, baseUrl, provider: 'revicom', client: createRevicomClient(transport, secret, ctx) };
      }
    },
    close: async () => {
      await Promise.all([...pools.values()].map((p) => p.close()));
      pools.clear();
    },
  };
}
