import type { SuppressionEntry } from '../../../../shared/contract/contacts';

export const kindLabels: Readonly<Record<SuppressionEntry['kind'], string>> = { opt_out: 'Opt-out', dnc: 'Do not call' };

export const channelLabels: Readonly<Record<SuppressionEntry['channel'], string>> = {
  all: 'Voice and SMS',
  voice: 'Voice',
  sms: 'SMS',
};

/** Today in the operator's own time zone, as the date input wants it. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
