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

/** The E.164 form of `text` when it is a test number written in a usual way; null otherwise. */
export function testNumber(text: string): string | null {
  if (!/^[+\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  const e164 = `+${digits.length === 10 ? `1${digits}` : digits}`;
  return numbers.has(e164) ? e164 : null;
}
