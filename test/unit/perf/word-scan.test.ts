// tokenize() scans words and reads the gap between two words in place for speed; its tokens must be
// the regular expression's matches, and `joined` what the gap expressions say (white space, emphasis
// marks and one hyphen or slash; an abbreviation's period).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../../server/src/core/document/tokens';
import { MAX_WORD_LENGTH, wordsIn } from '../../../server/src/core/document/body/sentences';
import { stripPossessive } from '../../../server/src/core/language/spelling/word-lists';

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

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const referenceWords = (text: string) => [...text.matchAll(WORD_RE)].map((m) => [m[0], m.index]);

describe('tokenize: the words', () => {
  const pieces = fc.constantFrom('a', 'Zoë', 'naïve', 'e\u0301', '٣', '²', 'ß', 'İ', 'ǅ', '𝐀', '😀', 'x', '9', "'", '’', "don't", "'s", ' ', '-', '.', '\u00a0', '—', 'ﬁ', '\u0301', '\ud800');
  it('are the regular expression\'s matches, at the same offsets', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''))), (s) => {
      assert.deepEqual(tokenize(s, 7).map((t) => [t.text, t.start - 7]), referenceWords(s));
      assert.deepEqual(tokenize(s, 7).map((t) => t.end - t.start), referenceWords(s).map(([w]) => (w as string).length));
    }), { numRuns: 4000 });
  });
});

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

// wordsIn() (the body's words: spelling, counts, facts) as it was written with its RegExp
const BODY_WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;
function referenceWordsIn(text: string, base: number) {
  const words: { text: string; lower: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(BODY_WORD_RE)) {
    const w = m[0];
    if (w.length > MAX_WORD_LENGTH && !w.includes('.')) continue;
    if (w.includes('.') && !/^(?:\p{L}\.)+\p{L}$/u.test(w)) {
      let at = m.index;
      for (const part of w.split('.')) {
        if (part && part.length <= MAX_WORD_LENGTH) words.push({ text: part, lower: part.toLowerCase(), start: base + at, end: base + at + part.length });
        at += part.length + 1;
      }
      continue;
    }
    words.push({ text: w, lower: w.toLowerCase(), start: base + m.index, end: base + m.index + w.length });
  }
  return words;
}

describe('wordsIn: the body words', () => {
  const pieces = fc.constantFrom('a', 'Zoë', 'e\u0301', '\u0301', '٣', 'ß', 'İ', '𝐀', '😀', 'U', 'S', "'", '’', '-', '.', ' ', 'e.g', 'end.Next', 'x'.repeat(70), '\u00a0', '—', '1', '\ud800');
  it('are what the regular expression made of them', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''))), (s) => {
      assert.deepEqual(wordsIn(s, 3), referenceWordsIn(s, 3));
    }), { numRuns: 4000 });
  });
});

describe("stripPossessive: a possessive's ending", () => {
  const reference = (w: string) => (/'s$/i.test(w) && w.length > 2 ? w.slice(0, -2) : /s'$/i.test(w) ? w.slice(0, -1) : undefined);
  it('is what the regular expressions took off', () => {
    for (const w of ["team's", "TEAM'S", "teams'", "'s", "s'", "S'", "'", 's', '', "it's'", "x's", "James'"]) assert.equal(stripPossessive(w), reference(w), w);
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 's', 'S', "'", '’', 'é'), { maxLength: 6 }).map((a) => a.join('')), (w) => stripPossessive(w) === reference(w)), { numRuns: 3000 });
  });
});
