// Bundles the extension client, the language server and the CLI with esbuild.
// `vscode` stays external (the extension host provides it); the server and CLI are self-contained.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildOptions } from './esbuild-options.mjs';
import { writeWordSets } from './dictionary/word-sets.mjs';
import { writeCodeCaches } from './code-cache.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { ...esbuildOptions, sourcemap: 'linked', minify: process.argv.includes('--minify') };

rmSync(join(root, 'server/out'), { recursive: true, force: true });
rmSync(join(root, 'client/out'), { recursive: true, force: true });

// Each of server/out/{server,cli,thanks}.js is a launcher of a few lines that starts the bundle
// <name>.main.js from V8's code cache (server/src/launch/, scripts/code-cache.mjs).
const shebang = { js: '#!/usr/bin/env node' };
const entries = [
  { entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(root, 'client/out/extension.js'), external: ['vscode'] },
  { entryPoints: [join(root, 'server/src/server.ts')], outfile: join(root, 'server/out/server.main.js') },
  { entryPoints: [join(root, 'server/src/cli.ts')], outfile: join(root, 'server/out/cli.main.js') },
  { entryPoints: [join(root, 'server/src/thanks.ts')], outfile: join(root, 'server/out/thanks.main.js') },
  { entryPoints: [join(root, 'server/src/launch/server.ts')], outfile: join(root, 'server/out/server.js'), sourcemap: false, banner: {} },
  { entryPoints: [join(root, 'server/src/launch/cli.ts')], outfile: join(root, 'server/out/cli.js'), sourcemap: false, banner: shebang },
  { entryPoints: [join(root, 'server/src/launch/thanks.ts')], outfile: join(root, 'server/out/thanks.js'), sourcemap: false, banner: shebang },
];

// The spelling dictionaries ship as packed word sets next to the server, one per dialect, built from
// dictionary-en, -en-gb, -en-ca and -en-au (devDependencies) and cached (scripts/dictionary/word-sets.mjs).
mkdirSync(join(root, 'server/out/dict'), { recursive: true });
await writeWordSets(root, join(root, 'server/out/dict'));

// The part-of-speech tagger's lexicon, packed from en-lexicon (a devDependency) at build time, with its
// licence beside it (bench/tagger-bakeoff.md §4).
await build({ ...esbuildOptions, entryPoints: [join(root, 'scripts/tagger-lexicon.ts')], outfile: join(root, 'node_modules/.cache/thanks/tagger-lexicon.cjs'), sourcemap: false });
createRequire(import.meta.url)(join(root, 'node_modules/.cache/thanks/tagger-lexicon.cjs')).writeTaggerLexicon(join(root, 'server/out/dict/tagger-lexicon.txt'));
cpSync(join(root, 'node_modules/en-lexicon/LICENSE.md'), join(root, 'server/out/dict/LICENSE-en-lexicon'));

await Promise.all(entries.map((e) => build({ ...common, ...e })));

// The phrase lists' tries, compiled from the lexicon by the core itself (scripts/phrase-tries.ts) and
// read by the bundles at startup instead of expanding the lists' patterns (language/phrase-store.ts).
await build({ ...esbuildOptions, entryPoints: [join(root, 'scripts/phrase-tries.ts')], outfile: join(root, 'node_modules/.cache/thanks/phrase-tries.cjs'), sourcemap: false });
createRequire(import.meta.url)(join(root, 'node_modules/.cache/thanks/phrase-tries.cjs')).writePhraseTries(root, join(root, 'server/out/dict'));
// The grammar checker's index (language/grammar/built-index.ts): a rule's patterns compile when first needed.
await build({ ...esbuildOptions, entryPoints: [join(root, 'scripts/grammar-index.ts')], outfile: join(root, 'node_modules/.cache/thanks/grammar-index.cjs'), sourcemap: false });
createRequire(import.meta.url)(join(root, 'node_modules/.cache/thanks/grammar-index.cjs')).writeGrammarIndex(join(root, 'server/out/dict'));

// Memory: V8 keeps a script's source for as long as it runs, in two bytes per character when a
// single character is not Latin-1 (4 MB instead of 2 for the server). esbuild escapes strings but
// leaves regular-expression literals and comments as written, so those are escaped here: `\u2019`
// means the same in a regular expression, and nothing in a comment.
for (const { outfile } of entries) {
  const code = readFileSync(outfile, 'utf8');
  const ascii = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== code) writeFileSync(outfile, ascii);
}
// The launchers read the bundles as Latin-1 (server/src/launch/run.ts), which only ASCII makes the same as UTF-8.
for (const { outfile } of entries) if (/[^\x00-\x7f]/.test(readFileSync(outfile, 'latin1'))) throw new Error(`${outfile}: not ASCII`);

// The code caches, last: V8 keys them to the bundles' final text.
await build({ ...esbuildOptions, entryPoints: [join(root, 'scripts/code-cache-child.ts')], outfile: join(root, 'node_modules/.cache/thanks/code-cache-child.cjs'), sourcemap: false });
await writeCodeCaches(root, join(root, 'node_modules/.cache/thanks/code-cache-child.cjs'));
