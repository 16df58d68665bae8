// What the benchmark calls in-process: the analysis core exactly as the server bundles it.
// bench/run.mjs bundles this file with esbuild into bench/tmp/core.cjs (same options as the build).
export { parseNote } from '../server/src/core/document/parse';
export { lint, clockFrom } from '../server/src/core/lint/engine';
export { rules } from '../server/src/core/rules';
