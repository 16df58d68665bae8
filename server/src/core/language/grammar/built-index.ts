// The grammar checker's index, made at build time: which rules a word or a tag can start and which
// words or tags each rule must find in a sentence (first sets and needs, ./pattern), for every rule of
// lexicon/grammar/: the checker's own tables, as the build's fully compiled checker made them.
// With it the checker compiles a rule's patterns only when a sentence could match it: a note tries a
// fifth of the rules, and compiling them all was most of a cold start's grammar time. `npm run build`
// writes it from the rule files (scripts/grammar-index.ts) to server/out/dict/grammar-index.json,
// with a fingerprint of the rule data it was made from: an index of other data is not used, and
// the checker compiles every rule at once as before.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StoredStarts } from './starts';

export const INDEX_FILE = 'grammar-index.json';
const VERSION = 4;

/** The checker's tables (GrammarChecker), rules by their order in the files. */
export interface GrammarIndex {
  version: number;
  /** fingerprint() of the rule data. */
  key: string;
  /** Word-or-tag sets a sentence must hold a token of, by id; each rule's ids. */
  needCount: number;
  needs: number[][];
  /** Which needs a word or a tag meets. */
  needsByWord: Record<string, number[]>;
  needsByTag: Record<string, number[]>;
  /** Rules by the word, tag or ending their first token can be (./starts); those that start with ^ apart. */
  starts: StoredStarts;
  anchored: StoredStarts;
}

/** The fingerprint of the rule data (the files, shared classes and macros). */
export function fingerprint(data: unknown): string {
  return createHash('sha1').update(JSON.stringify([VERSION, data])).digest('hex');
}

/** The index the build stored beside the bundle, if it was made from this rule data. */
export function storedIndex(key: () => string): GrammarIndex | undefined {
  try {
    const file = path.join(__dirname, 'dict', INDEX_FILE);
    if (!fs.existsSync(file)) return undefined;
    const index = JSON.parse(fs.readFileSync(file, 'utf8')) as GrammarIndex;
    return index.version === VERSION && index.key === key() ? index : undefined;
  } catch {
    return undefined; // an unreadable index only costs compiling every rule
  }
}

export const INDEX_VERSION = VERSION;
