/**
 * The fast path must give exactly the library's results: checked on a large generated corpus of
 * every country's numbers in many spellings, with mutations and junk (tests/helpers/phone-corpus.ts).
 * bench/import.ts checks again on every number of its million-row file.
 */
import { describe, expect, it } from 'vitest';
import { fastParse, FALLBACK } from '../../../../../src/main/core/contacts/phone/fast-parse';
import {
  libraryParse,
  normalizePhone,
  normalizePhoneWithLibrary,
} from '../../../../../src/main/core/contacts/phone/normalize-phone';
import { phoneCorpus } from '../../../../helpers/phone-corpus';

describe('fast path ≡ libphonenumber-js', () => {
  it('agrees on 150,000 inputs, reasons included', () => {
    const corpus = phoneCorpus(150_000, 20261122);
    let fast = 0;
    const mismatches: string[] = [];
    for (const [text, region] of corpus) {
      if (fastParse(text.trim(), region) !== FALLBACK) fast++;
      const a = JSON.stringify(normalizePhoneWithLibrary(text, region));
      const b = JSON.stringify(normalizePhone(text, region));
      if (a !== b && mismatches.length < 5) mismatches.push(`${JSON.stringify(text)} ${region}: library ${a}, fast ${b}`);
    }
    expect(mismatches).toEqual([]);
    // Most of the corpus really goes through the fast path.
    expect(fast / corpus.length).toBeGreaterThan(0.9);
  });

  it('agrees with parsePhoneNumberFromString itself on number, country, validity and type', () => {
    for (const [text, region] of phoneCorpus(30_000, 7)) {
      const fast = fastParse(text.trim(), region);
      if (fast === FALLBACK) continue;
      const lib = libraryParse(text.trim(), region);
      if ('unparsed' in lib) expect('unparsed' in fast, text).toBe(true);
      else {
        expect(fast, text).toMatchObject({ number: lib.number, country: lib.country, valid: lib.valid, type: lib.type });
      }
    }
  });
});

describe('simulator test numbers', () => {
  it('are recognised however they are written, and nothing that merely looks like one is', async () => {
    const { testNumber } = await import('../../../../../src/main/core/contacts/phone/test-numbers');
    for (const text of [
      '+15550010001',
      '+1 555 001 0001',
      '(555) 001-0001',
      '555.001.0001',
      '1-555-001-0001',
      ' 5550010001 '.trim(),
    ]) {
      expect(testNumber(text), text).toBe('+15550010001');
    }
    for (const text of [
      '+15550019999',
      '5550010001x',
      '+25550010001',
      '555001000',
      '+155500100011',
      '+1 555 001 0001 ext 2',
      '0015550010001',
    ]) {
      expect(testNumber(text), text).toBeNull();
    }
    expect(normalizePhone('(555) 001-0001', 'FR')).toEqual({
      ok: true,
      e164: '+15550010001',
      type: 'TEST_NUMBER',
      country: 'US',
    });
  });
});
