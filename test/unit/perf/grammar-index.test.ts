// The grammar checker tries a rule only where it can match: rules are indexed by the words and tags
// their first token can be, a rule is tried at a token only while every word or tag it needs is
// still ahead in the sentence, and only when the next token can be its second element. That pruning
// must change nothing: every sentence of the grammar set, in both dialects, gets exactly the
// findings of the exhaustive run (every rule at every token).
import assert from 'node:assert/strict';
import { getGrammarChecker, tagTokens, tokenizeForGrammar } from '../../../server/src/core/language/grammar';
import { compilePattern } from '../../../server/src/core/language/grammar/pattern';
import { nextNeedIndex } from '../../../server/src/core/language/grammar/first';
import { StartIndex } from '../../../server/src/core/language/grammar/starts';
import { correctCases, errorCases } from '../../helpers/grammar-set';

describe('grammar checker: indexing and sentence filter', function () {
  this.timeout(120_000);

  it('finds exactly what the exhaustive run finds, on every sentence of the grammar set', () => {
    const checker = getGrammarChecker();
    const sentences = [...errorCases().map((c) => c.text), ...correctCases().map((c) => c.text)];
    let findings = 0;
    for (const text of sentences) {
      const toks = tagTokens(tokenizeForGrammar(text));
      const source = (s: number, e: number) => text.slice(s, e);
      for (const dialect of ['en-US', 'en-GB', undefined] as const) {
        const fast = checker.check(toks, dialect, source);
        assert.deepEqual(fast, checker.check(toks, dialect, source, true), `${dialect}: ${text}`);
        findings += fast.length;
      }
    }
    assert.ok(findings > 500, `the set exercises the rules (${findings} findings)`);
  });

  it('bounds the first token and the needed words of a pattern, through optional elements and groups', () => {
    const classes = new Map([['subj', new Set(['i', 'we'])]]);
    const p = compilePattern('< ( a|an | @DET )? @ADJ* more|less > then $subj', classes);
    assert.deepEqual([...p.first!.words].sort(), ['a', 'an', 'less', 'more']);
    assert.equal(p.first!.tags.size, 2); // DET and ADJ
    assert.deepEqual(p.needs.map((n) => [...n.words].sort()), [['less', 'more'], ['then'], ['i', 'we']]);
    // an element that can be any word bounds nothing
    assert.equal(compilePattern('_ then', classes).first, undefined);
    assert.equal(compilePattern('( _ | a ) then', classes).first, undefined);
  });

  it('names the need of the token after the first only when the first element takes exactly one token', () => {
    const classes = new Map([['subj', new Set(['i', 'we'])]]);
    const next = (src: string) => {
      const p = compilePattern(src, classes);
      const k = nextNeedIndex(p.nodes, p.needs);
      return k < 0 ? undefined : [...p.needs[k].words].sort();
    };
    assert.deepEqual(next('more then $subj'), ['then']);
    assert.deepEqual(next('^ < more > -so $subj'), ['i', 'we']); // marks, anchors and "-x" take no token
    assert.deepEqual(next('@ADJ $subj'), ['i', 'we']);
    assert.equal(next('more? then'), undefined); // the first may take none
    assert.equal(next('more+ then'), undefined); // or several
    assert.equal(next('more then? $subj'), undefined); // the second may take none
    assert.equal(next('more ( then | so )'), undefined); // a group
    assert.equal(next('more _'), undefined); // any word: no need
    assert.equal(next('more ~ing'), undefined); // an ending is no need
    assert.equal(next('more'), undefined);
  });

  it('lists each rule under every word, tag and ending its first token can be, once in each list, in order', () => {
    const set = (words: string[], tags: number[] = [], endings: string[] = []) => ({ words: new Set(words), tags: new Set(tags), endings: new Set(endings) });
    const index = StartIndex.of([
      { order: 0, first: set(['more', 'less'], [3]) },
      { order: 1, first: undefined }, // any token
      { order: 2, first: set([], [], ['ing', 'ring']) }, // two endings, one key
      { order: 3, first: set(['more'], [], ['s']) }, // an ending too short to index
      { order: 4, first: set(['more'], [3]) },
    ]);
    assert.deepEqual([...index.byWord.get('more')!], [0, 4]);
    assert.deepEqual([...index.byTag.get(3)!], [0, 4]);
    assert.deepEqual([...index.byEndingOf('bring')!], [2]);
    assert.equal(index.byEndingOf('ng'), undefined); // a word no longer than the key has no ending to look up
    assert.deepEqual([...index.any], [1, 3]);
    const again = StartIndex.restore(JSON.parse(JSON.stringify(index.store())));
    assert.deepEqual(again.store(), index.store());
  });
});
