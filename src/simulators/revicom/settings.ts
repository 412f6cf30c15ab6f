import type { SettingsSpec } from '../core/settings';

export interface RevicomSettings {
  connectionCheckPath: string;
  validationStatus: number;
  itemErrors: 'reject-request' | 'per-item';
  destinationPattern: string;
  defaultTtlSeconds: number;
  sentAfterMs: number;
  finalAfterMs: { min: number; max: number };
  stopAfterMs: number;
  callbackBatchMs: number;
  callbackTimeoutMs: number;
  sendPriceEvents: boolean;
  pricePerMessage: number;
  currency: string;
  successShare: number;
  failureErrorCode: number;
}

export const revicomSettingsSpec: SettingsSpec<RevicomSettings> = {
  connectionCheckPath: {
    default: '/connection-check',
    unknown: 'The "Connection check" page is listed but its content was not retrieved.',
    why: 'A GET that answers 200 {"status":"ok"} with valid credentials; the client tests connections with GET /balance instead.',
  },
  validationStatus: {
    default: 422,
    unknown: 'The HTTP status that carries error code 4220.',
    why: '4xxx codes follow their status (401→401x, 403→4030), so 4220 → 422.',
  },
  itemErrors: {
    default: 'reject-request',
    unknown: 'Per-item codes other than 201 in a partly failed send.',
    why: 'One invalid message refuses the request with 4220, as the examples show; "per-item" answers errors:true with code 400 items instead.',
  },
  destinationPattern: {
    default: '^[1-9]\\d{6,14}$',
    unknown: 'The destination format rule (shown only by example: digits, no +).',
    why: 'Digits with the country code, 7 to 15 of them; anything else is "Invalid msisdn".',
  },
  defaultTtlSeconds: {
    default: 90_000,
    unknown: 'The default lifetime when ttl is not sent ("25 h", above the documented 86,400 maximum).',
    why: 'The documented 25 h.',
  },
  sentAfterMs: { default: 800, unknown: 'How soon a VOICECODE is sent.', why: 'Under a second, as codes must be quick.' },
  finalAfterMs: {
    default: { min: 2000, max: 9000 },
    unknown: 'How soon the final status arrives.',
    why: 'A call takes seconds.',
  },
  stopAfterMs: {
    default: 1500,
    unknown: 'How long after a stop the status becomes unsent ("a few seconds").',
    why: 'A second and a half.',
  },
  callbackBatchMs: {
    default: 250,
    unknown: 'How events are grouped in one callback array.',
    why: 'Events for the same URL within 250 ms go in one array.',
  },
  callbackTimeoutMs: {
    default: 10_000,
    unknown: 'Callback retries, signature and expected answer.',
    why: 'One try, unsigned, any 2xx accepted.',
  },
  sendPriceEvents: {
    default: false,
    unknown: 'The payload of "price" and "click" callback events (truncated in the docs).',
    why: 'Not sent, rather than invented.',
  },
  pricePerMessage: {
    default: 0.05,
    unknown: 'The price of one VOICECODE.',
    why: 'A plausible figure; the balance goes down by it.',
  },
  currency: { default: 'USD', unknown: 'The account currency.', why: 'The balance example shows USD.' },
  successShare: { default: 0.85, unknown: 'The real outcome mix.', why: 'Mostly delivered.' },
  failureErrorCode: {
    default: 6969,
    unknown: 'The "Messages Error Codes" table (not retrieved).',
    why: 'The only code the docs show, in the callback example; sent with unsent messages.',
  },
};
