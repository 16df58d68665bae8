// Memoised helpers on the hot path must answer exactly as the uncached computation does.
import assert from 'node:assert/strict';
import { syllables } from '../../../server/src/core/language/syllables';
import { weekdayName } from '../../../server/src/core/document/frontmatter/dates';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNote } from '../../../server/src/core/lint/check';
import { lint } from '../../../server/src/core/lint/engine';
import { dropCaches } from '../../../server/src/core/document/caches';
import { sentenceTokens } from '../../../server/src/core/document/tokens';
import { taggedTokens } from '../../../server/src/core/language/grammar';
import { factsOf } from '../../../server/src/core/document/facts';
import { parseNote } from '../../../server/src/core/document/parse';
import { hashTriple } from '../../../server/src/core/workspace/fingerprint';

describe('syllables (memoised)', () => {
  it('gives the same count on repeated calls, also after the cache has been cycled', () => {
    const words = ['experience', 'timely', 'Kubernetes', 'HR', 'streaming', 'the', "people's", '2026', 'idea'];
    const first = words.map(syllables);
    assert.deepEqual(first.slice(0, 2), [4, 2]);
    for (let i = 0; i < 25_000; i++) syllables(`word${i}x`);
    assert.deepEqual(words.map(syllables), first);
    assert.deepEqual(words.map(syllables), first);
  });
});

describe('weekdayName (one shared formatter)', () => {
  it('says what toLocaleDateString says, for every day of two weeks and around midnight', () => {
    for (let day = 0; day < 14; day++) {
      for (const hour of [0, 12, 23]) {
        const d = new Date(2026, 10, 20 + day, hour, 59);
        assert.equal(weekdayName(d), d.toLocaleDateString('en-US', { weekday: 'long' }));
      }
    }
  });
});

describe('per-note caches (document/caches)', () => {
  it('dropCaches forgets what the rules derived from a parse, which is then computed again the same', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'bench', 'texts', 'typical.thanks'), 'utf8');
    const { doc, diagnostics } = checkNote(text, { now: new Date(2026, 10, 25, 9) });
    const s = doc.body.sentences[0];
    const tokens = sentenceTokens(s);
    const tagged = taggedTokens(s);
    const facts = factsOf(doc);
    assert.equal(sentenceTokens(s), tokens, 'cached while kept');
    dropCaches(doc);
    assert.notEqual(sentenceTokens(s), tokens);
    assert.notEqual(taggedTokens(s), tagged);
    assert.notEqual(factsOf(doc), facts);
    // the same words (the phrase lists' vocabulary ids are a lookup memo, filled on first match)
    const words = (list: typeof tokens) => list.map(({ text, norm, start, end, joined }) => ({ text, norm, start, end, joined }));
    assert.deepEqual(words(sentenceTokens(s)), words(tokens));
    assert.deepEqual(taggedTokens(s), tagged);
    // the same findings from the same parse after the caches are gone
    dropCaches(doc);
    assert.deepEqual(lint(doc, { now: new Date(2026, 10, 25, 9) }).map((d) => [d.ruleId, d.start, d.end, d.message]), diagnostics.map((d) => [d.ruleId, d.start, d.end, d.message]));
  });
});

describe('checkNote with the host\'s parse (the CLI parses each note once)', () => {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'bench', 'texts', 'typical.thanks'), 'utf8');
  const now = new Date(2026, 10, 25, 9);
  it('uses the parse it is given for the same text, with the same findings as parsing anew', () => {
    const parsed = parseNote(text);
    const reused = checkNote(text, { now, parsed });
    assert.equal(reused.doc, parsed);
    assert.deepEqual(reused.diagnostics, checkNote(text, { now }).diagnostics);
  });
  it('parses again when the parse is of another text (a --fix changed the note)', () => {
    const stale = parseNote(text.replace('Thank you again', 'Thanks again'));
    const result = checkNote(text, { now, parsed: stale });
    assert.notEqual(result.doc, stale);
    assert.equal(result.doc.text, text);
  });
});

describe('sentence fingerprints hash word triples without joining them', () => {
  const fnv = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  it('gives the FNV-1a hash of the three words joined by spaces', () => {
    const words = ['', 'a', 'team', 'na\u00efve', 'd\u2019arcy', '\u00b7name', 'x'.repeat(70), '\ud83d\ude00', 'on-call'];
    for (const a of words) for (const b of words) for (const c of words) assert.equal(hashTriple(a, b, c), fnv(`${a} ${b} ${c}`), JSON.stringify([a, b, c]));
  });
});
