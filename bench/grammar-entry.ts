// What the grammar comparison calls in-process: the analysis core and the test-set scorer of the unit
// tests (one scoring for both). bench/grammar.mjs bundles this file into <tree>/bench/tmp/grammar.cjs.
export { checkNote, warmUp } from '../server/src/core/lint/check';
export { clockFrom } from '../server/src/core/lint/engine';
export { correctCases, errorCases, findingsOf, score, totals, type Found } from '../test/helpers/grammar-set';
export { forgetGrammarFindings } from '../server/src/core/rules/proofreading/grammar';
