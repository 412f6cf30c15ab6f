/**
 * Octopush voice-SMS rules (seed 003, providers.md §2.3). The API itself is lenient (it casts and
 * strips bad values); Switchboard is strict so the operator sees mistakes before sending.
 */
import { z } from 'zod';
import { E164 } from '../validate';

export const voiceLanguages = [
  'en-US',
  'en-GB',
  'el-GR',
  'pl-PL',
  'hu-HU',
  'sv-SE',
  'de-DE',
  'es-ES',
  'es-LA',
  'fr-FR',
  'it-IT',
  'pt-BR',
  'ru-RU',
] as const;
export const voiceGenders = ['male', 'female'] as const;

/** Documented: "up to 500 contacts" per request (the body schema says 1000; the text wins). */
export const MAX_RECIPIENTS_PER_REQUEST = 500;
export const MAX_TEXT_LENGTH = 1224;
/** The readme schema shows a "length ≤ 20" string field, probably request_id (assumption). */
export const MAX_REQUEST_ID_LENGTH = 20;

const recipient = z.strictObject({
  phone_number: z.string().regex(E164, 'must be an E.164 number such as +33612345678'),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  param1: z.string().optional(),
  param2: z.string().optional(),
  param3: z.string().optional(),
  param4: z.string().optional(),
  param5: z.string().optional(),
});

export const voiceCampaignSchema = z.strictObject({
  text: z.string().min(1, 'is required').max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
  recipients: z
    .array(recipient)
    .min(1, 'needs at least one recipient')
    .max(
      MAX_RECIPIENTS_PER_REQUEST,
      `at most ${MAX_RECIPIENTS_PER_REQUEST} per request; send larger campaigns in frames of 200–500`,
    ),
  sender: z
    .string()
    .regex(/^[a-zA-Z0-9]{3,11}$/, 'must be 3 to 11 letters or digits')
    .optional(),
  send_at: z.iso
    .datetime({ offset: true, error: 'must be ISO 8601 with a time zone, e.g. 2026-10-03T07:42:39-07:00' })
    .optional(),
  purpose: z.enum(['alert', 'wholesale'], { error: 'must be alert (transactional) or wholesale (marketing)' }),
  type: z.literal('voice_sms').default('voice_sms'),
  voice_gender: z.enum(voiceGenders, { error: 'must be male or female' }),
  voice_language: z.enum(voiceLanguages, { error: `must be one of ${voiceLanguages.join(', ')}` }),
  auto_delete_optout_contacts: z.boolean().optional(),
  get_back_pressed_keys: z.boolean().optional(),
  simulation_mode: z.boolean().optional(),
  request_id: z.string().min(1).max(MAX_REQUEST_ID_LENGTH, `must be at most ${MAX_REQUEST_ID_LENGTH} characters`).optional(),
});
export type VoiceCampaignRequest = z.input<typeof voiceCampaignSchema>;

export const productNames = ['sms_low_cost', 'sms_premium', 'vocal_sms', 'hlr'] as const;
export const balanceQuerySchema = z.strictObject({
  with_details: z.boolean().optional(),
  country_code: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  product_name: z.enum(productNames).optional(),
});
export type BalanceQuery = z.input<typeof balanceQuerySchema>;
