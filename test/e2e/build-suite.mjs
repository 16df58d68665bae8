// Bundles the extension-host suite (test/e2e/suite/index.ts and every *.test.ts under it) into
// .e2e/suite/, one bundle per test file. `vscode` comes from the extension host; mocha stays
// external and resolves from the repository's node_modules.
// Usage: node test/e2e/build-suite.mjs [outDir]
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildOptions } from '../../scripts/esbuild-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'test/e2e/suite');
const out = process.argv[2] ?? join(root, '.e2e/suite');
const entries = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .map((f) => join(src, f));

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: entries,
  outbase: src,
  outdir: out,
  ...esbuildOptions,
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
});
console.log(`e2e suite: ${entries.length - 1} test file(s) -> ${out}`);
