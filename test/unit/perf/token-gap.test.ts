// tokenize() reads the gap between two words in place for speed; `joined` must be what the regular
// expressions say (white space, emphasis marks and one hyphen or slash; an abbreviation's period).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../../server/src/core/document/tokens';

const SOFT_GAP_RE = /^[\s*_]*(?:[-/][\s*_]*)?$/;
const ABBREVIATION = /^\p{Lu}\p{L}{0,3}$/u;

function referenceJoined(text: string): boolean[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)];
  return tokens.map((m, i) => {
    if (i === 0) return false;
    const prev = tokens[i - 1];
    const gap = text.slice(prev.index + prev[0].length, m.index);
    return gap.length <= 12 && (SOFT_GAP_RE.test(gap) || (gap[0] === '.' && ABBREVIATION.test(prev[0]) && SOFT_GAP_RE.test(gap.slice(1))));
  });
}

describe('tokenize: the gap between two words', () => {
  it('joins as the regular expressions do, on chosen cases', () => {
    for (const s of ['hard-working team', 'hard - working', 'and/or', 'a -/ b', 'Mr. Manager', 'Mr.  Manager', 'MR. X', 'end. Next', 'a, b', 'a *b* c', 'a\u00a0b', 'a\u2009-\u2009b', 'x__/__y', 'one--two', 'a\tb\nc', 'Mr.\u00a0Manager', 'Dr.\u2009Okafor']) {
      assert.deepEqual(tokenize(s).map((t) => t.joined), referenceJoined(s), JSON.stringify(s));
    }
  });

  it('joins as the regular expressions do, on arbitrary strings', () => {
    const chars = fc.constantFrom('a', 'Mr', 'ABC', 'word', ' ', '  ', '\t', '\n', '-', '/', '.', ',', '*', '_', '\u00a0', '\u2009', '—', '’', 'é', '1');
    fc.assert(fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), (s) => {
      assert.deepEqual(tokenize(s).map((t) => t.joined), referenceJoined(s));
    }), { numRuns: 3000 });
  });
});
