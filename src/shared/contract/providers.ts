import { z } from 'zod';
import { resourceKinds } from '../providers';
import { profileIdSchema } from './accounts';
import { channel } from './channel';

const brand = z.object({
  brand_id: z.string(),
  company_name: z.string(),
  dba_name: z.string().nullable(),
  registered: z.boolean(),
  api_allowed: z.boolean(),
});
const media = z.object({ media_id: z.string(), name: z.string(), created_at: z.number(), api_allowed: z.boolean() });
const pool = z.object({
  pool_id: z.string(),
  name: z.string(),
  brand_id: z.string().nullable(),
  service_type: z.string(),
  number_count: z.number(),
});
const voice = z.object({ id: z.string(), name: z.string(), detail: z.string() });
const amount = z.object({ label: z.string(), amount: z.number(), unit: z.string() });

export const resourceResultSchema = z.discriminatedUnion('resource', [
  z.object({ resource: z.literal('brands'), items: z.array(brand) }),
  z.object({ resource: z.literal('recordings'), items: z.array(media) }),
  z.object({ resource: z.literal('media'), items: z.array(media) }),
  z.object({ resource: z.literal('pools'), items: z.array(pool) }),
  z.object({ resource: z.literal('voices'), items: z.array(voice), note: z.string() }),
  z.object({ resource: z.literal('balance'), items: z.array(amount) }),
]);
export type ResourceResult = z.infer<typeof resourceResultSchema>;

export const providersChannels = {
  testConnection: channel({
    doc: 'Call the profile’s provider with its credentials and report what came back.',
    input: z.strictObject({ profileId: profileIdSchema }),
    output: z.strictObject({ latencyMs: z.number(), summary: z.string(), endpoint: z.string() }),
  }),
  resource: channel({
    doc: 'Fetch one kind of account resource (brands, recordings, media, pools, voices, balance) for a profile.',
    input: z.strictObject({ profileId: profileIdSchema, resource: z.enum(resourceKinds) }),
    output: resourceResultSchema,
  }),
};

export const sandboxChannels = {
  status: channel({
    doc: 'Whether the built-in simulators run, and where.',
    input: z.undefined(),
    output: z.strictObject({
      running: z.boolean(),
      simulators: z.array(z.strictObject({ provider: z.enum(['dropcowboy', 'octopush', 'revicom']), baseUrl: z.string() })),
    }),
  }),
  restoreProfiles: channel({
    doc: 'Add the sandbox profiles again (those missing).',
    input: z.undefined(),
    output: z.strictObject({ added: z.number().int() }),
  }),
};
