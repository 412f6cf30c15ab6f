import { z } from 'zod';
import { profileKinds, providerIds } from '../providers';
import { channel } from './channel';

const label = z.string().trim().min(1, 'Give the profile a name.').max(60, 'Keep the name under 60 characters.');

/** Secrets are trimmed because pasted keys often carry a stray space or newline. */
const secret = z
  .string()
  .trim()
  .min(1, 'Enter the secret.')
  .max(1024, 'That is longer than any provider secret; check what was pasted.')
  .refine((s) => !/[\r\n]/.test(s), 'The secret must be on one line.');

const teamId = z.string().trim().min(1, 'Enter the Team ID.').max(128, 'That Team ID is too long.');
const apiLogin = z.string().trim().email('The API login is the email address of your Octopush account.');

/** The non-secret identifier each provider needs (Revicom has none). */
export const identifierSchemas = { dropcowboy: teamId, octopush: apiLogin } as const;

export const profileIdSchema = z.string().uuid('Not a profile id.');
export const providerIdSchema = z.enum(providerIds);
export const profileKindSchema = z.enum(profileKinds);

export const newProfileSchema = z.discriminatedUnion('provider', [
  z.strictObject({ provider: z.literal('dropcowboy'), label, kind: profileKindSchema, identifier: teamId, secret }),
  z.strictObject({ provider: z.literal('octopush'), label, kind: profileKindSchema, identifier: apiLogin, secret }),
  z.strictObject({ provider: z.literal('revicom'), label, kind: profileKindSchema, secret }),
]);
export type NewProfile = z.infer<typeof newProfileSchema>;

export const profileUpdateSchema = z.strictObject({
  id: profileIdSchema,
  label: label.optional(),
  kind: profileKindSchema.optional(),
  /** Checked against the profile's provider in main (the provider is not known here). */
  identifier: z.string().trim().min(1).max(256).optional(),
});
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

export const keychainStatusSchema = z.discriminatedUnion('available', [
  z.object({ available: z.literal(true), backend: z.string() }),
  z.object({ available: z.literal(false), reason: z.string() }),
]);
export type KeychainStatus = z.infer<typeof keychainStatusSchema>;

/** All the renderer ever learns about a profile. There is deliberately no secret field. */
export const profileViewSchema = z.strictObject({
  id: profileIdSchema,
  provider: providerIdSchema,
  label: z.string(),
  kind: profileKindSchema,
  identifier: z.string().nullable(),
  /** Where calls go: the provider's live URL, or the built-in simulator. */
  endpoint: z.string(),
  secret: z.strictObject({
    configured: z.boolean(),
    /** e.g. "••••1234"; just "••••" when the secret is too short to show any of it. */
    hint: z
      .string()
      .regex(/^•{4}[^•]{0,4}$/)
      .nullable(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProfileView = z.infer<typeof profileViewSchema>;

export const accountsChannels = {
  list: channel({
    doc: 'List provider profiles with their keychain state.',
    input: z.undefined(),
    output: z.strictObject({ keychain: keychainStatusSchema, profiles: z.array(profileViewSchema) }),
  }),
  add: channel({
    doc: 'Create a profile: the secret goes to the OS keychain, the rest to the database.',
    input: newProfileSchema,
    output: profileViewSchema,
  }),
  update: channel({
    doc: 'Change a profile’s label, kind or non-secret identifier.',
    input: profileUpdateSchema,
    output: profileViewSchema,
  }),
  replaceSecret: channel({
    doc: 'Replace the secret kept in the keychain for a profile.',
    input: z.strictObject({ id: profileIdSchema, secret }),
    output: profileViewSchema,
  }),
  remove: channel({
    doc: 'Delete a profile and its keychain item.',
    input: z.strictObject({ id: profileIdSchema }),
    output: z.strictObject({ id: profileIdSchema }),
  }),
};
