// Compiles the phrase lists' tries at build time (server/src/core/language/phrase-store.ts):
// scripts/build.mjs bundles and runs this file after the tagger lexicon and dictionaries are built.
// Every phrase matcher the core makes while it loads and lints the sample notes with every rule
// is recorded; the tries of their patterns go to server/out/dict/phrase-tries.bin. A list missed
// here (a matcher made only on a rare match) is compiled at run time as before.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyOf, recordPatterns, serializeTries, STORE_FILE } from '../server/src/core/language/phrase-store';
import { buildTrie } from '../server/src/core/language/phrase-trie';

export function writePhraseTries(root: string, outDir: string): { tries: number; bytes: number } {
  const lists = new Map<string, readonly string[]>();
  recordPatterns((patterns) => void lists.set(keyOf(patterns), [...patterns]));
  // loaded after the recorder is set: the rules make most of their matchers as their modules load
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkNote } = require('../server/src/core/lint/check') as typeof import('../server/src/core/lint/check');
  const samples = [
    ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.thanks')).map((f) => join(root, 'examples', f)),
    join(root, 'bench/texts/typical.thanks'),
    join(root, 'bench/texts/long.thanks'),
  ];
  for (const file of samples) checkNote(readFileSync(file, 'utf8'), { now: new Date('2026-11-25T09:00:00Z') });
  const tries = new Map([...lists].map(([key, patterns]) => [key, buildTrie(patterns)]));
  const bytes = serializeTries(tries);
  writeFileSync(join(outDir, STORE_FILE), bytes);
  return { tries: tries.size, bytes: bytes.length };
}
