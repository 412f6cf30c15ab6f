/**
 * Octopush client (api.octopush.com/v1/public): api-key and api-login headers on every call.
 * A send carrying request_id is deduplicated by Octopush for 24 h, so it may be retried after an
 * ambiguous failure; without one it is not.
 */
import { z } from 'zod';
import type { HttpClient } from '../../http/http-client';
import type { ClientContext } from '../provider-error';
import { providerCaller, readBody, type ErrorBodyReader } from '../responses';
import { validateRequest } from '../validate';
import { balanceQuerySchema, voiceCampaignSchema, type BalanceQuery, type VoiceCampaignRequest } from './requests';

export interface OctopushCredentials {
  readonly apiLogin: string;
  readonly apiKey: string;
}

const sendResult = z.object({
  ticket_number: z.string(),
  number_of_contacts: z.number(),
  total_cost: z.number(),
  estimated_duration: z.number().optional(),
  residual_credit: z.number(),
});
const balance = z.object({
  amount: z.number(),
  unit: z.string(),
  wallet_packs: z
    .array(z.object({ wallet_pack_id: z.union([z.string(), z.number()]), credit: z.number(), expiration_date: z.string() }))
    .optional(),
});
const credits = z.record(z.string(), z.record(z.string(), z.number()));

export type VoiceCampaignResult = z.infer<typeof sendResult>;
export type OctopushBalance = z.infer<typeof balance>;

/** 400: {code, message, errors: {field: {code, message}}}; 401/403 bodies are undocumented. */
const readError: ErrorBodyReader = (response) => {
  const json = response.json as
    { code?: number; message?: string; errors?: Record<string, { code?: number; message?: string }> } | undefined;
  const [field, detail] = Object.entries(json?.errors ?? {})[0] ?? [];
  return {
    message: detail?.message ?? json?.message,
    field,
    code: detail?.code ?? json?.code,
  };
};

export function createOctopushClient(http: HttpClient, credentials: OctopushCredentials, ctx: ClientContext) {
  const headers = { 'api-key': credentials.apiKey, 'api-login': credentials.apiLogin, 'cache-control': 'no-cache' };

  const call = providerCaller(http, ctx, headers, readError);

  return {
    async sendVoiceCampaign(input: VoiceCampaignRequest): Promise<VoiceCampaignResult> {
      const req = validateRequest(ctx, voiceCampaignSchema, input);
      const response = await call({
        method: 'POST',
        path: '/voice-campaign/send',
        json: req,
        idempotent: req.request_id !== undefined,
      });
      return readBody(ctx, response, sendResult);
    },

    async balance(query: BalanceQuery = {}): Promise<OctopushBalance> {
      const q = validateRequest(ctx, balanceQuerySchema, query);
      return readBody(ctx, await call({ method: 'GET', path: '/wallet/check-balance', query: q, idempotent: true }), balance);
    },

    async credits(countryCodes: readonly string[]): Promise<Record<string, Record<string, number>>> {
      const response = await call({
        method: 'GET',
        path: '/wallet/check-credits',
        query: { 'country_codes[]': countryCodes },
        idempotent: true,
      });
      return readBody(ctx, response, credits);
    },
  };
}

export type OctopushClient = ReturnType<typeof createOctopushClient>;
