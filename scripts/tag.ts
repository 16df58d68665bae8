// Prints each sentence given on the command line (or stdin lines) with its part-of-speech tags:
//   npx tsx --require ./scripts/register-text.cjs scripts/tag.ts "She have a clear vision."
import { readFileSync } from 'node:fs';
import { tagTokens, tokenizeForGrammar } from '../server/src/core/language/grammar';
import { TAGS } from '../server/src/core/language/tagger';

const lines = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const line of lines) console.log(tagTokens(tokenizeForGrammar(line)).map((t) => `${t.text}/${TAGS[t.tag]}`).join(' '));
