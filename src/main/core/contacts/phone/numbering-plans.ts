/**
 * libphonenumber-js's "max" metadata, read once per country through the library's own Metadata
 * class and kept with compiled regular expressions. The library compiles a RegExp from a string
 * on every test (about half its parsing time); reading the same strings once and compiling them
 * once is what makes the fast path fast. Nothing here interprets the metadata differently.
 */
import { Metadata, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';

export const maxMetadata = metadataJson as unknown as MetadataJson;

export const NON_FIXED_LINE_TYPES = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;
type TypeName = 'FIXED_LINE' | (typeof NON_FIXED_LINE_TYPES)[number];

export interface TypeRule {
  /** Anchored: ^(?:pattern)$ */
  readonly pattern: RegExp;
  /** The empty pattern means "this type exists but matches nothing". */
  readonly empty: boolean;
  readonly possibleLengths: readonly number[] | undefined;
}

export interface NumberingPlan {
  readonly country: string;
  readonly callingCode: string;
  readonly nationalNumberPattern: RegExp;
  readonly possibleLengths: readonly number[] | undefined;
  /** Unanchored, as the library uses it with search() and match(). */
  readonly iddPrefix: RegExp;
  /** ^(?:nationalPrefixForParsing), or undefined. */
  readonly nationalPrefixForParsing: RegExp | undefined;
  readonly nationalPrefixTransformRule: string | undefined;
  readonly nationalPrefix: string | undefined;
  readonly leadingDigits: RegExp | undefined;
  readonly hasTypes: boolean;
  readonly types: ReadonlyMap<TypeName, TypeRule>;
}

const anchored = (pattern: string) => new RegExp('^(?:' + pattern + ')$');

/** The accessors of the library's NumberingPlan that its type declarations leave out. */
interface LibraryNumberingPlan {
  callingCode(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  IDDPrefix(): string | undefined;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

function readPlan(metadata: Metadata, country: string): NumberingPlan {
  const plan = metadata.numberingPlan as unknown as LibraryNumberingPlan;
  const types = new Map<TypeName, TypeRule>();
  const hasTypes = plan.hasTypes();
  if (hasTypes) {
    for (const name of ['FIXED_LINE', ...NON_FIXED_LINE_TYPES] as TypeName[]) {
      const type = plan.type(name);
      if (type) {
        const pattern = type.pattern();
        types.set(name, { pattern: anchored(pattern), empty: pattern === '', possibleLengths: type.possibleLengths() });
      }
    }
  }
  const npfp = plan.nationalPrefixForParsing();
  const leading = plan.leadingDigits();
  return {
    country,
    callingCode: plan.callingCode(),
    nationalNumberPattern: anchored(plan.nationalNumberPattern()),
    possibleLengths: plan.possibleLengths(),
    // new RegExp(undefined) matches the empty string, exactly as the library's does.
    iddPrefix: new RegExp(plan.IDDPrefix() as string),
    nationalPrefixForParsing: npfp ? new RegExp('^(?:' + npfp + ')') : undefined,
    nationalPrefixTransformRule: plan.nationalPrefixTransformRule(),
    nationalPrefix: plan.nationalPrefix(),
    leadingDigits: leading ? new RegExp(leading) : undefined,
    hasTypes,
    types,
  };
}

const byCountry = new Map<string, NumberingPlan>();
const byCallingCode = new Map<string, NumberingPlan>();
const json = maxMetadata as unknown as {
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
};

export function planForCountry(country: string): NumberingPlan {
  let plan = byCountry.get(country);
  if (!plan) {
    const metadata = new Metadata(maxMetadata);
    metadata.selectNumberingPlan(country as CountryCode);
    plan = readPlan(metadata, country);
    byCountry.set(country, plan);
  }
  return plan;
}

/** The plan the library selects for a calling code: that of its main country. */
export function planForCallingCode(callingCode: string): NumberingPlan {
  let plan = byCallingCode.get(callingCode);
  if (!plan) {
    plan = planForCountry(json.country_calling_codes[callingCode]![0]!);
    byCallingCode.set(callingCode, plan);
  }
  return plan;
}

export function countriesForCallingCode(callingCode: string): readonly string[] | undefined {
  return json.country_calling_codes[callingCode];
}

export function isNonGeographicCallingCode(callingCode: string): boolean {
  return json.nonGeographic?.[callingCode] !== undefined;
}

export function isKnownCountry(country: string): boolean {
  return json.countries[country] !== undefined;
}
