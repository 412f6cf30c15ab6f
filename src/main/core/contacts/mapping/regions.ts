/**
 * A row's country column to the ISO region libphonenumber needs: "US", "usa", "United States",
 * "France", "Deutschland" → US, US, US, FR, DE. Names come from Intl.DisplayNames in a few
 * languages, so no hand-kept list is needed.
 */
import { getCountries } from 'libphonenumber-js/core';
import { maxMetadata } from '../phone/numbering-plans';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let table: Map<string, string> | null = null;

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  const codes = getCountries(maxMetadata);
  for (const language of ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'nl']) {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of codes) {
      const name = names.of(code);
      if (name && name !== code) map.set(fold(name), code);
    }
  }
  for (const code of codes) map.set(code.toLowerCase(), code);
  // Common short forms that DisplayNames does not give.
  const extra: Record<string, string> = {
    usa: 'US',
    'u s a': 'US',
    'u s': 'US',
    america: 'US',
    uk: 'GB',
    'great britain': 'GB',
    england: 'GB',
    scotland: 'GB',
    wales: 'GB',
    russia: 'RU',
    'south korea': 'KR',
    holland: 'NL',
  };
  for (const [name, code] of Object.entries(extra)) map.set(name, code);
  return map;
}

/** The ISO region for a country cell, or null when it names no known country. */
export function regionFromCountry(value: string): string | null {
  const key = fold(value);
  if (!key) return null;
  table ??= buildTable();
  return table.get(key) ?? null;
}

export function isRegion(code: string): boolean {
  return getCountries(maxMetadata).includes(code as never);
}
