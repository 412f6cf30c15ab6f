/**
 * Revicom Direct API client. The token from the cabinet is already the Base64 of key:password
 * and goes in "Authorization: Basic <token>" as is. Sends are not deduplicated by Revicom, so a
 * send is never repeated after an ambiguous failure.
 */
import { z } from 'zod';
import type { HttpClient } from '../../http/http-client';
import { rejectedItemsError, type ClientContext } from '../provider-error';
import { providerCaller, readBody, type ErrorBodyReader } from '../responses';
import { validateRequest } from '../validate';
import { messageQuerySchema, sendMessagesSchema, stopSchema, type MessageQuery, type VoicecodeMessage } from './requests';

const itemsResult = z.object({
  errors: z.boolean(),
  items: z.array(z.object({ messageUuid: z.string().nullable().optional(), code: z.number() })),
});
const messageRecord = z.object({
  messageUuid: z.string(),
  channelType: z.string().optional(),
  destination: z.string().optional(),
  status: z.string(),
  statusTime: z.string().optional(),
  errorCode: z.number().nullable().optional(),
  externalMessageId: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
});
// The response shape of GET /message is undocumented (truncated); this is the simulator's guess.
const messagePage = z.object({ items: z.array(messageRecord), total: z.number() });
const balance = z.record(z.string(), z.number());

export type SendResult = z.infer<typeof itemsResult>;
export type MessageRecord = z.infer<typeof messageRecord>;

/** Errors are {"error": {"code": 4012, "msg": "Bad credentials"}}. */
const readError: ErrorBodyReader = (response) => {
  const error = (response.json as { error?: { code?: number; msg?: string } } | undefined)?.error;
  // 4030 is the usual mix-up: a system or widget token where a message token is needed.
  const message =
    error?.code === 4030
      ? `${error.msg ?? 'Access Denied'}: this is not a message token (TOKEN_1); make one under Developers → API`
      : error?.msg;
  return { message, code: error?.code };
};

export function createRevicomClient(http: HttpClient, token: string, ctx: ClientContext) {
  const headers = { authorization: `Basic ${token}` };

  const call = providerCaller(http, ctx, headers, readError);

  return {
    /** Sends 1 to 1,000 messages. Items come back in request order; refused ones raise "rejected". */
    async sendMessages(input: VoicecodeMessage[]): Promise<SendResult> {
      const messages = validateRequest(ctx, sendMessagesSchema, input);
      const result = readBody(
        ctx,
        await call({ method: 'POST', path: '/message', json: messages, idempotent: false }),
        itemsResult,
      );
      if (result.errors) {
        const refused = result.items.flatMap((item, index) => (item.code >= 300 ? [{ index, reason: `code ${item.code}` }] : []));
        const accepted = result.items.flatMap((item, index) =>
          item.code < 300 && item.messageUuid ? [{ index, id: item.messageUuid }] : [],
        );
        if (refused.length > 0) throw rejectedItemsError(ctx, refused, messages.length, accepted);
      }
      return result;
    },

    async getMessages(query: MessageQuery = {}): Promise<z.infer<typeof messagePage>> {
      const q = validateRequest(ctx, messageQuerySchema, query);
      return readBody(ctx, await call({ method: 'GET', path: '/message', query: q, idempotent: true }), messagePage);
    },

    /** Asks Revicom to stop messages; item codes: 200 will stop, 202 may not, 403 cannot, 404 unknown. */
    async stopMessages(uuids: string[]): Promise<SendResult> {
      const list = validateRequest(ctx, stopSchema, uuids);
      // Stopping twice has one effect.
      return readBody(
        ctx,
        await call({ method: 'POST', path: '/message/stop', json: { uuids: list }, idempotent: true }),
        itemsResult,
      );
    },

    balance: async (): Promise<Record<string, number>> =>
      readBody(ctx, await call({ method: 'GET', path: '/balance', idempotent: true }), balance),
  };
}

export type RevicomClient = ReturnType<typeof createRevicomClient>;
