// Word lists kept as plain text files (lexicon/*.txt) are imported as strings: esbuild's `text`
// loader bundles them (scripts/esbuild-options.mjs); tests load them through scripts/register-text.cjs.
declare module '*.txt' {
  const text: string;
  export default text;
}
