// The esbuild options every bundle of the server code shares (the build, the bench, the e2e suite):
// Node CommonJS, ESM dependencies made to work there, and word lists (.txt) bundled as strings.
export const esbuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  logLevel: 'warning',
  loader: { '.txt': 'text' },
  // Node 18+ has \p{…} in regular expressions: without this esbuild turns each such literal into
  // `new RegExp(…)`, built again on every call (per word, in the rules).
  supported: { 'regexp-unicode-property-escapes': true },
  // micromark and friends are ESM; this keeps `import.meta.url` from breaking in CJS output
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
