import type { SettingsSpec } from '../core/settings';

export interface DropCowboySettings {
  sendCredentials: 'body' | 'headers' | 'either';
  badCredentials: 'http-401' | 'accept-then-callback';
  foreignIdRequired: boolean;
  ttsBodyMaxLength: number;
  rejectOptInFalse: boolean;
  audioUrlAllowed: boolean;
  deleteListBody: 'empty' | 'json';
  errorBody: 'message-field' | 'text';
  callbackDelayMs: { min: number; max: number };
  callbackTimeoutMs: number;
  attemptsPerWindow: number;
  attemptWindowDays: number;
  successShare: number;
  contactRejectReasons: { invalidPhone: string; missingPhone: string; rowMismatch: string };
  byocEnabled: boolean;
}

export const dropCowboySettingsSpec: SettingsSpec<DropCowboySettings> = {
  sendCredentials: {
    default: 'body',
    unknown: 'Where /rvm and /sms read credentials: seeds say headers, the legacy note says body only.',
    why: 'The legacy note is the most specific source; the client sends both, so either default passes.',
  },
  badCredentials: {
    default: 'http-401',
    unknown:
      'How v1 answers wrong credentials (no status or body documented; v2 accepts sends and fails them by callback with 3007).',
    why: 'An immediate 401 is what v2 does on every non-send route and what an operator can act on.',
  },
  foreignIdRequired: {
    default: true,
    unknown: 'Whether foreign_id is required on /rvm (seeds 000/002 say yes, seed 001 and the SDK say no).',
    why: 'The strictest reading; Switchboard always sends one.',
  },
  ttsBodyMaxLength: {
    default: 1200,
    unknown: 'The v1 limit on tts_body.',
    why: 'v2 documents 1,200 characters (code 3021).',
  },
  rejectOptInFalse: {
    default: true,
    unknown: 'Whether /sms rejects opt_in: false.',
    why: 'The field exists to confirm consent; refusing without it is the safe reading.',
  },
  audioUrlAllowed: {
    default: true,
    unknown: 'How an account without "special approval" for audio_url is refused in v1 (v2: reason 3014 by callback).',
    why: 'The sandbox lets a new user try hosted audio; set false to see the refusal (HTTP 403).',
  },
  deleteListBody: {
    default: 'empty',
    unknown: 'DELETE /list/{id} answers with no content (docs) or {list_id} (the SDK integration test).',
    why: 'The docs; the client accepts both.',
  },
  errorBody: {
    default: 'message-field',
    unknown: 'The shape of v1 4xx/5xx bodies (undocumented).',
    why: '{"message": …, "field": …} as JSON; "text" sends plain text, which the official SDK also tolerates.',
  },
  callbackDelayMs: {
    default: { min: 1500, max: 8000 },
    unknown: 'Delivery timing: "most RVMs deliver within 5 minutes".',
    why: 'Seconds rather than minutes, so a sandbox user sees results arrive; tests set it lower.',
  },
  callbackTimeoutMs: {
    default: 10_000,
    unknown: 'v1 callback retry and timeout (v2: unsigned, tried once, 10 s, no retry).',
    why: 'The v2 behaviour: one try with a 10 s timeout.',
  },
  attemptsPerWindow: {
    default: 3,
    unknown: 'How v1 reports exceeding the contact frequency (v2: 4013 Too Many Attempts).',
    why: 'Documented default of 3 attempts in 3 days, failed by callback with "Too Many Attempts".',
  },
  attemptWindowDays: { default: 3, unknown: 'See attemptsPerWindow.', why: 'Documented TCPA default.' },
  contactRejectReasons: {
    default: {
      invalidPhone: 'Invalid phone number',
      missingPhone: 'Missing phone number',
      rowMismatch: 'Row does not match fields',
    },
    unknown: 'The reason strings of rejected rows when appending contacts.',
    why: 'Plain descriptions of the three ways a row can fail.',
  },
  byocEnabled: {
    default: true,
    unknown: 'The v1 shape of byoc (v2: {sti_orig_id, sti_attestation}) and how a non-wholesale account is refused.',
    why: 'Any JSON object is accepted and ignored; false refuses byoc with 400.',
  },
  successShare: {
    default: 0.82,
    unknown: 'The real mix of outcomes for numbers that are not test numbers.',
    why: 'Mostly delivered, with a spread of the documented failure reasons.',
  },
};
