/**
 * The providers Switchboard talks to, and what an operator must supply for each. The renderer
 * uses this to draw the account form; main uses it to validate and to name keychain items.
 */
export const providerIds = ['dropcowboy', 'octopush', 'revicom'] as const;
export type ProviderId = (typeof providerIds)[number];

export const profileKinds = ['sandbox', 'live'] as const;
export type ProfileKind = (typeof profileKinds)[number];

export interface ProviderDescriptor {
  readonly id: ProviderId;
  readonly name: string;
  readonly offers: string;
  /** The non-secret half of the credentials (shown in full), or null when there is none. */
  readonly identifier: { readonly label: string; readonly placeholder: string; readonly help: string } | null;
  /** The secret half, kept only in the OS keychain. */
  readonly secret: { readonly label: string; readonly help: string };
}

export const providers: Readonly<Record<ProviderId, ProviderDescriptor>> = {
  dropcowboy: {
    id: 'dropcowboy',
    name: 'Drop Cowboy',
    offers: 'Ringless voicemail and SMS',
    identifier: {
      label: 'Team ID',
      placeholder: 'e.g. 5a1b2c3d4e',
      help: 'Shown on the API Settings tab of your Drop Cowboy account.',
    },
    secret: { label: 'Secret', help: 'The API secret from the same tab. Stored in your OS keychain only.' },
  },
  octopush: {
    id: 'octopush',
    name: 'Octopush',
    offers: 'Voice SMS campaigns',
    identifier: {
      label: 'API login',
      placeholder: 'the email you sign in to Octopush with',
      help: 'Your Octopush account email (the api-login header).',
    },
    secret: { label: 'API key', help: 'From Octopush → API & Integrations. Stored in your OS keychain only.' },
  },
  revicom: {
    id: 'revicom',
    name: 'Revicom',
    offers: 'Voice one-time codes',
    identifier: null,
    secret: {
      label: 'API token',
      help: 'A message token (TOKEN_1) from Developers → API, pasted as shown. Stored in your OS keychain only.',
    },
  },
};

export function providerName(id: ProviderId): string {
  return providers[id].name;
}

export const resourceKinds = ['brands', 'recordings', 'media', 'pools', 'voices', 'balance'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const resourceLabels: Readonly<Record<ResourceKind, string>> = {
  brands: 'Brands',
  recordings: 'Recordings',
  media: 'Media',
  pools: 'Number pools',
  voices: 'Voices',
  balance: 'Balance',
};

/** What can be browsed per provider. Drop Cowboy's v1 API has no balance endpoint. */
export const providerResources: Readonly<Record<ProviderId, readonly ResourceKind[]>> = {
  dropcowboy: ['brands', 'recordings', 'media', 'pools', 'voices'],
  octopush: ['balance', 'voices'],
  revicom: ['balance'],
};
