/**
 * Drop Cowboy v1 client. Credentials go in the x-team-id / x-secret headers on every call and,
 * for /rvm and /sms, also in the body (the legacy API reads them there; see providers.md §1.1).
 */
import { z } from 'zod';
import type { HttpClient, HttpRequest } from '../../http/http-client';
import type { ClientContext } from '../provider-error';
import { providerCaller, readBody, type ErrorBodyReader } from '../responses';
import { validateRequest } from '../validate';
import {
  appendContactsSchema,
  listNameSchema,
  MAX_CONTACTS_PER_APPEND,
  rvmRequestSchema,
  rvmWarnings,
  smsRequestSchema,
  type AppendContactsRequest,
  type RvmRequest,
  type SmsRequest,
} from './requests';

export interface DropCowboyCredentials {
  readonly teamId: string;
  readonly secret: string;
}

const queued = z.object({ status: z.string() });
const list = z.object({ list_id: z.string(), list_name: z.string(), created_at: z.number() });
const listDetails = list.extend({ contact_count: z.number() });
const appendResult = z.object({
  accepted_count: z.number(),
  rejected: z.array(z.object({ index: z.number(), reason: z.string() })),
});
const brand = z.object({
  brand_id: z.string(),
  company_name: z.string(),
  dba_name: z.string().nullable().optional(),
  registered: z.boolean(),
  api_allowed: z.boolean(),
});
const media = z.object({ media_id: z.string(), name: z.string(), created_at: z.number(), api_allowed: z.boolean() });
const pool = z.object({
  pool_id: z.string(),
  name: z.string(),
  brand_id: z.string().nullable().optional(),
  service_type: z.string(),
  number_count: z.number(),
});

export type DcList = z.infer<typeof list>;
export type DcListDetails = z.infer<typeof listDetails>;
export type DcBrand = z.infer<typeof brand>;
export type DcMedia = z.infer<typeof media>;
export type DcPool = z.infer<typeof pool>;
export interface AppendProgress {
  readonly sent: number;
  readonly total: number;
}

/** v1 error bodies are undocumented; read a message and field from whatever JSON comes back. */
const readError: ErrorBodyReader = (response) => {
  const json = response.json as Record<string, unknown> | undefined;
  const pick = (key: string) => (typeof json?.[key] === 'string' ? (json[key] as string) : undefined);
  return { message: pick('message') ?? pick('error') ?? pick('reason'), field: pick('field') };
};

export function createDropCowboyClient(http: HttpClient, credentials: DropCowboyCredentials, ctx: ClientContext) {
  const authHeaders = { 'x-team-id': credentials.teamId, 'x-secret': credentials.secret };

  const call = providerCaller(http, ctx, authHeaders, readError);

  const get = async <S extends z.ZodType>(path: string, schema: S, query?: HttpRequest['query']) =>
    readBody(ctx, await call({ method: 'GET', path, query, idempotent: true }), schema);

  return {
    async sendRvm(input: RvmRequest): Promise<{ status: string; warnings: string[] }> {
      const req = validateRequest(ctx, rvmRequestSchema, input);
      const body = { team_id: credentials.teamId, secret: credentials.secret, ...req };
      const response = await call({ method: 'POST', path: '/rvm', json: body, idempotent: false });
      return { status: readBody(ctx, response, queued).status, warnings: rvmWarnings(req) };
    },

    async sendSms(input: SmsRequest): Promise<{ status: string }> {
      const req = validateRequest(ctx, smsRequestSchema, input);
      const body = { team_id: credentials.teamId, secret: credentials.secret, ...req };
      const response = await call({ method: 'POST', path: '/sms', json: body, idempotent: false });
      return { status: readBody(ctx, response, queued).status };
    },

    async createList(name: string): Promise<DcList> {
      const listName = validateRequest(ctx, listNameSchema, name);
      // Not idempotent: a repeat would make a second list with the same name.
      return readBody(ctx, await call({ method: 'POST', path: '/list', json: { list_name: listName }, idempotent: false }), list);
    },

    getList: (listId: string): Promise<DcListDetails> => get(`/list/${encodeURIComponent(listId)}`, listDetails),

    async renameList(listId: string, name: string): Promise<void> {
      const listName = validateRequest(ctx, listNameSchema, name);
      // Setting the same name twice has one effect.
      await call({
        method: 'POST',
        path: `/list/${encodeURIComponent(listId)}`,
        json: { list_name: listName },
        idempotent: true,
      });
    },

    async deleteList(listId: string): Promise<void> {
      // The body is empty per the docs and { list_id } per the SDK's test; either is fine.
      await call({ method: 'DELETE', path: `/list/${encodeURIComponent(listId)}`, idempotent: true });
    },

    /**
     * Appends contacts in chunks of at most 10,000 (the documented cap). Rejected rows come back
     * with their index in the whole input, not in the chunk.
     */
    async appendContacts(
      listId: string,
      input: AppendContactsRequest,
      onProgress?: (progress: AppendProgress) => void,
    ): Promise<{ accepted_count: number; rejected: Array<{ index: number; reason: string }> }> {
      const req = validateRequest(ctx, appendContactsSchema, input);
      let accepted = 0;
      const rejected: Array<{ index: number; reason: string }> = [];
      for (let start = 0; start < req.values.length; start += MAX_CONTACTS_PER_APPEND) {
        const values = req.values.slice(start, start + MAX_CONTACTS_PER_APPEND);
        const json = { fields: req.fields, values, ...(req.region ? { region: req.region } : {}) };
        const response = await call({
          method: 'POST',
          path: `/list/${encodeURIComponent(listId)}/contacts`,
          json,
          idempotent: false,
        });
        const result = readBody(ctx, response, appendResult);
        accepted += result.accepted_count;
        for (const r of result.rejected) rejected.push({ index: start + r.index, reason: r.reason });
        onProgress?.({ sent: start + values.length, total: req.values.length });
      }
      return { accepted_count: accepted, rejected };
    },

    listBrands: (): Promise<DcBrand[]> => get('/brand', z.array(brand)),
    listRecordings: (options: { apiAllowed?: boolean } = {}): Promise<DcMedia[]> =>
      get('/recording', z.array(media), { api_allowed: options.apiAllowed }),
    listMedia: (): Promise<DcMedia[]> => get('/media', z.array(media)),
    listPools: (): Promise<DcPool[]> => get('/pool', z.array(pool)),
  };
}

export type DropCowboyClient = ReturnType<typeof createDropCowboyClient>;
