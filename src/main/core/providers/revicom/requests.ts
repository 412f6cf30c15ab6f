/**
 * Revicom Direct API rules for VOICECODE (seed 004, providers.md §3). Field names are camelCase
 * as Revicom spells them.
 */
import { z } from 'zod';

/** "Код авторизации от {brand}: {code}", the code as digits, spaced digits or digits with separators. */
export const VOICECODE_TEMPLATE = /^Код авторизации от (\S(?:.*\S)?): (\d(?:[\s\-.]?\d)*)$/u;

export function voicecodeText(brand: string, code: string): string {
  return `Код авторизации от ${brand}: ${code}`;
}

export const callbackEvents = ['delivered', 'sent', 'read', 'price', 'click'] as const;
export const MAX_MESSAGES_PER_REQUEST = 1000;
export const MAX_STOP_UUIDS = 10_000;

export const voicecodeMessageSchema = z.strictObject({
  channelType: z.literal('VOICECODE'),
  senderName: z.literal('voicecode'),
  // Shown only by example (digits, no +); assumption: 7 to 15 digits.
  destination: z
    .string()
    .regex(/^[1-9]\d{6,14}$/, 'must be the number as digits with the country code and no +, e.g. 14085553911'),
  content: z.strictObject({
    contentType: z.literal('text'),
    text: z
      .string()
      .min(1)
      .max(1000, 'must be at most 1,000 characters')
      .regex(VOICECODE_TEMPLATE, 'must follow the template “Код авторизации от {brand}: {code}”'),
  }),
  tags: z.array(z.string().regex(/^\w+$/, 'tags may hold only letters, digits and _')).optional(),
  callbackUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  callbackEvents: z.array(z.enum(callbackEvents)).min(1).optional(),
  ttl: z.number().int().min(30, 'must be at least 30 seconds').max(86_400, 'must be at most 86,400 seconds').optional(),
  externalMessageId: z.string().min(1).max(100, 'must be at most 100 characters').optional(),
});
export type VoicecodeMessage = z.input<typeof voicecodeMessageSchema>;

export const sendMessagesSchema = z
  .array(voicecodeMessageSchema)
  .min(1, 'send at least one message')
  .max(MAX_MESSAGES_PER_REQUEST, `at most ${MAX_MESSAGES_PER_REQUEST} messages per request`);

export const stopSchema = z.array(z.uuid()).min(1).max(MAX_STOP_UUIDS, `at most ${MAX_STOP_UUIDS} messages per request`);

const many = z.array(z.string().min(1)).optional();
export const messageQuerySchema = z
  .strictObject({
    page: z.number().int().min(1).optional(),
    per_page: z.number().int().min(1).optional(),
    sort: z.string().optional(),
    time_from: z.iso.datetime().optional(),
    time_to: z.iso.datetime().optional(),
    message_uuid: many,
    destination: many,
    status: many,
    tags: many,
    channel_type: many,
    dispatch_id: many,
  })
  .refine((q) => (q.page ?? 1) * (q.per_page ?? 100) <= 10_000, {
    message: 'page × per_page must be at most 10,000',
    path: ['per_page'],
  });
export type MessageQuery = z.input<typeof messageQuerySchema>;
