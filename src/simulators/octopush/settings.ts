import type { SettingsSpec } from '../core/settings';

export interface OctopushSettings {
  voiceSmsEnabled: boolean;
  maxRecipients: number;
  invalidRecipients: 'drop' | 'reject';
  requestIdMaxLength: number;
  unitPrice: number;
  currencyUnit: string;
  callbackFormat: 'generic' | 'flat';
  deliveryDateTimeZone: string;
  callbackDelayMs: { min: number; max: number };
  callbackTimeoutMs: number;
  successShare: number;
}

export const octopushSettingsSpec: SettingsSpec<OctopushSettings> = {
  voiceSmsEnabled: {
    default: true,
    unknown:
      'The answer when VOICE SMS is not turned on in Additional services (only "403 Forbidden" is listed, without a body).',
    why: 'On, so the sandbox works; off answers 403 {code, message}.',
  },
  maxRecipients: {
    default: 1000,
    unknown: 'The recipient cap: the text says 500, the body schema says 1000.',
    why: 'The simulator accepts what the schema allows; the client enforces 500.',
  },
  invalidRecipients: {
    default: 'drop',
    unknown: 'What happens to recipients whose number cannot be read.',
    why: 'Octopush "ignores what it cannot fix": they are dropped and number_of_contacts counts the rest. "reject" answers 400.',
  },
  requestIdMaxLength: {
    default: 20,
    unknown: 'Which field the readme\u2019s "string length \u2264 20" belongs to (probably request_id).',
    why: 'Applied to request_id; longer ones are refused with 400.',
  },
  unitPrice: {
    default: 0.05,
    unknown: 'Per-recipient price of a voice SMS (the seed\u2019s example charges 0.05 for one contact).',
    why: 'The seed example.',
  },
  currencyUnit: {
    default: '\u20ac',
    unknown: 'The unit string of GET /wallet/check-balance.',
    why: 'Octopush bills in euros.',
  },
  callbackFormat: {
    default: 'generic',
    unknown: 'Which DLR payload voice SMS uses today: the generic one (nested meta_data) or the older flat one.',
    why: 'The current callbacks-statuses page shows the generic form; "flat" sends the older shape with string durations.',
  },
  deliveryDateTimeZone: {
    default: 'UTC',
    unknown: 'The time zone of delivery_date ("Y-m-d H:i:s", none stated).',
    why: 'UTC, so it is at least unambiguous in tests; set Europe/Paris to try the other reading.',
  },
  callbackDelayMs: {
    default: { min: 2000, max: 9000 },
    unknown: 'How soon DLRs arrive.',
    why: 'Seconds, so a sandbox user sees them.',
  },
  callbackTimeoutMs: {
    default: 5000,
    unknown: 'Callback retries, signature and timeout (the receiver "must answer in about 1 s").',
    why: 'One try, no signature, no retry.',
  },
  successShare: { default: 0.8, unknown: 'The real outcome mix.', why: 'Mostly delivered.' },
};
