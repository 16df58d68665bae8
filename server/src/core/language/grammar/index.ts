// The grammar checker of the analysis core: the rule files of lexicon/grammar/, compiled on first use
// (each rule's patterns when a sentence first could match it, given the build's index: ./built-index).
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
import { fingerprint, storedIndex } from './built-index';

export { GrammarChecker, type GrammarFile, type GrammarFinding } from './check';
export { taggedTokens, tokenizeForGrammar, tagTokens, type TaggedToken } from './tokens';

/** The rule files, in the order their rules win when two findings overlap. */
export const GRAMMAR_FILES = [
  HYPHEN_VERB, CONFUSION, POSSESSIVE, COMPARISON, NEGATION, PRONOUN_CASE, VERB_PATTERN, PREPOSITION, WORD_ORDER,
  VERB_FORM, AGREEMENT, TENSE, WORD_FORM, NOUN_NUMBER, ARTICLE, MISSING_WORD,
] as unknown as readonly GrammarFile[];

let checker: GrammarChecker | undefined;

const SHARED = CLASSES as { classes: Record<string, string[]>; macros: Record<string, string> };

/** The fingerprint of the rule data the build's index must have been made from (./built-index). */
export const grammarDataKey = () => fingerprint([GRAMMAR_FILES, SHARED.classes, SHARED.macros]);

/** The checker of the rule files, from the build's index when there is one for this data. */
export function getGrammarChecker(): GrammarChecker {
  checker ??= new GrammarChecker(GRAMMAR_FILES, SHARED.classes, SHARED.macros, storedIndex(grammarDataKey));
  return checker;
}

/** Build time: the checker with every rule compiled now, whatever index is stored. */
export const compileGrammarChecker = () => new GrammarChecker(GRAMMAR_FILES, SHARED.classes, SHARED.macros);
