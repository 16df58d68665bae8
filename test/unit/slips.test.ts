// The spelling rule's "one slip from a common word" (language/spelling/slips.ts) compares the word
// with the common words of its first letter instead of listing every single edit of it: the answer
// must be the one the list gives, for typos, names and words of every length.
import assert from 'node:assert/strict';
import { commonWordOneSlipFrom, oneSlipAway, oneSlipBetween } from '../../server/src/core/language/spelling/slips';
import { commonRank } from '../../server/src/core/language/spelling/suggest';
import { COMMON_WORDS } from '../../server/src/core/language/spelling/frequency';

const byList = (w: string) => oneSlipAway(w).some((l) => commonRank(l) !== undefined);

/** A small deterministic generator, so a failure names the same words on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('one slip from a common word', () => {
  const common = [...new Set(COMMON_WORDS.split(/\s+/).map((w) => w.toLowerCase()).filter(Boolean))];

  it('agrees with the list of single edits on common words, their typos and names', () => {
    const next = random(7);
    const words = new Set<string>(['whitfield', 'natarajan', 'okafor', 'thnaks', 'tuseday', 'febuary', 'intervew', "o'brien", 'recieve', 'greatful', 'adress', 'oportunity']);
    for (const w of common) {
      words.add(w);
      const edits = oneSlipAway(w);
      for (let k = 0; k < 4; k++) words.add(edits[Math.floor(next() * edits.length)]);
    }
    // and letter strings that are mostly no word at all
    for (let k = 0; k < 2000; k++) {
      const len = 2 + Math.floor(next() * 9);
      let w = '';
      for (let j = 0; j < len; j++) w += "abcdefghijklmnopqrstuvwxyz'"[Math.floor(next() * 27)];
      words.add(w);
    }
    let typos = 0;
    for (const w of words) {
      const expected = byList(w);
      if (expected) typos++;
      assert.equal(commonWordOneSlipFrom(w), expected, `"${w}"`);
    }
    // the set holds both answers in numbers, so the comparison means something
    assert.ok(typos > 1000 && words.size - typos > 1000, `${typos} of ${words.size}`);
  });

  it('names each kind of edit, at index 1 or later only', () => {
    const cases: [string, string, boolean][] = [
      ['thnaks', 'thanks', true], // swap
      ['thenks', 'thanks', true], // change
      ['thaks', 'thanks', true], // put in
      ['thankss', 'thanks', true], // left out
      ['hanks', 'thanks', false], // the first letter is kept
      ['xhanks', 'thanks', false],
      ['thanks', 'thanks', false], // the word itself is no slip
      ['th4nks', 'thanks', true],
      ['thanks', 'th4nks', false], // a change writes a letter, not a digit
      ['thnkas', 'thanks', false], // two edits
    ];
    for (const [w, c, expected] of cases) {
      assert.equal(oneSlipBetween(w, c), expected, `${w} -> ${c}`);
      assert.equal(oneSlipAway(w).includes(c), expected, `list: ${w} -> ${c}`);
    }
  });
});
