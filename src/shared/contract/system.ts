import { z } from 'zod';
import { channel } from './channel';
import { keychainStatusSchema } from './accounts';

export const systemChannels = {
  info: channel({
    doc: 'What the app is running on: version, data folder and keychain status.',
    input: z.undefined(),
    output: z.strictObject({
      version: z.string(),
      dataDir: z.string(),
      platform: z.string(),
      keychain: keychainStatusSchema,
    }),
  }),
};
