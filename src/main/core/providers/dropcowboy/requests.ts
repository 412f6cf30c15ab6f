/**
 * Drop Cowboy v1 request rules (seeds 000–002, providers.md §1.3–1.5). Field names are the
 * provider's own. Rules marked "assumption" are not stated by Drop Cowboy; see docs/providers.md.
 */
import { z } from 'zod';
import { E164 } from '../validate';

const e164 = z.string().regex(E164, 'must be an E.164 number such as +15552223333');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const foreignId = z.string().min(1).max(256, 'must be at most 256 characters');

export const audioSources = ['recording_id', 'audio_url', 'voice_id'] as const;

export const rvmRequestSchema = z
  .strictObject({
    brand_id: z.string().min(1, 'is required (from Trust Center or GET /brand)'),
    phone_number: e164,
    // Seeds disagree on whether it is required; Switchboard always sends one, to match results.
    foreign_id: foreignId,
    recording_id: z.string().min(1).optional(),
    voice_id: z.string().min(1).optional(),
    tts_body: z.string().min(1).optional(),
    audio_url: httpUrl.optional(),
    audio_type: z.enum(['mp3', 'wav'], { error: 'must be mp3 or wav' }).optional(),
    forwarding_number: e164.optional(),
    phone_ivr_id: z.string().min(1).optional(),
    pool_id: z.string().min(1).optional(),
    postal_code: z.string().min(3).max(10).optional(),
    callback_url: httpUrl.optional(),
    privacy: z.enum(['off', 'full']).optional(),
    status_format: z.string().min(1).optional(),
    caller_id: e164.optional(),
  })
  .superRefine((req, ctx) => {
    const sources = [
      req.recording_id && 'recording_id',
      req.audio_url && 'audio_url',
      (req.voice_id || req.tts_body) && 'voice_id',
    ].filter(Boolean);
    if (sources.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['recording_id'],
        message: 'choose one audio source: recording_id, audio_url or voice_id + tts_body',
      });
    }
    if (sources.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [String(sources[1])],
        message: `only one audio source may be sent (got ${sources.join(' and ')})`,
      });
    }
    if (req.voice_id && !req.tts_body) ctx.addIssue({ code: 'custom', path: ['tts_body'], message: 'is required with voice_id' });
    if (req.tts_body && !req.voice_id) ctx.addIssue({ code: 'custom', path: ['voice_id'], message: 'is required with tts_body' });
    if (req.audio_url && !req.audio_type)
      ctx.addIssue({ code: 'custom', path: ['audio_type'], message: 'is required with audio_url (mp3 or wav)' });
    if (req.audio_type && !req.audio_url)
      ctx.addIssue({ code: 'custom', path: ['audio_url'], message: 'is required with audio_type' });
    // Assumption (docs are vague): something must route call-backs.
    if (!req.forwarding_number && !req.phone_ivr_id && !req.pool_id) {
      ctx.addIssue({ code: 'custom', path: ['forwarding_number'], message: 'give forwarding_number, phone_ivr_id or pool_id' });
    }
  });
export type RvmRequest = z.input<typeof rvmRequestSchema>;

/** More than one call-back route is allowed but probably a mistake (assumption: warn, not fail). */
export function rvmWarnings(req: RvmRequest): string[] {
  const routes = (['forwarding_number', 'phone_ivr_id', 'pool_id'] as const).filter((k) => req[k]);
  const warnings: string[] = [];
  if (routes.length > 1) warnings.push(`Several call-back routes given (${routes.join(', ')}); Drop Cowboy documents only one.`);
  if (req.tts_body && req.tts_body.length > 1200)
    warnings.push('tts_body is over 1,200 characters, the limit of Drop Cowboy’s v2 API.');
  return warnings;
}

export const smsRequestSchema = z.strictObject({
  phone_number: e164,
  caller_id: e164,
  pool_id: z.string().min(1, 'is required (a pool registered for SMS)'),
  sms_body: z.string().min(1, 'is required').max(160, 'must be at most 160 characters'),
  // Drop Cowboy asks for confirmation of opt-in; Switchboard refuses to send without it.
  opt_in: z.literal(true, { error: 'must be true: send SMS only to people who opted in' }),
  foreign_id: foreignId.optional(),
  callback_url: httpUrl.optional(),
});
export type SmsRequest = z.input<typeof smsRequestSchema>;

export const contactFields = [
  'record_id',
  'first_name',
  'last_name',
  'company',
  'email',
  'phone',
  'address1',
  'address2',
  'city',
  'state',
  'postal',
  'country',
  'custom1',
  'custom2',
  'custom3',
  'custom4',
  'custom5',
] as const;
export type ContactField = (typeof contactFields)[number];

export const MAX_CONTACTS_PER_APPEND = 10_000;

export const appendContactsSchema = z
  .strictObject({
    fields: z.array(z.enum(contactFields, { error: `must be one of ${contactFields.join(', ')}` })).min(1),
    values: z.array(z.array(z.string())).min(1, 'needs at least one contact'),
    region: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO country code such as US')
      .optional(),
  })
  .superRefine((req, ctx) => {
    if (!req.fields.includes('phone')) ctx.addIssue({ code: 'custom', path: ['fields'], message: 'must include phone' });
    req.values.forEach((row, i) => {
      if (row.length !== req.fields.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', i],
          message: `has ${row.length} values for ${req.fields.length} fields`,
        });
      }
    });
  });
export type AppendContactsRequest = z.input<typeof appendContactsSchema>;

export const listNameSchema = z.string().trim().min(1, 'is required').max(200);

/** The documented Mimic AI "Pro voices" (seed 001); v1 has no endpoint that lists voices. */
export const dropCowboyVoices = [
  { id: 'c42629ad-c6ac-4499-87b4-2e87f3a7fbf7', name: 'Female (SSML compatible)' },
  { id: '436e221c-b9b8-4825-8fce-5924dc1a2792', name: 'Male (SSML compatible)' },
  { id: 'dc786997-e027-4986-8d0b-b1efa0c26937', name: 'Tony' },
  { id: 'bbf0eb48-2da5-4929-8945-a5920b76b6c1', name: 'Myra' },
] as const;
