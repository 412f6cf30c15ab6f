/**
 * Octopush simulator (/v1/public): voice-SMS campaigns, balance and credits. Lenient like the
 * real API: it casts types, strips bad characters and ignores what it cannot fix, but answers
 * 400 with nested code 442 for an unsupported voice_language, exactly as documented.
 * Nested codes other than 442 are the simulator's own (Octopush documents no others).
 */
import { CallbackSender } from '../core/callbacks';
import type { FaultConfig } from '../core/faults';
import { between, createRng, hex } from '../core/rng';
import { applySettings, defaultsOf } from '../core/settings';
import { json, type Route, type SimRequest, type SimResponse } from '../core/sim-server';
import { startSim, type SimHandle } from '../sim-handle';
import { voiceLanguages } from '../../main/core/providers/octopush/requests';
import { drawVoiceOutcome, type VoiceOutcome } from './outcomes';
import { octopushSettingsSpec, type OctopushSettings } from './settings';

export const OCTOPUSH_SANDBOX = { apiLogin: 'sandbox@switchboard.test', apiKey: 'sandbox-octopush-key' } as const;

/** Nested error codes: 442 is documented; the rest are the simulator's own. */
export const nestedCodes = {
  text: 441,
  voice_language: 442,
  recipients: 443,
  request_id: 447,
  credit: 460,
} as const;

export interface Campaign {
  readonly ticket_number: string;
  readonly request_id: string | null;
  readonly text: string;
  readonly recipients: string[];
  readonly total_cost: number;
  readonly simulation: boolean;
  readonly acceptedAt: string;
  readonly response: Record<string, unknown>;
  readonly outcomes: Array<{ number: string; outcome: VoiceOutcome }>;
}

export interface OctopushSimOptions {
  port?: number;
  seed?: number;
  credentials?: { apiLogin: string; apiKey: string };
  /** The account-level callback URL (set in Octopush's web interface, not per request). */
  callbackUrl?: string | null;
  balance?: number;
  faults?: Partial<FaultConfig>;
  settings?: Partial<OctopushSettings>;
  adminHttp?: boolean;
}

export interface OctopushSim extends SimHandle<OctopushSettings> {
  readonly credentials: { apiLogin: string; apiKey: string };
  campaigns(): Campaign[];
  balance(): number;
  setCallbackUrl(url: string | null): void;
}

const truthy = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 'true';

function formatDate(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

export async function startOctopushSim(options: OctopushSimOptions = {}): Promise<OctopushSim> {
  const rng = createRng(options.seed ?? 2);
  const credentials = options.credentials ?? { ...OCTOPUSH_SANDBOX };
  let settings = applySettings(defaultsOf(octopushSettingsSpec), options.settings ?? {});
  const startingBalance = options.balance ?? 150;
  let balance = startingBalance;
  let callbackUrl = options.callbackUrl ?? null;
  let campaigns: Campaign[] = [];
  const byRequestId = new Map<string, { at: number; campaign: Campaign }>();
  const callbacks = new CallbackSender({
    rng,
    faults: (): FaultConfig => base.server.faults(),
    timeoutMs: settings.callbackTimeoutMs,
  });

  const validationError = (field: keyof typeof nestedCodes, message: string): SimResponse =>
    json(400, { code: 400, message: 'Payload validation error.', errors: { [field]: { code: nestedCodes[field], message } } });

  const authenticate = (req: SimRequest): SimResponse | null => {
    if (req.headers['api-key'] !== credentials.apiKey || req.headers['api-login'] !== credentials.apiLogin) {
      return json(401, { code: 401, message: 'Unauthorized: check your api-login and api-key.' });
    }
    return null;
  };

  const dlr = (campaign: Campaign, number: string, outcome: VoiceOutcome, pressedKeys: boolean) => {
    const delivered = outcome.status === 'DELIVERED';
    const callDuration = delivered ? between(rng, 18, 45) : 0;
    const charged = delivered ? Math.ceil(callDuration / 30) * 30 : 0;
    const deliveryDate = formatDate(new Date(), settings.deliveryDateTimeZone);
    if (settings.callbackFormat === 'flat') {
      return {
        message_id: campaign.ticket_number,
        number,
        status: outcome.status,
        delivery_date: deliveryDate,
        call_duration: String(callDuration),
        charged_duration: String(charged),
      };
    }
    return {
      channel: 'voice_sms',
      message_id: campaign.ticket_number,
      list_name: '',
      number,
      status: outcome.status,
      unit_price: settings.unitPrice,
      delivery_date: deliveryDate,
      meta_data: {
        ...(pressedKeys && delivered ? { pressed_keys_code: outcome.optOut ? '9' : String(between(rng, 1, 9)) } : {}),
        call_duration: callDuration,
        charged_duration: charged,
      },
    };
  };

  const send = (req: SimRequest): SimResponse => {
    const denied = authenticate(req);
    if (denied) return denied;
    if (!settings.voiceSmsEnabled) {
      return json(403, { code: 403, message: 'Forbidden: turn on VOICE SMS in Additional services to use this API.' });
    }
    const body = (req.json !== null && typeof req.json === 'object' ? req.json : {}) as Record<string, unknown>;

    const text = body['text'] === undefined || body['text'] === null ? '' : String(body['text']);
    if (text.length === 0) return validationError('text', 'Text is required.');
    if (text.length > 1224) return validationError('text', 'Text must be at most 1224 characters.');

    const language = body['voice_language'] === undefined ? 'fr-FR' : String(body['voice_language']);
    if (!(voiceLanguages as readonly string[]).includes(language))
      return validationError('voice_language', 'Voice language not supported.');

    if (!Array.isArray(body['recipients']) || body['recipients'].length === 0) {
      return validationError('recipients', 'At least one recipient is required.');
    }
    if (body['recipients'].length > settings.maxRecipients) {
      return validationError('recipients', `At most ${settings.maxRecipients} recipients per request.`);
    }
    const numbers: string[] = [];
    for (const entry of body['recipients'] as unknown[]) {
      const raw = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)['phone_number'] : undefined;
      // "Format it": cast, strip spaces and dots, add the missing +.
      const cleaned = raw === undefined || raw === null ? '' : String(raw).replace(/[\s.()-]/g, '');
      const number = /^\d{8,15}$/.test(cleaned) ? `+${cleaned}` : cleaned;
      if (/^\+[1-9]\d{7,14}$/.test(number)) numbers.push(number);
      else if (settings.invalidRecipients === 'reject')
        return validationError('recipients', `Invalid phone number: ${String(raw)}`);
    }
    if (numbers.length === 0) return validationError('recipients', 'No valid recipient.');

    const requestId = body['request_id'] === undefined ? null : String(body['request_id']);
    if (requestId !== null && requestId.length > settings.requestIdMaxLength) {
      return validationError('request_id', `request_id must be at most ${settings.requestIdMaxLength} characters.`);
    }
    if (requestId !== null) {
      const seen = byRequestId.get(requestId);
      // Deduplicated for 24 h: the same answer, and no second charge or send.
      if (seen && Date.now() - seen.at < 86_400_000) return json(200, seen.campaign.response);
    }

    const simulation = truthy(body['simulation_mode']);
    const totalCost = Math.round(numbers.length * settings.unitPrice * 100) / 100;
    if (!simulation && totalCost > balance) {
      return validationError('credit', `Not enough credit: ${totalCost} needed, ${balance.toFixed(2)} left.`);
    }
    if (!simulation) balance = Math.round((balance - totalCost) * 100) / 100;
    const ticket = `voice_${simulation ? 'simulation' : hex(rng, 13)}`;
    const response = {
      ticket_number: ticket,
      number_of_contacts: numbers.length,
      total_cost: totalCost,
      estimated_duration: 30 * Math.ceil(numbers.length / 100),
      residual_credit: balance,
    };
    const campaign: Campaign = {
      ticket_number: ticket,
      request_id: requestId,
      text,
      recipients: numbers,
      total_cost: totalCost,
      simulation,
      acceptedAt: new Date().toISOString(),
      response,
      outcomes: numbers.map((number) => ({ number, outcome: drawVoiceOutcome(number, rng, settings.successShare) })),
    };
    campaigns.push(campaign);
    if (requestId !== null) byRequestId.set(requestId, { at: Date.now(), campaign });

    if (!simulation && callbackUrl) {
      const sendAt = typeof body['send_at'] === 'string' ? Date.parse(body['send_at']) : NaN;
      const wait = Number.isNaN(sendAt) ? 0 : Math.max(0, sendAt - Date.now());
      const pressed = truthy(body['get_back_pressed_keys']);
      for (const { number, outcome } of campaign.outcomes) {
        const delay = wait + between(rng, settings.callbackDelayMs.min, settings.callbackDelayMs.max);
        callbacks.schedule(callbackUrl, dlr(campaign, number, outcome, pressed), delay);
        if (outcome.optOut) {
          const stop = {
            message_id: ticket,
            number,
            text: 'STOP',
            stop_date: formatDate(new Date(Date.now() + delay), settings.deliveryDateTimeZone),
          };
          callbacks.schedule(callbackUrl, stop, delay + 200);
        }
      }
    }
    return json(200, response);
  };

  const routes: Route[] = [
    { method: 'POST', pattern: '/voice-campaign/send', handler: send },
    {
      method: 'GET',
      pattern: '/wallet/check-balance',
      handler: (req) =>
        authenticate(req) ??
        json(200, {
          amount: balance,
          unit: settings.currencyUnit,
          ...(truthy(req.query.get('with_details'))
            ? { wallet_packs: [{ wallet_pack_id: 'sandbox-pack-1', credit: balance, expiration_date: '2027-12-31' }] }
            : {}),
        }),
    },
    {
      method: 'GET',
      pattern: '/wallet/check-credits',
      handler: (req) => {
        const denied = authenticate(req);
        if (denied) return denied;
        const codes = [...req.query.getAll('country_codes[]'), ...req.query.getAll('country_codes')];
        const units = Math.floor(balance / settings.unitPrice);
        return json(
          200,
          Object.fromEntries(
            codes.map((code) => [
              code,
              { premium_sms: Math.floor(units * 0.7), vocal_sms: units, low_cost_sms: Math.floor(units * 1.2), hlr: units * 5 },
            ]),
          ),
        );
      },
    },
  ];

  const reset = () => {
    campaigns = [];
    byRequestId.clear();
    balance = startingBalance;
    callbacks.clear();
  };
  const state = () => ({ balance, callbackUrl, campaigns });

  const base: SimHandle<OctopushSettings> = await startSim({
    name: 'octopush',
    server: {
      basePath: '/v1/public',
      routes,
      rng,
      faults: options.faults,
      port: options.port,
      adminHttp: options.adminHttp,
      faultBody: (status) => ({ code: status, message: status === 429 ? 'Too many requests.' : 'Service unavailable.' }),
    },
    settings: { get: () => settings, set: (next) => (settings = next) },
    callbacks,
    state,
    reset,
  });

  return {
    ...base,
    credentials,
    campaigns: () => [...campaigns],
    balance: () => balance,
    setCallbackUrl: (url) => {
      callbackUrl = url;
    },
  };
}
