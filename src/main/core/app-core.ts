/**
 * Everything main does, assembled without Electron: the same core backs the Electron app, the
 * browser harness, the command line and the tests.
 */
import { join } from 'node:path';
import { contract } from '../../shared/contract';
import { accountsHandlers } from './accounts/accounts-handlers';
import { createProfileRepository } from './accounts/profile-repository';
import { createProfileService, type ProfileService } from './accounts/profile-service';
import { createDispatcher, type Dispatcher } from './ipc/dispatcher';
import { createLogger, type Logger } from './log/logger';
import { Redactor } from './log/redactor';
import type { SecretStore } from './secrets/secret-store';
import { databasePath, openDatabase, type Db } from './storage/database';
import { systemHandlers } from './system/system-handlers';
import { createProviderClients, type ProviderClients } from './providers/provider-clients';
import { providersHandlers, sandboxHandlers } from './providers/providers-handlers';
import { createSandboxHost, type SandboxHost } from './sandbox/sandbox-host';
import { seedSandboxProfilesOnce } from './sandbox/sandbox-profiles';
import { createAppSettings } from './storage/app-settings';
import { createContactStore, type ContactStore } from './contacts/contact-store';
import { contactsHandlers, filesHandlers, suppressionHandlers, type SaveDownload } from './contacts/contacts-handlers';
import { createDropCowboyPush } from './contacts/dropcowboy-push';
import { createExports, type Exports } from './contacts/exports';
import { createContactReader } from './contacts/reader/contact-reader';
import { createFileRegistry, type FileRegistry } from './contacts/files';
import { createImportJobs, type ImportJobs } from './contacts/import/import-jobs';
import { createSavedMappings } from './contacts/mapping/saved-mappings';
import { createSuppressionService, type SuppressionService } from './suppression/suppression-service';

export interface AppCoreOptions {
  dataDir: string;
  secrets: SecretStore;
  version: string;
  platform?: string;
  /** Check every handler's result against the contract (development and tests). */
  validateResults?: boolean;
  echoLogs?: boolean;
  /** better-sqlite3 built for Electron's ABI (see scripts/prepare-electron.mjs). */
  sqliteBinding?: string | undefined;
  /** Make the sandbox profiles on first start (default true). */
  seedSandbox?: boolean;
  /** The in-process simulators (default: started on first use). */
  sandbox?: SandboxHost;
  /** How an export reaches the operator (Electron: a save dialog). */
  saveDownload?: SaveDownload;
}

export interface AppCore {
  readonly dispatcher: Dispatcher;
  readonly db: Db;
  readonly logger: Logger;
  readonly profiles: ProfileService;
  readonly clients: ProviderClients;
  readonly sandbox: SandboxHost;
  readonly files: FileRegistry;
  readonly contacts: ContactStore;
  readonly imports: ImportJobs;
  readonly exports: Exports;
  readonly suppression: SuppressionService;
  readonly logFile: string;
  /** Start-up work (the first-start sandbox profiles); wait for it before showing the UI. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export function logFilePath(dataDir: string): string {
  return join(dataDir, 'logs', 'switchboard.log');
}

export function createAppCore(options: AppCoreOptions): AppCore {
  const redactor = new Redactor();
  const logFile = logFilePath(options.dataDir);
  const logger = createLogger({ file: logFile, redactor, echo: options.echoLogs ?? false });
  const db = openDatabase(databasePath(options.dataDir), { nativeBinding: options.sqliteBinding });

  const profiles = createProfileService({
    repo: createProfileRepository(db),
    secrets: options.secrets,
    redactor,
    logger,
  });

  const sandbox = options.sandbox ?? createSandboxHost();
  const clients = createProviderClients({ profiles, sandbox, userAgent: `Switchboard/${options.version}` });
  const settings = createAppSettings(db);
  const files = createFileRegistry();
  const contacts = createContactStore(db);
  const imports = createImportJobs({ dbPath: databasePath(options.dataDir), nativeBinding: options.sqliteBinding, logger });
  // Sorted, searched and exported views of big lists are read on a thread of their own.
  const reader = createContactReader({ dbPath: databasePath(options.dataDir), nativeBinding: options.sqliteBinding, logger });
  const exports = createExports(db, contacts, options.dataDir, reader.writeListFile);
  const suppression = createSuppressionService(db, logger);
  const saveDownload: SaveDownload = options.saveDownload ?? (async () => ({ saved: false, path: null }));

  const dispatcher = createDispatcher(
    contract,
    {
      accounts: accountsHandlers(profiles),
      contacts: contactsHandlers({
        files,
        mappings: createSavedMappings(db),
        store: contacts,
        reader,
        jobs: imports,
        exports,
        push: createDropCowboyPush(db, contacts, clients),
      }),
      files: filesHandlers(files, exports, saveDownload),
      suppression: suppressionHandlers(suppression, files),
      providers: providersHandlers(clients),
      sandbox: sandboxHandlers(sandbox, profiles),
      system: systemHandlers({
        version: options.version,
        dataDir: options.dataDir,
        platform: options.platform ?? process.platform,
        secrets: options.secrets,
      }),
    },
    { validateResults: options.validateResults ?? false, logger, redactor },
  );

  logger.info('core started', { version: options.version, dataDir: options.dataDir });
  const ready = options.seedSandbox === false ? Promise.resolve() : seedSandboxProfilesOnce(profiles, settings, logger);
  return {
    dispatcher,
    db,
    logger,
    profiles,
    clients,
    sandbox,
    files,
    contacts,
    imports,
    exports,
    suppression,
    logFile,
    ready,
    close: async () => {
      await ready;
      await imports.closeAll();
      await reader.close();
      await clients.close();
      await sandbox.close();
      logger.info('core stopped');
      db.close();
    },
  };
}
