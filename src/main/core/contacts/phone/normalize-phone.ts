/**
 * Phone numbers to E.164 with libphonenumber-js (max metadata), keeping the number type, and a
 * reason for every number that cannot be used. The fast path gives exactly the library's answers
 * for the common shapes (see fast-parse.ts); the reference function uses the library alone, and
 * the differential test holds the two to the same results.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/core';
import { FALLBACK, fastParse, type LengthVerdict, type ParsedPhone, type Unparsed } from './fast-parse';
import { maxMetadata } from './numbering-plans';
import { TEST_NUMBER_TYPE, testNumber } from './test-numbers';

export const phoneRejectReasons = [
  'empty',
  'not_a_number',
  'excel_scientific',
  'short_code',
  'too_short',
  'too_long',
  'invalid_for_country',
] as const;
export type PhoneRejectReason = (typeof phoneRejectReasons)[number];

export const rejectReasonText: Readonly<Record<PhoneRejectReason, string>> = {
  empty: 'No phone number',
  not_a_number: 'Not a phone number',
  excel_scientific: 'Mangled by Excel into scientific notation (digits are lost): re-export the column as text',
  short_code: 'A short code, not a phone number',
  too_short: 'Too short',
  too_long: 'Too long',
  invalid_for_country: 'Not a valid number for its country',
};

export type PhoneOutcome =
  | { readonly ok: true; readonly e164: string; readonly type: string; readonly country: string | null }
  | { readonly ok: false; readonly reason: PhoneRejectReason };

type Parser = (text: string, region: string) => ParsedPhone | Unparsed;

/** The library alone (parse, validity, type, and validatePhoneNumberLength): what the fast path must match. */
export const libraryParse: Parser = (text, region) => {
  const parsed = parsePhoneNumberFromString(text, region as CountryCode, maxMetadata);
  const valid = parsed?.isValid() ?? false;
  // The length verdict matters only for numbers that will be rejected.
  const length = valid
    ? undefined
    : (validatePhoneNumberLength(text, region as CountryCode, maxMetadata) as LengthVerdict | undefined);
  if (!parsed) return { unparsed: length ?? 'NOT_A_NUMBER' };
  return { number: parsed.number, country: parsed.country, valid, type: parsed.getType(), length };
};

export const fastOrLibraryParse: Parser = (text, region) => {
  const fast = fastParse(text, region);
  return fast === FALLBACK ? libraryParse(text, region) : fast;
};

// Excel shows long numbers as 1.20255E+10 and keeps only what is shown.
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+]?\d+$/;
const SHORT_CODE = /^[\d\s-]+$/;

function classify(text: string, region: string, parse: Parser): PhoneOutcome {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (SCIENTIFIC.test(trimmed)) return { ok: false, reason: 'excel_scientific' };
  let digits = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits === 0) return { ok: false, reason: 'not_a_number' };
  if (digits >= 3 && digits <= 6 && SHORT_CODE.test(trimmed)) return { ok: false, reason: 'short_code' };
  if (digits >= 10 && digits <= 11) {
    const test = testNumber(trimmed);
    if (test) return { ok: true, e164: test, type: TEST_NUMBER_TYPE, country: 'US' };
  }
  const parsed = parse(trimmed, region);
  if ('valid' in parsed && parsed.valid)
    return { ok: true, e164: parsed.number, type: parsed.type ?? 'UNKNOWN', country: parsed.country ?? null };
  switch ('unparsed' in parsed ? parsed.unparsed : parsed.length) {
    case 'TOO_SHORT':
      return { ok: false, reason: 'too_short' };
    case 'TOO_LONG':
      return { ok: false, reason: 'too_long' };
    case 'NOT_A_NUMBER':
      return { ok: false, reason: digits < 3 ? 'too_short' : 'not_a_number' };
    default:
      return { ok: false, reason: 'invalid_for_country' };
  }
}

/** The production normaliser. */
export function normalizePhone(text: string, region: string): PhoneOutcome {
  return classify(text, region, fastOrLibraryParse);
}

/** The same classification on the library alone (tests and the benchmark's baseline). */
export function normalizePhoneWithLibrary(text: string, region: string): PhoneOutcome {
  return classify(text, region, libraryParse);
}
