// What the benchmark calls in-process: the analysis core exactly as the server bundles it.
// bench/run.mjs bundles this file with esbuild into <tree>/bench/tmp/core.cjs (the tree's own build options).
export { checkNote } from '../server/src/core/lint/check';
export { clockFrom } from '../server/src/core/lint/engine';
export { rules } from '../server/src/core/rules';
export { dropCaches } from '../server/src/core/document/caches';
export { forgetGrammarFindings } from '../server/src/core/rules/proofreading/grammar';
