// fold() has an ASCII fast path for speed; it must give exactly what the full normalisation gives.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold } from '../../../server/src/core/document/text';

function reference(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

describe('fold (fast path)', () => {
  it('matches the full normalisation on ASCII and on mixed text', () => {
    for (const s of ['Dana Whitfield', '  Northwind\tHealth \n', 'O\'Brien', '', 'ALL CAPS', 'Hélène “quoted” it’s', 'Björn\u00a0Ek', 'naïve café', 'A team — “the best” – it’s…', 'Ångström \u212b \u2126 \u2000gap 가', 'x\u2014y\u0301']) {
      assert.equal(fold(s), reference(s), JSON.stringify(s));
    }
  });

  it('matches the full normalisation on arbitrary strings', () => {
    // dashes, quotes and ellipses take the path without normalize(); the sign for ångström, the ohm
    // sign, the en quad and Hangul are changed by NFD although they are no marks
    const chars = fc.constantFrom('a', 'Z', ' ', '\t', '\n', "'", '’', '“', 'é', 'e\u0301', '\u00a0', 'ß', 'İ', '-', '1', '—', '–', '…', '\u212b', '\u2126', '\u2000', '가', '\u0316');
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(chars).map((a) => a.join(''))), (s) => fold(s) === reference(s)), { numRuns: 2000 });
  });
});
