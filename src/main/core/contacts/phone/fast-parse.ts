/**
 * A fast path for parsePhoneNumberFromString(text, defaultCountry) + isValid() + getType() from
 * libphonenumber-js (max metadata), for the inputs spreadsheets are made of: digits with spaces,
 * dashes, dots or brackets, and an optional leading +. It follows the library's own steps
 * (IDD prefix, calling code, national prefix, country among those sharing a calling code,
 * validity, type) on the same metadata, with each regular expression compiled once instead of on
 * every call. Anything else, and calling codes without a country, returns FALLBACK and goes to the
 * library itself. tests/unit/main/core/contacts/phone-differential.spec.ts checks that the two agree
 * on a large corpus; bench/import.ts checks it again on a million rows.
 */
import {
  countriesForCallingCode,
  isNonGeographicCallingCode,
  NON_FIXED_LINE_TYPES,
  planForCallingCode,
  planForCountry,
  type NumberingPlan,
} from './numbering-plans';

export const FALLBACK = Symbol('fallback');

export interface ParsedPhone {
  /** E.164, as PhoneNumber.number. */
  readonly number: string;
  readonly country: string | undefined;
  readonly valid: boolean;
  readonly type: string | undefined;
  /** What validatePhoneNumberLength says of the same text: undefined when the length is possible. */
  readonly length: LengthVerdict | undefined;
}

/** validatePhoneNumberLength's answers. */
export type LengthVerdict = 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' | 'NOT_A_NUMBER' | 'INVALID_COUNTRY';

/** The text is no phone number by the library's parse rules; the verdict says why. */
export interface Unparsed {
  readonly unparsed: LengthVerdict;
}

const MIN_LENGTH_FOR_NSN = 2;
const MAX_LENGTH_FOR_NSN = 17;
const MAX_LENGTH_COUNTRY_CODE = 3;
/** Digits, the punctuation spreadsheets use, and an optional leading plus. */
const ELIGIBLE = /^[ \t]*(\+?)[0-9 ().-]*$/;
/** A number followed by "ext. 12", "ext 12" or "x12": the library sets the extension aside and parses the rest. */
const EXTENSION = /^([ \t]*\+?[0-9 ().-]*[0-9][ \t().-]*?)[ \t,]*(?:ext\.?|x)[ \t:.-]*[0-9]{1,6}$/i;

function possibleLengthCheck(
  nationalNumber: string,
  lengths: readonly number[] | undefined,
): 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' {
  if (!lengths) return 'IS_POSSIBLE';
  const length = nationalNumber.length;
  const minimum = lengths[0]!;
  if (minimum === length) return 'IS_POSSIBLE';
  if (minimum > length) return 'TOO_SHORT';
  if (lengths[lengths.length - 1]! < length) return 'TOO_LONG';
  return lengths.indexOf(length, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

function typeMatches(nationalNumber: string, plan: NumberingPlan, name: Parameters<NumberingPlan['types']['get']>[0]): boolean {
  const rule = plan.types.get(name);
  if (!rule || rule.empty) return false;
  if (rule.possibleLengths && rule.possibleLengths.indexOf(nationalNumber.length) < 0) return false;
  return rule.pattern.test(nationalNumber);
}

// One number is typed two or three times while it is parsed (country detection, validity, type);
// the last answer is kept.
let memoPlan: NumberingPlan | null = null;
let memoNumber = '';
let memoType: string | undefined;

/** The library's getNumberType for a national number in a plan. */
function numberType(nationalNumber: string, plan: NumberingPlan): string | undefined {
  if (plan === memoPlan && nationalNumber === memoNumber) return memoType;
  memoType = computeNumberType(nationalNumber, plan);
  memoPlan = plan;
  memoNumber = nationalNumber;
  return memoType;
}

function computeNumberType(nationalNumber: string, plan: NumberingPlan): string | undefined {
  if (!plan.nationalNumberPattern.test(nationalNumber)) return undefined;
  if (typeMatches(nationalNumber, plan, 'FIXED_LINE')) {
    const mobile = plan.types.get('MOBILE');
    if (!mobile || mobile.empty) return 'FIXED_LINE_OR_MOBILE';
    if (typeMatches(nationalNumber, plan, 'MOBILE')) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  for (const name of NON_FIXED_LINE_TYPES) if (typeMatches(nationalNumber, plan, name)) return name;
  return undefined;
}

function countryByNationalNumber(nationalNumber: string, countries: readonly string[]): string | undefined {
  for (const country of countries) {
    const plan = planForCountry(country);
    if (plan.leadingDigits) {
      if (nationalNumber && nationalNumber.search(plan.leadingDigits) === 0) return country;
    } else if (plan.hasTypes && numberType(nationalNumber, plan)) {
      return country;
    }
  }
  return undefined;
}

function countryByCallingCode(callingCode: string, nationalNumber: string): string | undefined {
  const countries = countriesForCallingCode(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  return countryByNationalNumber(nationalNumber, countries);
}

/** extractNationalNumberFromPossiblyIncompleteNumber: the national prefix (and carrier code) off. */
function stripNationalPrefix(number: string, plan: NumberingPlan): string {
  if (!number || !plan.nationalPrefixForParsing) return number;
  const match = plan.nationalPrefixForParsing.exec(number);
  if (!match) return number;
  const groups = match.length - 1;
  const hasGroups = groups > 0 && match[groups];
  if (plan.nationalPrefixTransformRule && hasGroups)
    return number.replace(plan.nationalPrefixForParsing, plan.nationalPrefixTransformRule);
  return number.slice(match[0].length);
}

/** extractNationalNumber (with no country given), in the plan currently selected. */
function extractNationalNumber(number: string, plan: NumberingPlan): string {
  const nationalNumber = stripNationalPrefix(number, plan);
  if (nationalNumber !== number) {
    if (plan.nationalNumberPattern.test(number) && !plan.nationalNumberPattern.test(nationalNumber)) return number;
    if (plan.possibleLengths) {
      const country = countryByCallingCode(plan.callingCode, nationalNumber);
      const lengths = country ? planForCountry(country).possibleLengths : plan.possibleLengths;
      const check = possibleLengthCheck(nationalNumber, lengths);
      if (check === 'TOO_SHORT' || check === 'INVALID_LENGTH') return number;
    }
  }
  return nationalNumber;
}

type CallingCodeResult = { callingCode?: string; number?: string } | typeof FALLBACK;

function extractCallingCode(input: string, defaultCountry: string): CallingCodeResult {
  let number = input;
  if (number[0] !== '+') {
    const plan = planForCountry(defaultCountry);
    let withoutIdd: string | undefined;
    if (number.search(plan.iddPrefix) === 0) {
      const rest = number.slice(number.match(plan.iddPrefix)![0].length);
      withoutIdd = rest[0] === '0' ? undefined : rest;
    }
    if (withoutIdd && withoutIdd !== number) {
      number = '+' + withoutIdd;
    } else {
      // A national number that starts with the default country's calling code.
      const callingCode = plan.callingCode;
      if (number.indexOf(callingCode) === 0) {
        const shorter = number.slice(callingCode.length);
        const shorterNational = extractNationalNumber(shorter, plan);
        const national = extractNationalNumber(number, plan);
        if (
          (!plan.nationalNumberPattern.test(national) && plan.nationalNumberPattern.test(shorterNational)) ||
          possibleLengthCheck(national, plan.possibleLengths) === 'TOO_LONG'
        ) {
          return { callingCode, number: shorter };
        }
      }
      return { number };
    }
  }
  if (number[1] === '0') return {};
  for (let i = 2; i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length; i++) {
    const callingCode = number.slice(1, i);
    if (countriesForCallingCode(callingCode)) return { callingCode, number: number.slice(i) };
    if (isNonGeographicCallingCode(callingCode)) return FALLBACK;
  }
  return {};
}

/**
 * The library's answer for `text` with `defaultCountry`: the parsed number, or why
 * parsePhoneNumberFromString gives undefined; FALLBACK where this path does not apply.
 */
export function fastParse(text: string, defaultCountry: string): ParsedPhone | Unparsed | typeof FALLBACK {
  if (text.length > 250) return FALLBACK;
  let eligible = ELIGIBLE.exec(text);
  if (!eligible) {
    const extension = EXTENSION.exec(text);
    if (!extension) return FALLBACK;
    text = extension[1]!;
    eligible = ELIGIBLE.exec(text);
    if (!eligible) return FALLBACK;
  }
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += text[i];
  }
  // Short inputs take the library's viability rules, which are not worth copying.
  if (digits.length < 3) return FALLBACK;

  const extracted = extractCallingCode(eligible[1] + digits, defaultCountry);
  if (extracted === FALLBACK) return FALLBACK;
  let { callingCode } = extracted;
  const { number } = extracted;
  let country: string | undefined;
  let plan: NumberingPlan;
  if (callingCode) {
    plan = planForCallingCode(callingCode);
  } else if (number) {
    country = defaultCountry;
    plan = planForCountry(defaultCountry);
    callingCode = plan.callingCode;
  } else {
    return { unparsed: 'INVALID_COUNTRY' };
  }
  if (!number) return { unparsed: 'TOO_SHORT' };

  const nationalNumber = extractNationalNumber(number, plan);
  const exact = countryByCallingCode(callingCode, nationalNumber);
  if (exact) country = exact;
  if (!nationalNumber || nationalNumber.length < MIN_LENGTH_FOR_NSN) return { unparsed: 'TOO_SHORT' };
  if (nationalNumber.length > MAX_LENGTH_FOR_NSN) return { unparsed: 'TOO_LONG' };

  const selected = country ? planForCountry(country) : planForCallingCode(callingCode);
  const type = selected.hasTypes ? numberType(nationalNumber, selected) : undefined;
  const valid = selected.hasTypes ? type !== undefined : selected.nationalNumberPattern.test(nationalNumber);
  const verdict = possibleLengthCheck(nationalNumber, selected.possibleLengths);
  return {
    number: '+' + callingCode + nationalNumber,
    country,
    valid,
    type,
    length: verdict === 'IS_POSSIBLE' ? undefined : verdict,
  };
}
