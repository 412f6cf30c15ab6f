/**
 * The providers' documented test numbers (+1 555 …), which the simulators answer with fixed
 * outcomes. libphonenumber rightly finds them invalid (555 is not an area code); Switchboard accepts
 * them as type TEST_NUMBER so a list made of them can be sent in the sandbox from end to end.
 */
import { rvmTestNumbers, smsTestNumbers } from '../../../../simulators/dropcowboy/outcomes';
import { revicomTestNumbers } from '../../../../simulators/revicom/outcomes';

const numbers = new Set<string>([
  ...Object.keys(rvmTestNumbers),
  ...Object.keys(smsTestNumbers),
  ...Object.keys(revicomTestNumbers).map((d) => `+${d}`),
]);

export const TEST_NUMBER_TYPE = 'TEST_NUMBER';

/** The first four digits of each test number's E.164 form (1555 today). */
const leads = new Set([...numbers].map((n) => Number(n.slice(1, 5))));

/** The E.164 form of `text` when it is a test number written in a usual way; null otherwise. */
export function testNumber(text: string): string | null {
  // Every number of an import passes here, so first a cheap look at the digits alone: what the
  // E.164 form would start with. Nothing that fails this could pass the full check below.
  let count = 0;
  let lead = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) continue;
    if (count < 4) lead = lead * 10 + c;
    count++;
  }
  if (count !== 10 && count !== 11) return null;
  if (!leads.has(count === 10 ? 1000 + Math.floor(lead / 10) : lead)) return null;
  if (!/^[+\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  const e164 = `+${digits.length === 10 ? `1${digits}` : digits}`;
  return numbers.has(e164) ? e164 : null;
}
