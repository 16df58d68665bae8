// The grammar checker of the analysis core: the rule files of lexicon/grammar/, compiled on first use.
// Files are listed in the order their rules win when two findings overlap.
import CLASSES from '../../lexicon/grammar/classes.json';
import AGREEMENT from '../../lexicon/grammar/agreement.json';
import VERB_FORM from '../../lexicon/grammar/verb-form.json';
import VERB_PATTERN from '../../lexicon/grammar/verb-pattern.json';
import WORD_FORM from '../../lexicon/grammar/word-form.json';
import ARTICLE from '../../lexicon/grammar/article.json';
import PREPOSITION from '../../lexicon/grammar/preposition.json';
import NOUN_NUMBER from '../../lexicon/grammar/noun-number.json';
import HYPHEN_VERB from '../../lexicon/grammar/hyphen-verb.json';
import CONFUSION from '../../lexicon/grammar/confusion.json';
import PRONOUN_CASE from '../../lexicon/grammar/pronoun-case.json';
import TENSE from '../../lexicon/grammar/tense.json';
import COMPARISON from '../../lexicon/grammar/comparison.json';
import NEGATION from '../../lexicon/grammar/negation.json';
import WORD_ORDER from '../../lexicon/grammar/word-order.json';
import MISSING_WORD from '../../lexicon/grammar/missing-word.json';
import POSSESSIVE from '../../lexicon/grammar/possessive.json';
import { GrammarChecker, type GrammarFile } from './check';

export { GrammarChecker, type GrammarFile, type GrammarFinding } from './check';
export { taggedTokens, tokenizeForGrammar, tagTokens, type TaggedToken } from './tokens';

/** The rule files, in the order their rules win when two findings overlap. */
export const GRAMMAR_FILES = [
  HYPHEN_VERB, CONFUSION, POSSESSIVE, COMPARISON, NEGATION, PRONOUN_CASE, VERB_PATTERN, PREPOSITION, WORD_ORDER,
  VERB_FORM, AGREEMENT, TENSE, WORD_FORM, NOUN_NUMBER, ARTICLE, MISSING_WORD,
] as unknown as readonly GrammarFile[];

let checker: GrammarChecker | undefined;

export function getGrammarChecker(): GrammarChecker {
  const shared = CLASSES as { classes: Record<string, string[]>; macros: Record<string, string> };
  checker ??= new GrammarChecker(GRAMMAR_FILES, shared.classes, shared.macros);
  return checker;
}
