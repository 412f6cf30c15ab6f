/**
 * What happens to a Drop Cowboy drop. Fixed test numbers always give the same outcome (taken from
 * Drop Cowboy's v2 "simulated numbers", plus +15550010003 for a full voicemail box); other
 * numbers draw from a realistic mix. Reason texts are the v2 names, which v1 is believed to share.
 */
import { weighted, type Rng } from '../core/rng';

export interface DropOutcome {
  readonly status: 'success' | 'failure';
  readonly reason: string;
  /** The v2 reason code, sent as status_code when status_format is set. */
  readonly code: number;
  readonly dnc?: boolean;
  readonly spam?: boolean;
}

const ok: DropOutcome = { status: 'success', reason: '', code: 0 };
const fail = (code: number, reason: string, extra: Partial<DropOutcome> = {}): DropOutcome => ({
  status: 'failure',
  reason,
  code,
  ...extra,
});

export const TOO_MANY_ATTEMPTS = fail(4013, 'Too Many Attempts');

export const rvmTestNumbers: Readonly<Record<string, DropOutcome>> = {
  '+15550010001': ok,
  '+15550010002': fail(4000, 'VoiceMail Not Detected'),
  '+15550010003': fail(4002, 'VoiceMail Full'),
  '+15550010004': fail(4005, 'No Answer'),
  '+15550010005': fail(4006, 'User Busy'),
  '+15550010006': fail(4004, 'Number not reachable'),
  '+15550010090': fail(4016, 'Internal DNC', { dnc: true }),
  '+15550010091': fail(4017, 'Known Litigator'),
  '+15550010092': fail(4019, 'RND Reassigned'),
  '+15550010093': fail(4021, 'RND Error'),
  '+15550010094': fail(6000, 'Carrier Denied Use Case'),
  '+15550010095': fail(6002, 'Pool Suspended'),
  '+15550010097': TOO_MANY_ATTEMPTS,
  '+15550010098': fail(6005, 'Opt-in Revoked'),
  '+15550010099': fail(6011, 'Opt-in Missing'),
};

export const smsTestNumbers: Readonly<Record<string, DropOutcome>> = {
  '+15550020001': ok,
  '+15550020003': fail(4004, 'Number not reachable'),
  // The two texts documented on v1's SMS webhook page.
  '+15550020004': fail(4008, 'Invalid message'),
  '+15550020005': fail(4008, 'Spam detected', { spam: true }),
  '+15550020006': fail(6000, 'Invalid caller ID or not SMS enabled'),
  '+15550020090': fail(4016, 'Internal DNC', { dnc: true }),
  '+15550020091': fail(4017, 'Known Litigator'),
  '+15550020092': fail(6000, 'Carrier Denied Use Case'),
  '+15550020093': fail(6003, 'Pool Not Ready'),
  '+15550020095': TOO_MANY_ATTEMPTS,
  '+15550020096': fail(6006, 'Opt-in Pending'),
  '+15550020097': fail(6004, 'Opt-in Flagged'),
  '+15550020098': fail(6011, 'Opt-in Missing'),
  '+15550020099': fail(6001, 'Carrier Suspension'),
};

const rvmFailures: ReadonlyArray<readonly [number, DropOutcome]> = [
  [30, fail(4000, 'VoiceMail Not Detected')],
  [20, fail(4002, 'VoiceMail Full')],
  [15, fail(4004, 'Number not reachable')],
  [10, fail(4001, 'No voicemail set up')],
  [10, fail(4019, 'RND Reassigned')],
  [8, fail(4016, 'Internal DNC', { dnc: true })],
  [7, fail(6000, 'Carrier Denied Use Case')],
];
const smsFailures: ReadonlyArray<readonly [number, DropOutcome]> = [
  [40, fail(4004, 'Number not reachable')],
  [25, fail(6000, 'Carrier Denied Use Case')],
  [20, fail(4008, 'Spam detected', { spam: true })],
  [15, fail(4016, 'Internal DNC', { dnc: true })],
];

export function drawOutcome(kind: 'rvm' | 'sms', phone: string, rng: Rng, successShare: number): DropOutcome {
  const fixed = (kind === 'rvm' ? rvmTestNumbers : smsTestNumbers)[phone];
  if (fixed) return fixed;
  if (rng() < successShare) return ok;
  return weighted(rng, kind === 'rvm' ? rvmFailures : smsFailures);
}
