/**
 * The IPC contract: every channel between the renderer and main, declared once.
 * Adding a channel here makes it appear in the preload API, the harness bridge and the
 * renderer client, and main refuses to start until it has a handler for it.
 */
import { accountsChannels } from './accounts';
import { contactsChannels, filesChannels, suppressionChannels } from './contacts';
import { providersChannels, sandboxChannels } from './providers';
import { systemChannels } from './system';
import type { ContractShape } from './channel';

export const contract = {
  accounts: accountsChannels,
  contacts: contactsChannels,
  files: filesChannels,
  suppression: suppressionChannels,
  providers: providersChannels,
  sandbox: sandboxChannels,
  system: systemChannels,
} satisfies ContractShape;

export type Contract = typeof contract;

export * from './channel';
export * from './result';
export * from './accounts';
export * from './providers';
export * from './contacts';
