/**
 * Drop Cowboy v1 simulator: /rvm, /sms, contact lists, brands, recordings, media and pools, with
 * header credentials on every route and body credentials on the send routes, and delivery
 * callbacks shaped like v1's webhook.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { randomUUID } from 'node:crypto';
import { CallbackSender } from '../core/callbacks';
import type { FaultConfig } from '../core/faults';
import { between, createRng, hex } from '../core/rng';
import { applySettings, defaultsOf } from '../core/settings';
import { json, type Route, type SimRequest, type SimResponse } from '../core/sim-server';
import { startSim, type SimHandle } from '../sim-handle';
import { contactFields } from '../../main/core/providers/dropcowboy/requests';
import { drawOutcome, rvmTestNumbers, smsTestNumbers, TOO_MANY_ATTEMPTS, type DropOutcome } from './outcomes';
import { seedBrands, seedMedia, seedPools, seedRecordings } from './seed-data';
import { dropCowboySettingsSpec, type DropCowboySettings } from './settings';

export const DROPCOWBOY_SANDBOX = { teamId: 'sandbox-team', secret: 'sandbox-dropcowboy-secret' } as const;

const E164 = /^\+[1-9]\d{1,14}$/;
const CONTACT_FIELDS = new Set<string>(contactFields);

export interface Drop {
  readonly drop_id: string;
  readonly kind: 'rvm' | 'sms';
  readonly phone_number: string;
  readonly foreign_id: string | null;
  readonly tts: boolean;
  readonly acceptedAt: string;
  readonly outcome: DropOutcome;
  readonly callbackUrl: string | null;
  readonly statusFormat: string | null;
}

interface ContactList {
  list_id: string;
  list_name: string;
  created_at: number;
  contacts: Map<string, string[]>;
}

export interface DropCowboySimOptions {
  port?: number;
  seed?: number;
  credentials?: { teamId: string; secret: string };
  /** The account's default webhook (Drop Cowboy's API settings), used when a send has no callback_url. */
  webhookUrl?: string | null;
  faults?: Partial<FaultConfig>;
  settings?: Partial<DropCowboySettings>;
  adminHttp?: boolean;
}

export interface DropCowboySim extends SimHandle<DropCowboySettings> {
  readonly credentials: { teamId: string; secret: string };
  drops(): Drop[];
  lists(): Array<{ list_id: string; list_name: string; contact_count: number }>;
  setWebhookUrl(url: string | null): void;
}

export async function startDropCowboySim(options: DropCowboySimOptions = {}): Promise<DropCowboySim> {
  const rng = createRng(options.seed ?? 1);
  const credentials = options.credentials ?? { ...DROPCOWBOY_SANDBOX };
  let settings = applySettings(defaultsOf(dropCowboySettingsSpec), options.settings ?? {});
  let webhookUrl = options.webhookUrl ?? null;
  let drops: Drop[] = [];
  let lists = new Map<string, ContactList>();
  let attempts = new Map<string, number[]>();
  const callbacks = new CallbackSender({
    rng,
    faults: (): FaultConfig => base.server.faults(),
    timeoutMs: settings.callbackTimeoutMs,
  });

  const error = (status: number, message: string, field?: string): SimResponse =>
    settings.errorBody === 'text' ? { status, text: message } : json(status, field ? { message, field } : { message });
  const unauthorized = () => error(401, 'Invalid team_id or secret.');

  const headerAuth = (req: SimRequest) =>
    req.headers['x-team-id'] === credentials.teamId && req.headers['x-secret'] === credentials.secret;
  const bodyAuth = (body: Record<string, unknown>) =>
    body['team_id'] === credentials.teamId && body['secret'] === credentials.secret;
  const sendAuth = (req: SimRequest, body: Record<string, unknown>) =>
    settings.sendCredentials === 'body'
      ? bodyAuth(body)
      : settings.sendCredentials === 'headers'
        ? headerAuth(req)
        : bodyAuth(body) || headerAuth(req);

  const bodyObject = (req: SimRequest): Record<string, unknown> | null =>
    req.json !== null && typeof req.json === 'object' && !Array.isArray(req.json) ? (req.json as Record<string, unknown>) : null;

  const str = (body: Record<string, unknown>, key: string): string | undefined =>
    typeof body[key] === 'string' ? (body[key] as string) : undefined;

  /** Callback payload as v1 sends it (SMS webhooks page; RVM fields are believed the same). */
  const payload = (drop: Drop) => {
    const success = drop.outcome.status === 'success';
    const base = drop.kind === 'rvm' ? 0.035 : 0.0079;
    return {
      drop_id: drop.drop_id,
      phone_number: drop.phone_number,
      attempt_date: new Date().toISOString(),
      status: drop.outcome.status,
      reason: drop.outcome.reason,
      dnc: drop.outcome.dnc ?? false,
      spam: drop.outcome.spam ?? false,
      product_cost: success ? base : 0,
      compliance_fee: success ? 0.005 : 0,
      tts_fee: success && drop.tts ? 0.01 : 0,
      network: { name: 'Simulated Wireless', type: 'wireless' },
      foreign_id: drop.foreign_id ?? '',
      ...(drop.statusFormat ? { status_code: drop.outcome.code } : {}),
    };
  };

  function accept(kind: 'rvm' | 'sms', body: Record<string, unknown>, tts: boolean, outcomeOverride?: DropOutcome): SimResponse {
    const phone = str(body, 'phone_number')!;
    const now = Date.now();
    const windowMs = settings.attemptWindowDays * 86_400_000;
    const recent = (attempts.get(phone) ?? []).filter((t) => now - t < windowMs);
    recent.push(now);
    attempts.set(phone, recent);
    const outcome =
      outcomeOverride ??
      (recent.length > settings.attemptsPerWindow ? TOO_MANY_ATTEMPTS : drawOutcome(kind, phone, rng, settings.successShare));
    const drop: Drop = {
      drop_id: hex(rng, 24),
      kind,
      phone_number: phone,
      foreign_id: str(body, 'foreign_id') ?? null,
      tts,
      acceptedAt: new Date(now).toISOString(),
      outcome,
      callbackUrl: str(body, 'callback_url') ?? webhookUrl,
      statusFormat: str(body, 'status_format') ?? null,
    };
    drops.push(drop);
    if (drop.callbackUrl)
      callbacks.schedule(
        drop.callbackUrl,
        payload(drop),
        between(rng, settings.callbackDelayMs.min, settings.callbackDelayMs.max),
      );
    return json(200, { status: 'queued' });
  }

  /** With "accept-then-callback", a send with wrong credentials is queued and fails by callback. */
  const badSend = (kind: 'rvm' | 'sms', body: Record<string, unknown>) =>
    settings.badCredentials === 'accept-then-callback' && typeof body['phone_number'] === 'string'
      ? accept(kind, body, false, { status: 'failure', reason: 'Invalid credentials', code: 3007 })
      : unauthorized();

  const sendRvm = (req: SimRequest): SimResponse => {
    const body = bodyObject(req);
    if (!body) return error(400, 'The body must be a JSON object.');
    if (!sendAuth(req, body)) return badSend('rvm', body);
    const phone = str(body, 'phone_number');
    if (!phone || !E164.test(phone)) return error(400, 'phone_number must be in E.164 format.', 'phone_number');
    const brandId = str(body, 'brand_id');
    if (!brandId) return error(400, 'brand_id is required.', 'brand_id');
    const brand = seedBrands.find((b) => b.brand_id === brandId);
    if (!brand) return error(400, 'brand_id was not found in your Trust Center.', 'brand_id');
    if (!brand.registered || !brand.api_allowed) return error(400, 'This brand is not registered for API sending.', 'brand_id');
    const foreignId = str(body, 'foreign_id');
    if (settings.foreignIdRequired && !foreignId) return error(400, 'foreign_id is required.', 'foreign_id');
    if (foreignId && foreignId.length > 256) return error(400, 'foreign_id must be at most 256 characters.', 'foreign_id');
    const recordingId = str(body, 'recording_id');
    const audioUrl = str(body, 'audio_url');
    const voiceId = str(body, 'voice_id');
    const tts = str(body, 'tts_body');
    const sources = [recordingId, audioUrl, voiceId ?? tts].filter(Boolean).length;
    if (sources === 0) return error(400, 'Provide recording_id, audio_url or voice_id with tts_body.', 'recording_id');
    if (sources > 1) return error(400, 'Provide only one of recording_id, audio_url or voice_id with tts_body.', 'recording_id');
    if (voiceId && !tts) return error(400, 'tts_body is required with voice_id.', 'tts_body');
    if (tts && !voiceId) return error(400, 'voice_id is required with tts_body.', 'voice_id');
    if (tts && tts.length > settings.ttsBodyMaxLength)
      return error(400, `tts_body is limited to ${settings.ttsBodyMaxLength} characters.`, 'tts_body');
    if (recordingId) {
      const recording = seedRecordings.find((r) => r.media_id === recordingId);
      if (!recording) return error(400, 'recording_id was not found.', 'recording_id');
      if (!recording.api_allowed) return error(400, 'This recording is not approved for API use.', 'recording_id');
    }
    if (audioUrl) {
      if (!settings.audioUrlAllowed) return error(403, 'audio_url requires approval from Drop Cowboy support.', 'audio_url');
      const type = str(body, 'audio_type');
      if (type !== 'mp3' && type !== 'wav') return error(400, 'audio_type must be mp3 or wav.', 'audio_type');
    }
    const poolId = str(body, 'pool_id');
    if (poolId && !seedPools.some((p) => p.pool_id === poolId)) return error(400, 'pool_id was not found.', 'pool_id');
    const forwarding = str(body, 'forwarding_number');
    if (forwarding && !E164.test(forwarding))
      return error(400, 'forwarding_number must be in E.164 format.', 'forwarding_number');
    const byoc = body['byoc'];
    if (byoc !== undefined && (!settings.byocEnabled || byoc === null || typeof byoc !== 'object')) {
      return error(400, 'byoc is available to wholesale accounts only.', 'byoc');
    }
    const privacy = body['privacy'];
    if (privacy !== undefined && privacy !== 'off' && privacy !== 'full')
      return error(400, 'privacy must be off or full.', 'privacy');
    return accept('rvm', body, Boolean(voiceId));
  };

  const sendSms = (req: SimRequest): SimResponse => {
    const body = bodyObject(req);
    if (!body) return error(400, 'The body must be a JSON object.');
    if (!sendAuth(req, body)) return badSend('sms', body);
    for (const field of ['phone_number', 'caller_id'] as const) {
      const value = str(body, field);
      if (!value || !E164.test(value)) return error(400, `${field} must be in E.164 format.`, field);
    }
    const poolId = str(body, 'pool_id');
    const pool = seedPools.find((p) => p.pool_id === poolId);
    if (!pool) return error(400, 'pool_id is required: a private pool registered for SMS.', 'pool_id');
    if (pool.service_type !== 'sms') return error(400, 'This pool is not registered for SMS.', 'pool_id');
    const text = str(body, 'sms_body');
    if (!text) return error(400, 'sms_body is required.', 'sms_body');
    if (text.length > 160) return error(400, 'sms_body is limited to 160 characters.', 'sms_body');
    if (typeof body['opt_in'] !== 'boolean') return error(400, 'opt_in is required.', 'opt_in');
    if (body['opt_in'] !== true && settings.rejectOptInFalse)
      return error(400, 'SMS may only be sent with opt_in: true.', 'opt_in');
    const foreignId = str(body, 'foreign_id');
    if (foreignId && foreignId.length > 256) return error(400, 'foreign_id must be at most 256 characters.', 'foreign_id');
    return accept('sms', body, false);
  };

  const withHeaderAuth =
    (handler: (req: SimRequest) => SimResponse): ((req: SimRequest) => SimResponse) =>
    (req) =>
      headerAuth(req) ? handler(req) : unauthorized();

  const listOf = (req: SimRequest) => lists.get(req.params['id'] ?? '');
  const notFound = () => error(404, 'List not found.');

  const isTestNumber = (phone: string) => phone in rvmTestNumbers || phone in smsTestNumbers;

  const appendContacts = (req: SimRequest): SimResponse => {
    const list = listOf(req);
    if (!list) return notFound();
    const body = bodyObject(req);
    const fields = body?.['fields'];
    const values = body?.['values'];
    if (!Array.isArray(fields) || fields.length === 0) return error(400, 'fields is required.', 'fields');
    const unknown = fields.find((f) => typeof f !== 'string' || !CONTACT_FIELDS.has(f));
    if (unknown !== undefined) return error(400, `Unknown field ${String(unknown)}.`, 'fields');
    if (!Array.isArray(values)) return error(400, 'values is required.', 'values');
    if (values.length > 10_000) return error(400, 'Up to 10,000 contacts per request.', 'values');
    const region = (str(body!, 'region') ?? 'US') as CountryCode;
    const phoneColumns = fields.flatMap((f, i) => (f === 'phone' ? [i] : []));
    let accepted = 0;
    const rejected: Array<{ index: number; reason: string }> = [];
    values.forEach((row: unknown, index) => {
      if (!Array.isArray(row) || row.length !== fields.length)
        return rejected.push({ index, reason: settings.contactRejectReasons.rowMismatch });
      const phones = phoneColumns.map((i) => String(row[i] ?? '').trim()).filter(Boolean);
      if (phones.length === 0) return rejected.push({ index, reason: settings.contactRejectReasons.missingPhone });
      const normalised = phones.map((p) => {
        if (E164.test(p) && isTestNumber(p)) return p;
        const parsed = parsePhoneNumberFromString(p, region);
        return parsed?.isValid() ? parsed.number : null;
      });
      const first = normalised.find((p) => p !== null);
      if (!first) return rejected.push({ index, reason: settings.contactRejectReasons.invalidPhone });
      list.contacts.set(first, row.map(String));
      accepted++;
    });
    return json(200, { accepted_count: accepted, rejected });
  };

  const routes: Route[] = [
    { method: 'POST', pattern: '/rvm', handler: sendRvm },
    { method: 'POST', pattern: '/sms', handler: sendSms },
    {
      method: 'POST',
      pattern: '/list',
      handler: withHeaderAuth((req) => {
        const name = str(bodyObject(req) ?? {}, 'list_name')?.trim();
        if (!name) return error(400, 'list_name is required.', 'list_name');
        const list: ContactList = { list_id: randomUUID(), list_name: name, created_at: Date.now(), contacts: new Map() };
        lists.set(list.list_id, list);
        return json(200, { list_id: list.list_id, list_name: list.list_name, created_at: list.created_at });
      }),
    },
    {
      method: 'GET',
      pattern: '/list/:id',
      handler: withHeaderAuth((req) => {
        const list = listOf(req);
        if (!list) return notFound();
        return json(200, {
          list_id: list.list_id,
          list_name: list.list_name,
          created_at: list.created_at,
          contact_count: list.contacts.size,
        });
      }),
    },
    {
      method: 'POST',
      pattern: '/list/:id',
      handler: withHeaderAuth((req) => {
        const list = listOf(req);
        if (!list) return notFound();
        const name = str(bodyObject(req) ?? {}, 'list_name')?.trim();
        if (!name) return error(400, 'list_name is required.', 'list_name');
        list.list_name = name;
        return { status: 200, text: '' };
      }),
    },
    {
      method: 'DELETE',
      pattern: '/list/:id',
      handler: withHeaderAuth((req) => {
        const list = listOf(req);
        if (!list) return notFound();
        lists.delete(list.list_id);
        return settings.deleteListBody === 'json' ? json(200, { list_id: list.list_id }) : { status: 200, text: '' };
      }),
    },
    { method: 'POST', pattern: '/list/:id/contacts', handler: withHeaderAuth(appendContacts) },
    { method: 'GET', pattern: '/brand', handler: withHeaderAuth(() => json(200, seedBrands)) },
    {
      method: 'GET',
      pattern: '/recording',
      handler: withHeaderAuth((req) => {
        const filter = req.query.get('api_allowed');
        const items = filter === null ? seedRecordings : seedRecordings.filter((r) => String(r.api_allowed) === filter);
        return json(200, items);
      }),
    },
    { method: 'GET', pattern: '/media', handler: withHeaderAuth(() => json(200, seedMedia)) },
    { method: 'GET', pattern: '/pool', handler: withHeaderAuth(() => json(200, seedPools)) },
  ];

  const reset = () => {
    drops = [];
    lists = new Map();
    attempts = new Map();
    callbacks.clear();
  };
  const state = () => ({
    credentials: { teamId: credentials.teamId },
    webhookUrl,
    drops,
    lists: [...lists.values()].map((l) => ({ list_id: l.list_id, list_name: l.list_name, contact_count: l.contacts.size })),
  });

  const base: SimHandle<DropCowboySettings> = await startSim({
    name: 'dropcowboy',
    server: { basePath: '/v1', routes, rng, faults: options.faults, port: options.port, adminHttp: options.adminHttp },
    settings: { get: () => settings, set: (next) => (settings = next) },
    callbacks,
    state,
    reset,
  });

  return {
    ...base,
    credentials,
    drops: () => [...drops],
    lists: () => state().lists,
    setWebhookUrl: (url) => {
      webhookUrl = url;
    },
  };
}
