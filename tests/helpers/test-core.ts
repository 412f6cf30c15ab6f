import { createAppCore, type AppCore } from '../../src/main/core/app-core';
import { tempDir } from './temp-dir';
import { testKeychain } from './test-keychain';

export interface TestCore {
  core: AppCore;
  dataDir: string;
  keychain: ReturnType<typeof testKeychain>;
  close: () => Promise<void>;
}

/** The real core on a throwaway data folder and its own service in the real keychain. */
export async function openTestCore(options: { seedSandbox?: boolean } = {}): Promise<TestCore> {
  const folder = tempDir('switchboard-core-');
  const keychain = testKeychain();
  const core = createAppCore({
    dataDir: folder.dir,
    secrets: keychain.store,
    version: '0.0.0-test',
    validateResults: true,
    seedSandbox: options.seedSandbox ?? false,
  });
  await core.ready;
  return {
    core,
    dataDir: folder.dir,
    keychain,
    close: async () => {
      await core.close();
      await keychain.cleanup();
      folder.remove();
    },
  };
}
