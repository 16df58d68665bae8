// Shows the grammar checker at work on sentences given on the command line: tags and findings.
//   npx tsx --require ./scripts/register-text.cjs scripts/grammar-debug.ts "She have a plan."
import { getGrammarChecker, tagTokens, tokenizeForGrammar } from '../server/src/core/language/grammar';
import { TAGS } from '../server/src/core/language/tagger';
import { dialectFrom } from '../server/src/core/language/dialect';

const dialect = dialectFrom(process.env.DIALECT);
for (const line of process.argv.slice(2)) {
  const toks = tagTokens(tokenizeForGrammar(line));
  console.log(toks.map((t) => `${t.text}/${TAGS[t.tag]}`).join(' '));
  for (const f of getGrammarChecker().check(toks, dialect, (s, e) => line.slice(s, e))) console.log(`  ${f.type}/${f.ruleId} "${line.slice(f.start, f.end)}" -> ${JSON.stringify(f.replacements)}`);
}
