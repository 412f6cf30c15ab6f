/**
 * On first start, one sandbox profile per provider, so a new user can try every flow with no
 * account. Done once per data folder; "restore" adds back any the user deleted.
 */
import type { NewProfile } from '../../../shared/contract/accounts';
import { providerIds, providers } from '../../../shared/providers';
import type { ProfileService } from '../accounts/profile-service';
import type { AppSettings } from '../storage/app-settings';
import type { Logger } from '../log/logger';
import { sandboxCredentials } from './sandbox-host';

const SEEDED_KEY = 'sandbox.profilesSeeded';

export function sandboxProfiles(): NewProfile[] {
  return providerIds.map((provider): NewProfile => {
    const { identifier, secret } = sandboxCredentials[provider];
    const label = `${providers[provider].name} sandbox`;
    return provider === 'revicom'
      ? { provider, label, kind: 'sandbox', secret }
      : ({ provider, label, kind: 'sandbox', identifier: identifier ?? '', secret } as NewProfile);
  });
}

/** Adds the sandbox profiles that are missing; returns how many were added. */
export async function restoreSandboxProfiles(profiles: ProfileService): Promise<number> {
  const existing = (await profiles.list()).profiles;
  let added = 0;
  for (const profile of sandboxProfiles()) {
    if (existing.some((p) => p.provider === profile.provider && p.label.toLowerCase() === profile.label.toLowerCase())) continue;
    await profiles.add(profile);
    added++;
  }
  return added;
}

export async function seedSandboxProfilesOnce(profiles: ProfileService, settings: AppSettings, logger: Logger): Promise<void> {
  if (settings.get(SEEDED_KEY)) return;
  try {
    const added = await restoreSandboxProfiles(profiles);
    settings.set(SEEDED_KEY, new Date().toISOString());
    logger.info('sandbox profiles created', { added });
  } catch (error) {
    // No keychain yet: try again next start rather than never.
    logger.warn('sandbox profiles not created', { error });
  }
}
