import type { Fix, Rule } from '../types';
import { getGrammarChecker, taggedTokens, type GrammarFinding } from '../../language/grammar';
import type { Dialect } from '../../language/dialect';
import { fixHolds } from '../../language/grammar/verify';
import { SentenceMemo, sentenceKey } from '../../language/grammar/memo';

export const rule: Rule = {
  meta: {
    id: 'proofreading/grammar',
    category: 'proofreading',
    defaultSeverity: 'warning',
    description: 'Grammar: subject–verb agreement, verb forms and patterns, word forms, articles, prepositions, noun number, nouns used as verbs ("follow-up"), confused words in context, pronoun case, tense against time words, double comparatives and negatives, word order, missing words, possessive apostrophes.',
    why: 'Many applicants write in a second language or in a hurry, and a grammar slip in a short note is what the interviewer remembers; a spell checker cannot see "she have" or "explained me".',
    advice: 'Apply the quick fix where one is offered, or reread the sentence aloud. Switch the rule off with "proofreading/grammar": "off" if you prefer to proofread grammar yourself.',
    messages: {
      agreement: 'The verb does not agree with its subject: {reason}.{fixText}',
      'verb-form': 'Wrong verb form: {reason}.{fixText}',
      'verb-pattern': 'Verb pattern: {reason}.{fixText}',
      'word-form': 'Wrong word form: {reason}.{fixText}',
      article: 'Article: {reason}.{fixText}',
      preposition: 'Preposition: {reason}.{fixText}',
      'noun-number': 'Singular or plural: {reason}.{fixText}',
      'hyphen-verb': 'Noun used as a verb: {reason}.{fixText}',
      confusion: 'Confused word: {reason}.{fixText}',
      'pronoun-case': 'Pronoun case: {reason}.{fixText}',
      tense: 'Tense: {reason}.{fixText}',
      comparison: 'Comparison: {reason}.{fixText}',
      negation: 'Double negative: {reason}.{fixText}',
      'word-order': 'Word order: {reason}.{fixText}',
      'missing-word': 'A word seems to be missing: {reason}.{fixText}',
      possessive: 'Apostrophe: {reason}.{fixText}',
    },
    fixable: true,
    yieldsTo: ['proofreading/confusion'],
    examples: {
      bad: ['She have a clear vision for the unit.', 'I can helps your team.', 'I will follow-up next week.', 'Thank you for the informations.'],
      good: ['The team are meeting on Friday.', 'If it were up to me, I would start tomorrow.', 'I will follow up next week.'],
    },
  },
  check({ doc, report, dialect, dialectChosen }) {
    const checker = getGrammarChecker();
    const source = (start: number, end: number) => doc.text.slice(start, end);
    const chosen = dialectChosen ? dialect : undefined;
    const found: GrammarFinding[] = [];
    for (const sentence of doc.body.sentences) {
      // the prose the tokens come from and the words as written, which the fixes quote
      const written = doc.text.slice(sentence.start, sentence.end);
      const key = sentenceKey(chosen, sentence.text, written);
      let inSentence = memo.get(key);
      if (!inSentence) {
        const toks = taggedTokens(sentence);
        inSentence = toks.length < 2 ? NONE : checker.check(toks, chosen, source).map((f) => ({ ...f, start: f.start - sentence.start, end: f.end - sentence.start }));
        if (inSentence.length) inSentence = outsideQuotedTitles(inSentence, written).map((f) => withSoundFixes(f, written, chosen));
        memo.set(key, inSentence.length ? inSentence : NONE);
      }
      for (const f of inSentence) found.push({ ...f, start: f.start + sentence.start, end: f.end + sentence.start });
    }
    memo.trim(doc.body.sentences.length);
    for (const f of found) {
      const written = doc.text.slice(f.start, f.end);
      const fixes: Fix[] = f.replacements.map((r, i) => ({
        title: r ? `Replace with "${r}"` : `Remove "${written}"`,
        edits: [{ start: f.start, end: f.end, newText: r }],
        safe: i === 0 && f.safe,
        preferred: i === 0,
      }));
      const first = f.replacements[0];
      const fixText = first === undefined ? '' : first ? ` Write "${first}" instead of "${written}".` : ` Remove "${written}".`;
      report({ messageId: f.type, data: { reason: f.reason, text: written, fixText, check: f.ruleId }, start: f.start, end: f.end, fixes });
    }
  },
};

/** The finding with only the replacements that hold (language/grammar/verify); fix-all keeps only the rule's own first fix. */
function withSoundFixes(f: GrammarFinding, sentence: string, dialect: Dialect | undefined): GrammarFinding {
  if (!f.replacements.length) return f;
  const replacements = f.replacements.filter((r) => fixHolds(sentence, f.start, f.end, r, dialect));
  return replacements.length === f.replacements.length ? f : { ...f, replacements, safe: f.safe && replacements[0] === f.replacements[0] };
}

// A quoted title in Title Case ("Cuts Wait Times in Half") is a name, not a clause: its capitalised
// words are no verbs or nouns of the sentence. Small words that titles keep in lower case do not count.
const QUOTED = /["“]([^"“”]{3,120})["”]/g;
const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'per', 'up', 'into', 'via']);

function isTitleCase(quoted: string): boolean {
  const words = quoted.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
  return content.length >= 2 && content.every((w) => /^\p{Lu}/u.test(w));
}

/** The findings of a sentence (offsets from its start) that do not fall in a quoted Title Case title. */
function outsideQuotedTitles(findings: readonly GrammarFinding[], written: string): readonly GrammarFinding[] {
  if (!/["“]/.test(written)) return findings;
  const titles: [number, number][] = [];
  for (const m of written.matchAll(QUOTED)) if (isTitleCase(m[1])) titles.push([m.index, m.index + m[0].length]);
  return titles.length ? findings.filter((f) => !titles.some(([s, e]) => f.start < e && s < f.end)) : findings;
}

/**
 * The findings of the sentences checked lately, in any note (offsets from the sentence's start), by
 * sentence and dialect (language/grammar/memo). 2,048 sentences are ~100 notes; each entry is its
 * key, a sentence's text twice at most, and mostly the one empty list.
 */
const memo = new SentenceMemo<readonly GrammarFinding[]>(2048);
const NONE: readonly GrammarFinding[] = Object.freeze([]);

/** Forgets every sentence's findings: the next check of any note checks each sentence afresh (tests). */
export function forgetGrammarFindings(): void {
  memo.clear();
}
