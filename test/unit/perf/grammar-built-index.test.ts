// The grammar checker built from the build's index (language/grammar/built-index.ts) compiles a rule's
// patterns only when a sentence could match it; that must change nothing: on every sentence of the
// grammar set, in both dialects, it finds exactly what the checker that compiled every rule finds.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGrammarChecker, GRAMMAR_FILES, GrammarChecker, grammarDataKey, tagTokens, tokenizeForGrammar } from '../../../server/src/core/language/grammar';
import { INDEX_FILE, type GrammarIndex } from '../../../server/src/core/language/grammar/built-index';
import CLASSES from '../../../server/src/core/lexicon/grammar/classes.json';
import { correctCases, errorCases } from '../../helpers/grammar-set';

const built = join(__dirname, '../../../server/out/dict', INDEX_FILE);

describe('grammar checker from the build\'s index', function () {
  this.timeout(120_000);

  it('finds exactly what the fully compiled checker finds, on every sentence of the grammar set', () => {
    const eager = compileGrammarChecker();
    // through JSON, as the build writes it and the server reads it
    const index = JSON.parse(JSON.stringify(eager.index(grammarDataKey()))) as GrammarIndex;
    const lazy = new GrammarChecker(GRAMMAR_FILES, CLASSES.classes, CLASSES.macros, index);
    assert.equal(lazy.size, eager.size);
    let findings = 0;
    for (const text of [...errorCases().map((c) => c.text), ...correctCases().map((c) => c.text)]) {
      const toks = tagTokens(tokenizeForGrammar(text));
      const source = (s: number, e: number) => text.slice(s, e);
      for (const dialect of ['en-US', 'en-GB', undefined] as const) {
        const found = lazy.check(toks, dialect, source);
        assert.deepEqual(found, eager.check(toks, dialect, source), `${dialect}: ${text}`);
        findings += found.length;
      }
    }
    assert.ok(findings > 500, `the set exercises the rules (${findings} findings)`);
  });

  it('the built index is of the rule files as they are now', function () {
    if (!existsSync(built)) this.skip(); // made by `npm run build`, which `npm test` runs first
    const stored = JSON.parse(readFileSync(built, 'utf8')) as GrammarIndex;
    assert.equal(stored.key, grammarDataKey(), 'rule files changed since the build');
    assert.deepEqual(stored, compileGrammarChecker().index(grammarDataKey()));
  });
});
