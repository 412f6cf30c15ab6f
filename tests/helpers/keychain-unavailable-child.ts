/**
 * Run by keychain-unavailable.spec.ts in a process with no D-Bus session, so the real keytar
 * cannot reach any Secret Service. Prints what the core answered as one JSON line.
 */
import { createAppCore } from '../../src/main/core/app-core';
import { createKeytarStore } from '../../src/main/core/secrets/keytar-store';

async function main(): Promise<void> {
  const dataDir = process.argv[2] ?? '';
  const core = createAppCore({
    dataDir,
    secrets: createKeytarStore({ service: 'Switchboard unavailable test' }),
    version: 'test',
    validateResults: true,
  });
  const add = await core.dispatcher.dispatch('accounts:add', {
    provider: 'dropcowboy',
    label: 'No keychain',
    kind: 'live',
    identifier: 'team-9',
    secret: 'never-stored-secret-7777',
  });
  const list = await core.dispatcher.dispatch('accounts:list', undefined);
  const rows = core.db.prepare('SELECT count(*) FROM provider_profile').pluck().get();
  await core.close();
  process.stdout.write(JSON.stringify({ add, list, rows }) + '\n');
}

void main();
