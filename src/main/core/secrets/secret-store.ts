import type { KeychainStatus } from '../../../shared/contract/accounts';

/**
 * Where provider secrets live. The only implementation that ships is the OS keychain; there is
 * deliberately no file or database fallback. Every method throws AppError('keychain_unavailable')
 * when the keychain cannot be reached.
 */
export interface SecretStore {
  /** A short name of the backend, e.g. "OS keychain (keytar)". */
  readonly backend: string;
  status(): Promise<KeychainStatus>;
  read(key: string): Promise<string | null>;
  write(key: string, secret: string): Promise<void>;
  /** True when an item was removed, false when there was none. */
  remove(key: string): Promise<boolean>;
  /** The keys of every item this app holds. */
  keys(): Promise<string[]>;
}
