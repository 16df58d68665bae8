// The grammar test set (test/fixtures/grammar) as a floor: recall per error type on the whole set and
// on the held-out split (every fifth line, which rules are never written against), and false alarms on
// correct sentences. The floors are a little under the figures measured (scripts/grammar-eval.ts):
// one sentence fewer per type, rounded down; the targets are 80 % of the held-out split overall and
// 60 % of every type, at most 5 false alarms per 1,000 correct sentences.
import assert from 'node:assert/strict';
import { findingsOf, score, totals, type Scores } from '../helpers/grammar-set';
import { warmUp } from '../../server/src/core/lint/check';
import { getGrammarChecker } from '../../server/src/core/language/grammar';

/** Error type -> [floor over the whole set, floor over the held-out split]. */
const FLOORS: Record<string, [number, number]> = {
  'a-an': [0.93, 0.75],
  agreement: [0.91, 0.75],
  article: [0.87, 0.75],
  comparison: [0.93, 0.8],
  confusion: [0.95, 0.75],
  'hyphen-verb': [0.93, 0.65],
  'missing-word': [0.91, 0.8],
  negation: [0.91, 0.8],
  'noun-number': [0.94, 0.7],
  possessive: [0.9, 0.8],
  preposition: [0.93, 0.8],
  'pronoun-case': [0.93, 0.75],
  tense: [0.9, 0.7],
  'verb-form': [0.97, 0.85],
  'verb-pattern': [0.95, 0.75],
  'word-form': [0.88, 0.75],
  'word-order': [0.89, 0.65],
};

describe('grammar test set', function () {
  this.timeout(120_000);
  let s: Scores;
  before(async () => {
    await warmUp();
    s = score((t, d) => findingsOf(t, d));
  });
  it('compiles every rule file', () => assert.ok(getGrammarChecker().size > 100));
  it('catches at least 95 % of the tuning split and 77 % of the held-out split', () => {
    const [tc, tn] = totals(s, 'tune');
    const [hc, hn] = totals(s, 'test');
    assert.ok(tc / tn >= 0.95, `tune recall ${tc}/${tn}`);
    assert.ok(hc / hn >= 0.77, `held-out recall ${hc}/${hn}`);
  });
  it('has a floor for every error type, and each type stays above its floors over the whole set and the held-out split', () => {
    assert.deepEqual([...s.recall.keys()].sort(), Object.keys(FLOORS).sort());
    for (const [type, r] of s.recall) {
      const [whole, heldOut] = FLOORS[type];
      const [caught, all] = [r.tune[0] + r.test[0], r.tune[1] + r.test[1]];
      assert.ok(caught / all >= whole, `${type}: ${caught}/${all} over the whole set (floor ${whole})`);
      assert.ok(r.test[0] / r.test[1] >= heldOut, `${type}: ${r.test[0]}/${r.test[1]} held out (floor ${heldOut})`);
    }
  });
  it('raises at most 1 false alarm per 1,000 correct sentences (grammar, a/an, confusion, case, repeats)', () => {
    const [n, of] = [s.falseAlarms.tune[0] + s.falseAlarms.test[0], s.falseAlarms.tune[1] + s.falseAlarms.test[1]];
    assert.ok((1000 * n) / of <= 1, s.alarms.map((a) => `${a.c.text} — ${a.found.map((f) => f.message).join('; ')}`).join('\n'));
  });
});
