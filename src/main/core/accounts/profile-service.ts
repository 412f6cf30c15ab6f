/**
 * Provider profiles: the secret half goes to the OS keychain, everything else to SQLite.
 * The order of writes is chosen so a failure never leaves a profile row pointing at no
 * secret, nor a secret in the keychain with no row that could delete it.
 */
import { randomUUID } from 'node:crypto';
import {
  identifierSchemas,
  type KeychainStatus,
  type NewProfile,
  type ProfileUpdate,
  type ProfileView,
} from '../../../shared/contract/accounts';
import { providers } from '../../../shared/providers';
import { AppError, notFound } from '../errors';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';
import { describeEndpoint } from '../providers/endpoints';
import { secretHint } from '../secrets/secret-hint';
import type { SecretStore } from '../secrets/secret-store';
import type { ProfileRepository, ProfileRow } from './profile-repository';

export interface ProfileService {
  list(): Promise<{ keychain: KeychainStatus; profiles: ProfileView[] }>;
  add(input: NewProfile): Promise<ProfileView>;
  update(input: ProfileUpdate): Promise<ProfileView>;
  replaceSecret(id: string, secret: string): Promise<ProfileView>;
  remove(id: string): Promise<{ id: string }>;
  /** For main-process code that calls a provider; never exposed over IPC. */
  readSecret(id: string): Promise<string | null>;
  /** The non-secret facts of one profile. */
  metadata(id: string): ProfileMetadata;
}

export type ProfileMetadata = Pick<ProfileRow, 'id' | 'provider' | 'label' | 'kind' | 'identifier'>;

export interface ProfileServiceDeps {
  repo: ProfileRepository;
  secrets: SecretStore;
  redactor: Redactor;
  logger: Logger;
  now?: () => Date;
}

export function keychainKey(profileId: string): string {
  return `profile:${profileId}`;
}

function toView(row: ProfileRow, configured: boolean): ProfileView {
  return {
    id: row.id,
    provider: row.provider,
    label: row.label,
    kind: row.kind,
    identifier: row.identifier,
    endpoint: describeEndpoint(row.kind, row.provider),
    secret: { configured, hint: configured ? row.secret_hint : null },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createProfileService(deps: ProfileServiceDeps): ProfileService {
  const { repo, secrets, redactor } = deps;
  const log = deps.logger.child({ component: 'accounts' });
  const now = () => (deps.now ?? (() => new Date()))().toISOString();

  function mustGet(id: string): ProfileRow {
    const row = repo.byId(id);
    if (!row) throw notFound('That profile');
    return row;
  }

  function assertLabelFree(row: Pick<ProfileRow, 'provider' | 'label'>, exceptId?: string): void {
    if (repo.labelTaken(row.provider, row.label, exceptId)) {
      const name = providers[row.provider].name;
      const message = `${/^[aeiou]/i.test(name) ? 'An' : 'A'} ${name} profile named “${row.label}” already exists.`;
      throw new AppError('conflict', message, [{ path: 'label', message }]);
    }
  }

  function checkIdentifier(provider: ProfileRow['provider'], identifier: string | undefined): string | null {
    if (provider === 'revicom') {
      if (identifier !== undefined) {
        throw new AppError('validation', 'Revicom profiles have no identifier, only a token.', [
          { path: 'identifier', message: 'Revicom profiles have no identifier.' },
        ]);
      }
      return null;
    }
    const parsed = identifierSchemas[provider].safeParse(identifier);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'Invalid identifier.';
      throw new AppError('validation', message, [{ path: 'identifier', message }]);
    }
    return parsed.data;
  }

  async function isConfigured(id: string): Promise<boolean> {
    return (await secrets.keys()).includes(keychainKey(id));
  }

  return {
    async list() {
      const rows = repo.all();
      const keychain = await secrets.status();
      const present = keychain.available ? new Set(await secrets.keys()) : new Set<string>();
      return { keychain, profiles: rows.map((row) => toView(row, present.has(keychainKey(row.id)))) };
    },

    async add(input) {
      const identifier = checkIdentifier(input.provider, 'identifier' in input ? input.identifier : undefined);
      assertLabelFree(input);
      const stamp = now();
      const row: ProfileRow = {
        id: randomUUID(),
        provider: input.provider,
        label: input.label,
        kind: input.kind,
        identifier,
        secret_hint: secretHint(input.secret),
        created_at: stamp,
        updated_at: stamp,
      };
      redactor.remember(input.secret);
      // Keychain first: if it is unavailable we stop here and nothing at all is stored.
      await secrets.write(keychainKey(row.id), input.secret);
      try {
        repo.insert(row);
      } catch (error) {
        await secrets.remove(keychainKey(row.id)).catch(() => false);
        throw error;
      }
      log.info('profile added', { profileId: row.id, provider: row.provider, kind: row.kind });
      return toView(row, true);
    },

    async update(input) {
      const current = mustGet(input.id);
      const next: ProfileRow = {
        ...current,
        label: input.label ?? current.label,
        kind: input.kind ?? current.kind,
        identifier: input.identifier === undefined ? current.identifier : checkIdentifier(current.provider, input.identifier),
        updated_at: now(),
      };
      assertLabelFree(next, current.id);
      repo.update(next);
      log.info('profile updated', { profileId: next.id, kind: next.kind });
      return toView(next, await isConfigured(next.id));
    },

    async replaceSecret(id, secret) {
      const current = mustGet(id);
      redactor.remember(secret);
      await secrets.write(keychainKey(id), secret);
      const next: ProfileRow = { ...current, secret_hint: secretHint(secret), updated_at: now() };
      repo.update(next);
      log.info('profile secret replaced', { profileId: id });
      return toView(next, true);
    },

    async remove(id) {
      mustGet(id);
      // Keychain first: a row without its secret is visible and can be deleted again; a secret
      // without its row would linger in the keychain with nothing pointing at it.
      await secrets.remove(keychainKey(id));
      repo.delete(id);
      log.info('profile deleted', { profileId: id });
      return { id };
    },

    metadata(id) {
      const { provider, label, kind, identifier } = mustGet(id);
      return { id, provider, label, kind, identifier };
    },

    async readSecret(id) {
      mustGet(id);
      const secret = await secrets.read(keychainKey(id));
      if (secret) redactor.remember(secret);
      return secret;
    },
  };
}
