// Lets tests (run from source with tsx) import the lexicon's plain-text word lists as strings, as
// esbuild's `text` loader does in the bundles.
const { readFileSync } = require('node:fs');
require.extensions['.txt'] = (module, filename) => {
  module.exports = readFileSync(filename, 'utf8');
};
