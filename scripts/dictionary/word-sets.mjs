// Build step: the packed word set (DAWG, see build-wordset.mjs) of each dialect's Hunspell dictionary,
// written to server/out/dict/<dialect>.tws with the dictionary's licence beside it. The word sets
// are build output, never committed: they are rebuilt from the installed dictionary packages and
// cached in node_modules/.cache/thanks/dict under a key of the package version and this builder's
// source, so a rebuild costs a copy unless a dictionary or the builder changed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWordSet, packageDir, readDialect } from './build-wordset.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** The setting's dialect -> the builder's dialect key (its package). */
export const WORD_SET_DIALECTS = { 'en-US': 'en', 'en-GB': 'en-gb', 'en-CA': 'en-ca', 'en-AU': 'en-au' };

const builderKey = () => {
  const h = createHash('sha256');
  for (const f of ['build-wordset.mjs', 'expand.mjs', 'dawg.mjs']) h.update(readFileSync(join(here, f)));
  return h.digest('hex').slice(0, 12);
};

/** Writes <outDir>/<dialect>.tws for every dialect; returns what was built and what came from the cache. */
export async function writeWordSets(root, outDir) {
  const cacheDir = join(root, 'node_modules', '.cache', 'thanks', 'dict');
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const key = builderKey();
  const done = [];
  for (const [dialect, builderDialect] of Object.entries(WORD_SET_DIALECTS)) {
    const pkg = packageDir(`dictionary-${builderDialect}`, root);
    const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
    const cached = join(cacheDir, `${dialect}-${version}-${key}.tws`);
    let fromCache = existsSync(cached);
    if (!fromCache) {
      const src = readDialect(builderDialect, root);
      const { bytes } = await buildWordSet({ ...src, dialect: builderDialect });
      // another build running at the same time writes the same bytes: a rename keeps the file whole
      const tmp = `${cached}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, cached);
    }
    copyFileSync(cached, join(outDir, `${dialect}.tws`));
    copyFileSync(join(pkg, 'license'), join(outDir, `LICENSE-dictionary-${builderDialect}`));
    done.push({ dialect, fromCache });
  }
  return done;
}
