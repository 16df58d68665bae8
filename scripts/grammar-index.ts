// Writes the grammar checker's index (server/src/core/language/grammar/built-index.ts) at build time:
// scripts/build.mjs bundles and runs this file. Every rule is compiled here, so a rule file that does
// not compile fails the build.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileGrammarChecker, grammarDataKey } from '../server/src/core/language/grammar';
import { INDEX_FILE } from '../server/src/core/language/grammar/built-index';

export function writeGrammarIndex(outDir: string): { rules: number; needs: number } {
  const index = compileGrammarChecker().index(grammarDataKey());
  writeFileSync(join(outDir, INDEX_FILE), JSON.stringify(index));
  return { rules: index.needs.length, needs: index.needCount };
}
