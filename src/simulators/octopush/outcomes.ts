/**
 * Voice-SMS delivery outcomes. Test numbers always give one status; others draw from a mix of the
 * documented statuses (the union of the Voice-SMS and generic acknowledgement pages).
 */
import { weighted, type Rng } from '../core/rng';

export type OctopushStatus = 'DELIVERED' | 'NOT_DELIVERED' | 'NOT_DELIVERABLE' | 'BUSY' | 'REFUSED' | 'BLACKLISTED_NUMBER';

export interface VoiceOutcome {
  readonly status: OctopushStatus;
  /** The recipient pressed the opt-out key: an opt-out callback follows. */
  readonly optOut?: boolean;
}

export const octopushTestNumbers: Readonly<Record<string, VoiceOutcome>> = {
  '+33600000001': { status: 'DELIVERED' },
  '+33600000002': { status: 'NOT_DELIVERED' },
  '+33600000003': { status: 'BUSY' },
  '+33600000004': { status: 'REFUSED' },
  '+33600000005': { status: 'NOT_DELIVERABLE' },
  '+33600000006': { status: 'BLACKLISTED_NUMBER' },
  '+33600000007': { status: 'DELIVERED', optOut: true },
};

export function drawVoiceOutcome(phone: string, rng: Rng, successShare: number): VoiceOutcome {
  const fixed = octopushTestNumbers[phone];
  if (fixed) return fixed;
  if (rng() < successShare) return { status: 'DELIVERED' };
  return {
    status: weighted<OctopushStatus>(rng, [
      [45, 'NOT_DELIVERED'],
      [25, 'BUSY'],
      [15, 'NOT_DELIVERABLE'],
      [10, 'REFUSED'],
      [5, 'BLACKLISTED_NUMBER'],
    ]),
  };
}
