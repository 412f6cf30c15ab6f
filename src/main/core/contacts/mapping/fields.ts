/**
 * What a CSV column can be mapped to, and the header names that suggest each target. Matching is
 * on a folded header (lower case, accents and punctuation removed), so "E-mail", "EMAIL" and
 * "Courriel" all find email.
 */
import type { FieldTarget } from '../../../../shared/contract/contacts';

// The contract declares the targets once, for main and renderer alike.
export type { FieldTarget };

const synonyms: Readonly<Record<Exclude<FieldTarget, 'custom' | 'ignore'>, readonly string[]>> = {
  phone: [
    'phone',
    'phone number',
    'phonenumber',
    'telephone',
    'tel',
    'mobile',
    'mobile phone',
    'mobile number',
    'cell',
    'cell phone',
    'cellphone',
    'home phone',
    'work phone',
    'business phone',
    'primary phone',
    'other phone',
    'contact number',
    'number',
    'msisdn',
    'whatsapp',
    'telephone mobile',
    'portable',
    'telefon',
    'telefono',
    'телефон',
    'мобильный',
  ],
  first_name: ['first name', 'firstname', 'first', 'given name', 'fname', 'forename', 'prenom', 'vorname', 'nombre', 'имя'],
  last_name: [
    'last name',
    'lastname',
    'last',
    'surname',
    'family name',
    'lname',
    'nom',
    'nom de famille',
    'nachname',
    'apellido',
    'фамилия',
  ],
  full_name: ['name', 'full name', 'fullname', 'contact name', 'contact', 'customer name', 'client', 'фио'],
  email: ['email', 'e mail', 'email address', 'mail', 'courriel', 'correo', 'почта'],
  company: [
    'company',
    'company name',
    'organization',
    'organisation',
    'business',
    'account',
    'employer',
    'societe',
    'firma',
    'компания',
  ],
  address: ['address', 'street', 'street address', 'address 1', 'address1', 'address line 1', 'adresse', 'direccion', 'адрес'],
  city: ['city', 'town', 'ville', 'stadt', 'ciudad', 'город'],
  state: ['state', 'province', 'region', 'county', 'state province', 'etat', 'provincia'],
  postal_code: ['zip', 'zip code', 'zipcode', 'postal', 'postal code', 'postcode', 'post code', 'code postal', 'plz', 'индекс'],
  country: ['country', 'country code', 'nation', 'pays', 'land', 'pais', 'страна'],
  opt_out: ['opt out', 'opted out', 'optout', 'unsubscribed', 'unsubscribe', 'stop', 'do not contact'],
  dnc: ['dnc', 'do not call', 'donotcall', 'dnc flag'],
  consent: ['consent', 'opt in', 'opted in', 'optin', 'permission', 'tcpa consent'],
  consent_date: ['consent date', 'opt in date', 'optin date', 'consented at', 'consent timestamp'],
};

/** Lower case, accents off, punctuation and extra spaces folded to single spaces. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const lookup = new Map<string, FieldTarget>();
for (const [target, names] of Object.entries(synonyms))
  for (const name of names) lookup.set(foldHeader(name), target as FieldTarget);

/** The target a header suggests: exact synonym first, then "contains phone/mobile/email". */
export function suggestTarget(header: string): FieldTarget {
  const folded = foldHeader(header).replace(/ \d+$/, '');
  const exact = lookup.get(folded);
  if (exact) return exact;
  if (/\b(phone|mobile|cell|tel|telephone)\b/.test(folded)) return 'phone';
  if (/\be ?mail\b/.test(folded)) return 'email';
  if (/\bzip\b|\bpostal\b/.test(folded)) return 'postal_code';
  return folded === '' ? 'ignore' : 'custom';
}

/** Headers that are the same once folded share a signature, so a saved mapping applies again. */
export function headersSignature(headers: readonly string[]): string {
  return headers.map(foldHeader).join('|');
}
